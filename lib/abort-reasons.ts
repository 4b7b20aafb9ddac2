import 'server-only';

const INSTALLED = Symbol.for('lalo.abortReasonStacksFormatted');

/**
 * Works around a leak in React's server renderer and Node's timers (react/react#37288,
 * nodejs/node#66129): every page render ends with `cacheController.abort(new Error(...))`
 * inside a `setImmediate` callback. Until someone reads `error.stack`, V8 keeps the frames it
 * captured, and a frame's receiver is that `Immediate`, which holds the render's
 * AsyncLocalStorage store and, through stale queue links, the Immediates (and so the renders)
 * that ran beside it. A keep-alive socket opened during one render keeps that signal alive,
 * so every render stayed in memory: ~100 kB a page, without bound.
 *
 * Formatting the stack when the reason is set turns the frames into a string and lets the
 * render go; the reason, its message and its stack text are unchanged for whoever reads them.
 * Remove once the bundled React formats or omits that stack itself.
 */
export function formatAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    if (this.signal.aborted) return;
    // Node's own default reason, made here so that its stack is formatted too.
    const why =
      reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    if (why instanceof Error) void why.stack;
    abort.call(this, why);
  };
  proto[INSTALLED] = true;
}
