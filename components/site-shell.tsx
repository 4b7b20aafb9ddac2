import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, main landmark and footer around a public page. */
export function SiteShell({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  return (
    <>
      <SiteHeader />
      {banner}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-content flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
