import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

/** The portal's one-form pages: a title, the form, and a way elsewhere. */
export function PortalCard({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <Card className="mx-auto flex max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {children}
      <div className="text-slate-700">{footer}</div>
    </Card>
  );
}

export const portalLinkClass = 'font-semibold text-brand-700 underline';
