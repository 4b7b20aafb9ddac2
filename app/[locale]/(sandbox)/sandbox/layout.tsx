import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { requireSandbox } from '@/lib/sandbox/guard';
import { SandboxBanner } from './_components/sandbox-banner';

export const dynamic = 'force-dynamic';

export default function SandboxLayout({ children }: { children: ReactNode }) {
  requireSandbox();
  return <SiteShell banner={<SandboxBanner />}>{children}</SiteShell>;
}
