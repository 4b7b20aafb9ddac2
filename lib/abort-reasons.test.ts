import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAbortReasonStacks } from './abort-reasons';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Renders ended the way React's server renderer ends them: a controller aborted with an Error
 * inside a `setImmediate` callback, each in its own AsyncLocalStorage store, the controllers
 * kept afterwards (as a keep-alive socket opened during a render keeps its signal).
 */
async function endRenders(count: number) {
  const storage = new AsyncLocalStorage<{ work: number[] }>();
  const stores: Array<WeakRef<object>> = [];
  const controllers: AbortController[] = [];
  await new Promise<void>((resolve) => {
    for (let i = 0; i < count; i++) {
      const store = { work: new Array<number>(10_000).fill(i) };
      stores.push(new WeakRef(store));
      storage.run(store, () =>
        setImmediate(() => {
          const controller = new AbortController();
          controller.abort(new Error('This render completed successfully.'));
          controllers.push(controller);
          if (controllers.length === count) resolve();
        }),
      );
    }
  });
  return { stores, controllers };
}

describe('abort reasons with formatted stacks', () => {
  beforeAll(() => formatAbortReasonStacks());

  it('lets each ended render go, however long its signal lives', async () => {
    const { stores, controllers } = await endRenders(50);
    await new Promise((r) => setTimeout(r, 10));
    gc();
    expect(stores.filter((s) => s.deref() !== undefined)).toHaveLength(0);
    expect(controllers.every((c) => c.signal.aborted)).toBe(true);
  });

  it('keeps what abort() means: the same reason, one event, the first reason wins', () => {
    const controller = new AbortController();
    const reason = new Error('first');
    let events = 0;
    controller.signal.addEventListener('abort', () => events++);
    controller.abort(reason);
    controller.abort(new Error('second'));
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain('first');
    expect(events).toBe(1);
  });

  it('gives the usual AbortError when no reason is given, and passes other values as they are', () => {
    const bare = new AbortController();
    bare.abort();
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe('AbortError');
    const text = new AbortController();
    text.abort('done');
    expect(text.signal.reason).toBe('done');
  });

  it('installs once', () => {
    const patched = AbortController.prototype.abort;
    formatAbortReasonStacks();
    expect(AbortController.prototype.abort).toBe(patched);
  });
});
