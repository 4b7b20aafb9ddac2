export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // First, so the framework's spans of the very first request are traced too.
    if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      const { startTracing } = await import('./lib/telemetry/provider');
      const { upstreamSecrets } = await import('./lib/config');
      startTracing(() => safely(upstreamSecrets));
    }
    // Before the first request: see lib/http/client-address.ts.
    const { stampPeerAddress } = await import('./lib/http/client-address');
    stampPeerAddress(await import('node:http'));
    // One line per request, with the proxy's request id (deploy/nginx/lalo-paiement.conf).
    const { logRequests } = await import('./lib/http/access-log');
    const { log } = await import('./lib/log');
    const { getConfig } = await import('./lib/config');
    logRequests(
      await import('node:http'),
      (line) => log.info('http.request', { ...line }),
      () => getConfig().trustedProxyHops,
    );
    // Before the first request too: the shutdown needs the server and its open requests.
    const { trackHttpServers } = await import('./lib/ops/http-servers');
    trackHttpServers(await import('node:http'));
    // Before the first render: see lib/abort-reasons.ts.
    const { formatAbortReasonStacks } = await import('./lib/abort-reasons');
    formatAbortReasonStacks();
    const { startServer } = await import('./lib/bootstrap');
    await startServer();
  }
}

// A bad configuration is bootstrap's to report (one line, exit 1), not the tracer's.
function safely(secrets: () => string[]): string[] {
  try {
    return secrets();
  } catch {
    return [];
  }
}
