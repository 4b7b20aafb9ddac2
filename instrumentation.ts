export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Before the first request: see lib/http/client-address.ts.
    const { stampPeerAddress } = await import('./lib/http/client-address');
    stampPeerAddress(await import('node:http'));
    // Before the first render: see lib/abort-reasons.ts.
    const { formatAbortReasonStacks } = await import('./lib/abort-reasons');
    formatAbortReasonStacks();
    const { startServer } = await import('./lib/bootstrap');
    await startServer();
  }
}
