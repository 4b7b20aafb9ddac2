export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Before the first render: see lib/abort-reasons.ts.
    const { formatAbortReasonStacks } = await import('./lib/abort-reasons');
    formatAbortReasonStacks();
    const { startServer } = await import('./lib/bootstrap');
    await startServer();
  }
}
