import { ExplorerGraphChangedDocument, type ExplorerGraphChangedSubscription } from './generated/graphql.js';

export type GraphChange = ExplorerGraphChangedSubscription['graphChanged'];

/** Waits before reconnecting after a dropped stream: 1 s, doubling up to 30 s. */
const RETRY_MS = { first: 1_000, max: 30_000 };

/**
 * Listens to the service's `graphChanged` subscription over server-sent events (a POST that
 * accepts text/event-stream, the operation sent by its persisted hash like every other) and
 * calls `onChange` with each new data version. A dropped stream is reopened after a pause; the
 * returned function stops listening.
 */
export function watchGraphChanges(
  onChange: (change: GraphChange) => void,
  { endpoint = '/graphql' }: { endpoint?: string } = {},
): () => void {
  const controller = new AbortController();
  const hash = (ExplorerGraphChangedDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
  let wait = RETRY_MS.first;

  const listen = async (): Promise<void> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`the service answered ${response.status}`);
    wait = RETRY_MS.first;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    // Stopping cancels the stream itself, so the service lets go of the subscription at once.
    controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      // Events end with a blank line; each `data:` line of a `next` event is one JSON result.
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = event
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (!/^event: ?next$/m.test(event) || data === '') continue;
        const result = JSON.parse(data) as { data?: ExplorerGraphChangedSubscription | null };
        if (result.data?.graphChanged) onChange(result.data.graphChanged);
      }
    }
  };

  const loop = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        await listen();
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, RETRY_MS.max);
    }
  };
  void loop();
  return () => controller.abort();
}
