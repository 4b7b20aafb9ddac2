import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AgentHeader } from './_components/agent-header';

// Agents' pages are never indexed and never cached: every one reads the live session. No site
// footer: its lines (secure payments, "contact your agency") speak to policyholders, not staff.
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

export default function AgentLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AgentHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
