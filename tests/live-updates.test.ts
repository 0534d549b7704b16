import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { createGraphReloader, GraphChanges } from '../src/reload.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { MAX_STREAMS_PER_CLIENT } from '../src/protections/stream-limit.js';
import { watchGraphChanges, type GraphChange } from '../src/explorer/live-updates.js';
import { entity, graphData } from './support/fixtures.js';

// graphChanged: the reloader announces each graph it swaps in, the subscription streams it as
// server-sent events, and the explorer's listener reads them.

const graph = (version: string, entities = 1): KnowledgeGraph =>
  buildKnowledgeGraph(
    graphData(
      Array.from({ length: entities }, (_, i) => entity(`e${i}`, 'CITY')),
      [],
    ),
    version,
  );

/** Reads server-sent events from a response until `count` `next` events have arrived. */
async function nextEvents(response: Response, count: number): Promise<unknown[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: unknown[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.*)$/m.exec(event)?.[1];
      if (/^event: next$/m.test(event) && data) events.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return events;
}

const SUBSCRIPTION =
  'subscription { graphChanged { version counts { entities relations citations sources } } }';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the reloader announces new graphs', () => {
  it('emits changed after a swap, and not for an unchanged or failed reload', async () => {
    const store = { current: graph('v1') };
    const versions = ['v1', 'v2', 'broken'];
    const reloader = createGraphReloader(store, {
      dir: 'unused',
      open: async () => {
        const version = versions.shift()!;
        if (version === 'broken') throw new Error('invalid data');
        return graph(version, 2);
      },
    });
    const seen: string[] = [];
    reloader.changes.on('changed', (kg) => seen.push(`${kg.version}:${store.current === kg}`));
    expect(await reloader.reload()).toBe(true); // v1 again: unchanged
    expect(await reloader.reload()).toBe(true); // v2: swapped in
    expect(await reloader.reload()).toBe(false); // broken: the last good graph stays
    expect(seen).toEqual(['v2:true']);
  });

  it('keeps a subscriber that throws from failing the reload', async () => {
    const store = { current: graph('v1') };
    const reloader = createGraphReloader(store, { dir: 'unused', open: async () => graph('v2') });
    reloader.changes.on('changed', () => {
      throw new Error('a subscriber bug');
    });
    expect(await reloader.reload()).toBe(true);
    expect(store.current.version).toBe('v2');
    expect(reloader.status.failedReloads).toBe(0);
  });
});

describe('graphChanged over server-sent events', () => {
  it('refuses a subscription with a bad selection before opening a stream', async () => {
    const app = createApp({ current: graph('v1') }, DEFAULT_CONFIG, { changes: new GraphChanges() });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { nonsense } }' }),
    });
    const text = await response.text();
    expect(text).toContain('Cannot query field \\"nonsense\\" on type \\"GraphChange\\"');
  });

  it('holds at most MAX_STREAMS_PER_CLIENT streams per client, and frees a place when one closes', async () => {
    const changes = new GraphChanges();
    const config = { ...DEFAULT_CONFIG, trustedProxyHeader: 'x-forwarded-for' };
    const app = createApp({ current: graph('v1') }, config, { changes });
    const subscribe = async (client: string) => {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          'x-forwarded-for': client,
        },
        body: JSON.stringify({ query: SUBSCRIPTION }),
      });
      // Read, as a client does: the stream starts, and cancelling it later ends it.
      const reader = response.status === 200 ? response.body!.getReader() : null;
      void reader?.read().catch(() => undefined);
      return { response, close: () => reader?.cancel() };
    };
    const held: Awaited<ReturnType<typeof subscribe>>[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_CLIENT; i++) {
      const stream = await subscribe('10.0.0.1');
      expect(stream.response.status).toBe(200);
      held.push(stream);
    }
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(MAX_STREAMS_PER_CLIENT));
    const refused = await subscribe('10.0.0.1');
    expect(refused.response.status).toBe(429);
    const text = await refused.response.text();
    expect(text).toContain('TOO_MANY_STREAMS');
    expect(text).toContain(`this client holds ${MAX_STREAMS_PER_CLIENT}, the most allowed`);
    // Another client is not held back by the first one's streams.
    const other = await subscribe('10.0.0.2');
    expect(other.response.status).toBe(200);
    // One stream closes: its place is free again.
    await held.pop()!.close();
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(MAX_STREAMS_PER_CLIENT));
    const again = await subscribe('10.0.0.1');
    expect(again.response.status).toBe(200);
    for (const stream of [...held, other, again]) await stream.close();
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(0));
  });

  it('answers a subscription that accepts no event stream 406, saying what to send, and holds nothing open', async () => {
    const changes = new GraphChanges();
    const app = createApp({ current: graph('v1') }, DEFAULT_CONFIG, { changes });
    // More than one client's streams: each used to hold one until the next reload.
    for (let i = 0; i <= MAX_STREAMS_PER_CLIENT; i++) {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: SUBSCRIPTION }),
      });
      expect(response.status).toBe(406);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({
        message:
          'A subscription is answered as a stream of server-sent events: send "Accept: text/event-stream" (this request accepts "application/json")',
        extensions: { code: 'NOT_ACCEPTABLE' },
      });
    }
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(0));
    const stream = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    void reader.read().catch(() => undefined);
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(1));
    await reader.cancel();
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(0));
  });

  it('answers a query whose Accept allows none of its types 406 with the types it is sent as', async () => {
    const app = createApp({ current: graph('v1') }, DEFAULT_CONFIG, { changes: new GraphChanges() });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'image/png' },
      body: JSON.stringify({ query: '{ stats { version } }' }),
    });
    expect(response.status).toBe(406);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'This answer is sent as text/event-stream or multipart/mixed or application/graphql-response+json or application/json, none of which this request\'s Accept header ("image/png") allows',
    );
  });

  it('streams each new version and its counts to a subscriber', async () => {
    const changes = new GraphChanges();
    const store = { current: graph('v1') };
    const app = createApp(store, DEFAULT_CONFIG, { changes });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = nextEvents(response, 2);
    // Let the subscription start listening before announcing.
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(1));
    changes.emit('changed', graph('v2', 3));
    changes.emit('changed', graph('v3', 5));
    expect(await events).toEqual([
      {
        data: {
          graphChanged: { version: 'v2', counts: { entities: 3, relations: 0, citations: 0, sources: 1 } },
        },
      },
      {
        data: {
          graphChanged: { version: 'v3', counts: { entities: 5, relations: 0, citations: 0, sources: 1 } },
        },
      },
    ]);
    // The client went away: its listener goes with it.
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(0));
  });

  it("feeds the explorer's listener, by persisted hash, over the same stream", async () => {
    const changes = new GraphChanges();
    const app = createApp({ current: graph('v1') }, DEFAULT_CONFIG, { changes });
    vi.stubGlobal('fetch', (input: string, init: RequestInit) => app.fetch(input, init));
    const seen: GraphChange[] = [];
    const stop = watchGraphChanges((change) => seen.push(change), { endpoint: 'http://test/graphql' });
    try {
      await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(1));
      changes.emit('changed', graph('v2', 4));
      await vi.waitFor(() =>
        expect(seen).toEqual([{ version: 'v2', counts: { entities: 4, relations: 0 } }]),
      );
    } finally {
      stop();
    }
    await vi.waitFor(() => expect(changes.listenerCount('changed')).toBe(0));
  });
});
