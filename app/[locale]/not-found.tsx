import { NotFoundContent } from '@/components/not-found-content';
import { SiteShell } from '@/components/site-shell';

// Addresses that match no route: only the root layout is around this page.
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundContent />
    </SiteShell>
  );
}
