import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { pageLocale, type LocaleParams } from '@/i18n/page-locale';

export default async function FloorLayout({
  children,
  params,
}: LocaleParams & { children: ReactNode }) {
  await pageLocale(params);
  return <SiteShell>{children}</SiteShell>;
}
