import { getTranslations } from 'next-intl/server';
import colors from 'tailwindcss/colors';
import { localeOr } from '@/i18n/locales';
import { palette } from '@/tailwind.config';

export const dynamic = 'force-dynamic';

const { brand } = palette;
// The site's own theme: the header, text and button colours of the React pages.
const STYLE = [
  `body{font-family:system-ui,sans-serif;margin:0;color:${colors.slate[900]};background:${colors.slate[50]}}`,
  `header{background:${brand[800]};color:#fff;padding:1rem}`,
  'main{max-width:40rem;margin:0 auto;padding:2rem 1rem}',
  `a{display:inline-block;margin-top:1rem;padding:.75rem 1rem;border-radius:.5rem;background:${brand[700]};color:#fff;font-weight:600;text-decoration:none}`,
  `a:focus-visible{outline:3px solid ${brand[600]};outline-offset:2px}`,
  '@media (forced-colors:active){a{border:2px solid ButtonText}}',
].join('');

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Too many contract look-ups: a real HTTP 429 with Retry-After, in the user's language. A route
 * rather than a page because a page cannot choose its status code.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOr((await params).locale);
  const t = await getTranslations({ locale, namespace: 'RateLimit' });
  const retry = Math.min(
    Math.max(Number(new URL(request.url).searchParams.get('retry')) || 60, 1),
    86_400,
  );
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('title'))} — LA LOYALE VIE</title>
<style>${STYLE}</style></head>
<body><header><strong>LA LOYALE VIE</strong></header><main><h1>${escape(t('title'))}</h1><p>${escape(t('body', { seconds: retry }))}</p><a href="/">${escape(t('home'))}</a></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': String(retry),
      'cache-control': 'no-store',
    },
  });
}
