import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { bearerTokenMatches } from '@/lib/http/bearer-token';
import { scrapeMetrics } from '@/lib/metrics/scrape';

export const dynamic = 'force-dynamic';

/**
 * Prometheus' text format, for a scraper sending `Authorization: Bearer $METRICS_TOKEN`.
 * Anyone else (and everyone while the token is unset) gets the 404 of a route that is not
 * there: the figures say how much money goes through, and which upstream is failing.
 */
export async function GET(request: Request) {
  if (!bearerTokenMatches(request.headers.get('authorization'), getConfig().metricsToken))
    return new Response('Not Found', { status: 404, headers: { 'cache-control': 'no-store' } });
  const { body, contentType } = await scrapeMetrics(getDb);
  return new Response(body, {
    headers: { 'content-type': contentType, 'cache-control': 'no-store' },
  });
}
