/**
 * Submits a page's form the way a browser without JavaScript does: every hidden input of the
 * form (React's action references and state included), plus the given fields, posted to the
 * page. Lets HTTP tests drive server actions without knowing their ids.
 */

const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The forms of an HTML page, each as its hidden fields, in page order. */
export function hiddenFieldsOfForms(html: string): Array<Record<string, string>> {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  return forms.map((form) => {
    const fields: Record<string, string> = {};
    for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
      const name = /name="([^"]*)"/.exec(input)?.[1];
      if (name) fields[decode(name)] = decode(/value="([^"]*)"/.exec(input)?.[1] ?? '');
    }
    return fields;
  });
}

/** A form driven by a server action with state (useActionState), rather than a plain action. */
export const hasActionState = (hidden: Record<string, string>) =>
  Object.keys(hidden).some((name) => name.startsWith('$ACTION_REF_'));

export interface SubmitResult {
  status: number;
  location: string | null;
  setCookie: string[];
  html: string;
}

/**
 * Posts the first form of `pageUrl` whose hidden fields satisfy `pick`, with `fields` added, as
 * `cookie`. `html` reuses a page already fetched (so its one-time ids can be posted twice, or
 * by someone else).
 */
export async function submitForm(
  pageUrl: string,
  opts: {
    pick: (hidden: Record<string, string>) => boolean;
    fields: Record<string, string>;
    cookie?: string;
    html?: string;
  },
): Promise<SubmitResult> {
  const headers: Record<string, string> = opts.cookie ? { cookie: opts.cookie } : {};
  const html = opts.html ?? (await (await fetch(pageUrl, { headers })).text());
  const form = hiddenFieldsOfForms(html).find(opts.pick);
  if (!form) throw new Error(`no such form on ${pageUrl}`);
  const body = new FormData();
  for (const [k, v] of Object.entries({ ...form, ...opts.fields })) body.append(k, v);
  const res = await fetch(pageUrl, { method: 'POST', body, headers, redirect: 'manual' });
  return {
    status: res.status,
    location: res.headers.get('location'),
    setCookie: res.headers.getSetCookie(),
    html: await res.text(),
  };
}

/** The cookie header to send back, from a response's Set-Cookie headers. */
export const cookieHeader = (setCookie: string[]) =>
  setCookie
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => !c.endsWith('='))
    .join('; ');
