import WebSocket from 'ws';

/**
 * The V8 heap of another Node process, read through its inspector (the process runs with
 * `--inspect=127.0.0.1:PORT`): what is still alive after a full garbage collection.
 */
export interface HeapInspector {
  /** Bytes of V8 heap in use after a full garbage collection. */
  keptBytes(): Promise<number>;
  /** How many objects alive after a full collection have the prototype `expression` gives. */
  liveInstances(prototypeExpression: string): Promise<number>;
  close(): void;
}

type Result = Record<string, unknown> & { result?: { objectId?: string; value?: unknown } };

export async function inspectHeap(inspectorPort: number): Promise<HeapInspector> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as [
    { webSocketDebuggerUrl: string },
  ];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Result>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as {
          id?: number;
          result?: Result;
          error?: { message: string };
        };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result ?? {});
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    async keptBytes() {
      // Twice: what the first collection frees can release more on the second.
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const usage = await call('Runtime.getHeapUsage');
      return Number(usage.usedSize);
    },
    async liveInstances(prototypeExpression) {
      const objectGroup = 'lalo-live-instances';
      try {
        const prototype = await call('Runtime.evaluate', {
          expression: prototypeExpression,
          objectGroup,
        });
        // queryObjects collects garbage before it walks the heap.
        const found = await call('Runtime.queryObjects', {
          prototypeObjectId: prototype.result?.objectId,
          objectGroup,
        });
        const objects = (found as { objects?: { objectId?: string } }).objects;
        const count = await call('Runtime.callFunctionOn', {
          functionDeclaration: 'function () { return this.length; }',
          objectId: objects?.objectId,
          returnByValue: true,
        });
        return Number(count.result?.value);
      } finally {
        await call('Runtime.releaseObjectGroup', { objectGroup });
      }
    },
    close: () => socket.close(),
  };
}
