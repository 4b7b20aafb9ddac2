/**
 * The contract page streams its invoices, which a browser without JavaScript cannot put in
 * place: such a browser asks for the page whole instead (`js=0`).
 */

export type ContractQuery = {
  f?: string | string[];
  mode?: string;
  montant?: string;
  erreur?: string;
  action?: string;
  js?: string;
};

/** `js=0`: the page for a browser without JavaScript, whole rather than streamed. */
export const NO_SCRIPT = '0';

/** This page with the same query, whole: where a browser without JavaScript is sent. */
export function wholePage(number: string, query: ContractQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of [value ?? []].flat()) if (key !== 'js') params.append(key, v);
  params.set('js', NO_SCRIPT);
  return `/contrat/${number}?${params.toString()}`;
}
