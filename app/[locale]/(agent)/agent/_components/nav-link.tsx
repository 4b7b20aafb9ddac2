'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/** A navigation link that tells assistive technology when it is the current page. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const path = usePathname();
  const current = href === '/agent' ? path === href : path.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={cn(
        'inline-flex min-h-11 items-center rounded-md px-3 font-semibold focus-visible:outline-white',
        current ? 'bg-white text-brand-900' : 'text-white hover:bg-brand-700',
      )}
    >
      {children}
    </Link>
  );
}
