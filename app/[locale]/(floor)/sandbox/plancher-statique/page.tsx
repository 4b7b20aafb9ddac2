import { pageLocale, prerenderedOnFirstRequest, type LocaleParams } from '@/i18n/page-locale';

/**
 * The benchmarks' static floor: a prerendered page (lib/http/prerendered.ts) in the customer
 * pages' shell, with no client component and no data of its own. Outside the sandbox's layout,
 * which renders on every request; proxy.ts keeps it to the sandbox.
 */
// Prerendered (lib/http/prerendered.ts): once per process and language, on its first request.
export const generateStaticParams = prerenderedOnFirstRequest;

export default async function StaticFloorPage({ params }: LocaleParams) {
  await pageLocale(params);
  return <h1 className="text-2xl font-bold">Plancher statique</h1>;
}
