/**
 * The pages whose HTML is the same for every visitor: Next renders each once per process and
 * language (on its first request, with this instance's configuration) and serves that to
 * everyone after. Their scripts carry one nonce per process (proxy.ts), since their HTML
 * cannot carry one per request. Never a page that handles money or shows anyone's data.
 */
export const PRERENDERED_PAGES: ReadonlySet<string> = new Set([
  '/',
  // The benchmarks' static floor (sandbox only).
  '/sandbox/plancher-statique',
]);
