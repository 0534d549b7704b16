import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/yoga.js';
import { openKnowledgeGraph } from '../src/load/open-graph.js';
import {
  MAX_REPORTED_PROBLEMS,
  createGraphReloader,
  type GraphReloader,
  type ReloadEvent,
} from '../src/reload.js';
import type { GraphStore } from '../src/context.js';
import { runText } from './support/client.js';
import { MEMBER_COUNT, writeDataFolder } from './support/data-folder.js';

// Live reloads of a data folder: a valid edit becomes visible, and no invalid edit changes any
// answer the service gave before it. The folder is the miniature of graph-data/ in
// tests/support/data-folder.ts, so edits to the curated data do not reach these tests.

const QUERIES = [
  '{ entity(key: "purl") { name ... on Programme { funders { funder { key } amount { text } date citations { quote } } } } }',
  '{ search(text: "North Korea") { key name } }',
  '{ entity(key: "wiesbaden") { name relations(first: 50) { totalCount edges { relation { key type } node { key } } } } }',
  '{ stats { entityCount relationCount citationCount version } }',
  '{ shortestPath(from: "netherlands", to: "wiesbaden") { explanation } }',
];

let dir: string;
let store: GraphStore;
let app: App;
let reloader: GraphReloader;
let events: ReloadEvent[];

async function answers(): Promise<string[]> {
  return Promise.all(QUERIES.map(async (query) => JSON.stringify(await runText(app, query))));
}

const file = (path: string) => join(dir, path);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'graph-data-'));
  writeDataFolder(dir);
  store = { current: await openKnowledgeGraph(dir) };
  app = createApp(store);
  events = [];
  reloader = createGraphReloader(store, { dir, settleMs: 20, onReload: (event) => events.push(event) });
});

afterEach(async () => {
  await reloader.close();
  rmSync(dir, { recursive: true, force: true });
});

const ENTITY = (key: string, extra = '') => `
  - key: ${key}
    name: "Atlantis"
    kind: CITY${extra}
`;

const INVALID_EDITS: { name: string; file: string; apply: () => void; mentions: RegExp }[] = [
  {
    name: 'a YAML syntax error',
    file: 'entities/places.yaml',
    apply: () => appendFileSync(file('entities/places.yaml'), '\n  - key: [unclosed\n'),
    mentions: /entities\/places\.yaml/,
  },
  {
    name: 'an unknown field',
    file: 'entities/places.yaml',
    apply: () => appendFileSync(file('entities/places.yaml'), ENTITY('atlantis', '\n    colour: blue')),
    mentions: /atlantis.*colour/s,
  },
  {
    name: 'a duplicate key',
    file: 'entities/places.yaml',
    apply: () => appendFileSync(file('entities/places.yaml'), ENTITY('wiesbaden')),
    mentions: /wiesbaden/,
  },
  {
    name: 'a relation to an entity that does not exist',
    file: 'relations/places.yaml',
    apply: () =>
      appendFileSync(
        file('relations/places.yaml'),
        '\n  - key: wiesbaden-located-in-atlantis\n    type: LOCATED_IN\n    from: wiesbaden\n    to: atlantis\n    citations:\n      - source: support\n        quote: "Wiesbaden"\n',
      ),
    mentions: /wiesbaden-located-in-atlantis/,
  },
  {
    name: 'a quote that is not in the source',
    file: 'entities/places.yaml',
    apply: () => {
      const path = file('entities/places.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(
          'quote: "Based in Wiesbaden, Germany"',
          'quote: "Based in Berlin, Germany"',
        ),
      );
    },
    mentions: /entities\/places\.yaml › wiesbaden › citations\[0\]\.quote/,
  },
  {
    name: 'an impossible date',
    file: 'relations/funding.yaml',
    apply: () => {
      const path = file('relations/funding.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('date: "2025-08-13"', 'date: "2025-02-30"'));
    },
    mentions: /2025-02-30/,
  },
  {
    name: 'invalid UTF-8',
    file: 'entities/places.yaml',
    apply: () => appendFileSync(file('entities/places.yaml'), Buffer.from([0x23, 0xff, 0xfe, 0x0a])),
    mentions: /UTF-8/,
  },
  {
    name: 'a file over the size limit',
    file: 'entities/huge.yaml',
    apply: () => writeFileSync(file('entities/huge.yaml'), `# ${'x'.repeat(1024 * 1024 + 10)}\n`),
    mentions: /huge\.yaml/,
  },
  {
    name: 'a file the data folders do not take',
    file: 'entities/notes.txt',
    apply: () => writeFileSync(file('entities/notes.txt'), 'notes'),
    mentions: /notes\.txt/,
  },
  {
    name: 'a missing folder',
    file: 'relations/',
    apply: () => rmSync(file('relations'), { recursive: true }),
    mentions: /relations\//,
  },
];

describe('reloading graph-data', () => {
  it.each(INVALID_EDITS)(
    'keeps every answer the same after $name, and reports it',
    async ({ apply, mentions }) => {
      const before = await answers();
      const version = store.current.version;
      apply();
      expect(await reloader.reload()).toBe(false);
      expect(store.current.version).toBe(version);
      expect(await answers()).toEqual(before);
      const error = reloader.status.lastReloadError;
      expect(error?.message).toMatch(mentions);
      expect(error?.problems.length).toBeGreaterThan(0);
      expect(error?.problems[0]).toHaveProperty('file');
      expect(reloader.status.failedReloads).toBe(1);
      expect(events.at(-1)?.event).toBe('reload-failed');
    },
  );

  it('makes a valid edit visible, and clears the last error', async () => {
    const path = file('entities/places.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: "Wiesbaden"', 'name: "Wiesbaden (Hesse)"'));
    appendFileSync(path, '\n  - key: [broken\n');
    expect(await reloader.reload()).toBe(false);
    writeFileSync(path, readFileSync(path, 'utf8').replace('\n  - key: [broken\n', ''));
    const version = store.current.version;
    expect(await reloader.reload()).toBe(true);
    expect(store.current.version).not.toBe(version);
    expect(reloader.status.lastReloadError).toBeNull();
    expect(reloader.status.version).toBe(store.current.version);
    const response = await runText<{ entity: { name: string } }>(
      app,
      '{ entity(key: "wiesbaden") { name } }',
    );
    expect(response.data?.entity.name).toBe('Wiesbaden (Hesse)');
  });

  it('swaps nothing when the data did not change', async () => {
    const graph = store.current;
    expect(await reloader.reload()).toBe(true);
    expect(store.current).toBe(graph);
    expect(events.at(-1)?.event).toBe('unchanged');
  });

  it('lets a request that started on the old graph finish on it', async () => {
    const old = store.current;
    const context = { kg: store.current };
    const path = file('entities/places.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: "Wiesbaden"', 'name: "Wiesbaden (Hesse)"'));
    expect(await reloader.reload()).toBe(true);
    expect(store.current).not.toBe(old);
    expect(context.kg.graph.getNodeAttribute('wiesbaden', 'name')).toBe('Wiesbaden');
  });

  it('runs one reload at a time, and one more for changes made during it', async () => {
    let opened = 0;
    const slow = createGraphReloader(store, {
      dir,
      open: async (folder) => {
        opened += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return openKnowledgeGraph(folder);
      },
    });
    await Promise.all([slow.reload(), slow.reload(), slow.reload(), slow.reload()]);
    expect(opened).toBe(2);
  });

  it('reloads by itself when a watched file changes', async () => {
    await reloader.watch();
    const path = file('entities/places.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: "Wiesbaden"', 'name: "Wiesbaden (Hesse)"'));
    // Wait for the watcher's reload; the test fails by timeout if it never comes.
    while (!events.some((event) => event.event === 'reloaded'))
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.current.graph.getNodeAttribute('wiesbaden', 'name')).toBe('Wiesbaden (Hesse)');
  });
});

describe('/health while reloading', () => {
  it('reports the last failed reload with its file and entry, and clears it once the data is valid', async () => {
    const health = createApp(store, undefined, { reloadStatus: reloader.status });
    const read = async () =>
      (await (await health.fetch('http://test/health')).json()) as {
        graph: { version: string };
        reload: {
          version: string;
          failedReloads: number;
          lastReloadError: { message: string; problems: { file: string; key: string | null }[] } | null;
        };
      };
    const path = file('entities/places.yaml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('kind: CITY', 'kind: CASTLE'));
    await reloader.reload();
    const failed = await read();
    expect(failed.reload.failedReloads).toBe(1);
    expect(failed.reload.lastReloadError?.problems[0]).toMatchObject({
      file: 'entities/places.yaml',
      key: 'wiesbaden',
    });
    expect(failed.graph.version).toBe(failed.reload.version);
    writeFileSync(path, original);
    await reloader.reload();
    expect((await read()).reload.lastReloadError).toBeNull();
  });
});

describe('watching graph-data (issue 12)', () => {
  /** Waits until `ready` holds; the test fails by its timeout if it never does. */
  async function until(ready: () => boolean): Promise<void> {
    while (!ready()) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const nameOf = () => store.current.graph.getNodeAttribute('wiesbaden', 'name') as string;
  const places = () => file('entities/places.yaml');
  const renamed = (text: string, name: string) => text.replace(/name: "Wiesbaden[^"]*"/, `name: "${name}"`);
  const watched = () =>
    createGraphReloader(store, {
      dir,
      settleMs: 150,
      checkMs: 100,
      open: (folder) => openKnowledgeGraph(folder),
      onReload: (event) => events.push(event),
    });

  it('follows an atomic save (a new file renamed over the old), and the save after it', async () => {
    const watcher = watched();
    await watcher.watch();
    try {
      const original = readFileSync(places(), 'utf8');
      writeFileSync(`${places()}.tmp~`, renamed(original, 'Wiesbaden A'));
      renameSync(`${places()}.tmp~`, places());
      await until(() => nameOf() === 'Wiesbaden A');
      writeFileSync(places(), renamed(original, 'Wiesbaden B'));
      await until(() => nameOf() === 'Wiesbaden B');
      expect(watcher.status.watching).toBe(true);
    } finally {
      await watcher.close();
    }
  });

  it('takes two saves in a row as one reload of the last', async () => {
    const watcher = watched();
    await watcher.watch();
    try {
      const original = readFileSync(places(), 'utf8');
      writeFileSync(places(), renamed(original, 'Wiesbaden 1'));
      writeFileSync(places(), renamed(original, 'Wiesbaden 2'));
      await until(() => nameOf() === 'Wiesbaden 2');
      expect(events.filter((event) => event.event === 'reloaded')).toHaveLength(1);
    } finally {
      await watcher.close();
    }
  });

  it('keeps watching a data folder replaced by another, and sees the edits made in the new one', async () => {
    const watcher = watched();
    await watcher.watch();
    try {
      const replacement = `${dir}.new`;
      cpSync(dir, replacement, { recursive: true });
      const path = join(replacement, 'entities', 'places.yaml');
      writeFileSync(path, renamed(readFileSync(path, 'utf8'), 'Wiesbaden C'));
      rmSync(dir, { recursive: true });
      renameSync(replacement, dir);
      await until(() => nameOf() === 'Wiesbaden C');
      await until(() => watcher.status.watching);
      writeFileSync(places(), renamed(readFileSync(places(), 'utf8'), 'Wiesbaden D'));
      await until(() => nameOf() === 'Wiesbaden D');
    } finally {
      await watcher.close();
    }
  });

  it('never serves a file caught half-written: one truncated and then completed within the settle time', async () => {
    const served: number[] = [];
    const watcher = createGraphReloader(store, {
      dir,
      settleMs: 150,
      open: (folder) => openKnowledgeGraph(folder),
      onReload: (event) => {
        if (event.event === 'watching') return;
        events.push(event);
        served.push(store.current.graph.size);
      },
    });
    await watcher.watch();
    const path = file('relations/membership.yaml');
    const relations = store.current.graph.size;
    try {
      const full = readFileSync(path, 'utf8');
      // Cut at an entry boundary: still valid YAML, with MEMBER_COUNT - 10 relations fewer.
      const cut = [...full.matchAll(/\n {2}- key:/g)][10]!.index!;
      writeFileSync(path, full.slice(0, cut + 1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      writeFileSync(path, full);
      await until(() => events.length > 0);
      expect(events.map((event) => event.event)).toEqual(['unchanged']);
      expect(served).toEqual([relations]);
    } finally {
      await watcher.close();
    }
  });

  it('reads the folder again when a file changes while it is being read', async () => {
    const path = places();
    const original = readFileSync(path, 'utf8');
    let reads = 0;
    const racing = createGraphReloader(store, {
      dir,
      settleMs: 50,
      open: async (folder) => {
        reads += 1;
        const graph = await openKnowledgeGraph(folder);
        // A save lands while the first read is under way.
        if (reads === 1) writeFileSync(path, renamed(original, 'Wiesbaden (late save)'));
        return graph;
      },
    });
    writeFileSync(path, renamed(original, 'Wiesbaden (early save)'));
    expect(await racing.reload()).toBe(true);
    expect(reads).toBe(2);
    expect(nameOf()).toBe('Wiesbaden (late save)');
  });

  it('says in its status when the folder is gone, and watches it again once it is back', async () => {
    const watcher = watched();
    await watcher.watch();
    try {
      renameSync(dir, `${dir}.away`);
      await until(() => !watcher.status.watching);
      expect(watcher.status.watchError).toMatch(/removed or replaced|is not there/);
      const health = createApp(store, undefined, { reloadStatus: watcher.status });
      const body = (await (await health.fetch('http://test/health')).json()) as {
        reload: { watching: boolean; watchError: string };
      };
      expect(body.reload.watching).toBe(false);
      // /health is public: it names the folder, never where it lies on the server.
      expect(body.reload.watchError).toMatch(/^the data folder (was removed or replaced|is not there)/);
      expect(JSON.stringify(body)).not.toContain(dir);
      // A reload meanwhile fails on the missing folder, and says so without the path either.
      expect(await watcher.reload()).toBe(false);
      expect(watcher.status.lastReloadError?.message).toContain('the data folder');
      expect(JSON.stringify(watcher.status)).not.toContain(dir);
      renameSync(`${dir}.away`, dir);
      await until(() => watcher.status.watching);
      writeFileSync(places(), renamed(readFileSync(places(), 'utf8'), 'Wiesbaden E'));
      await until(() => nameOf() === 'Wiesbaden E');
    } finally {
      await watcher.close();
      rmSync(`${dir}.away`, { recursive: true, force: true });
    }
  });

  it('counts every problem of a failed reload, while /health lists the first twenty', async () => {
    const path = file('relations/membership.yaml');
    const broken = readFileSync(path, 'utf8').replaceAll('type: MEMBER_OF', 'type: MEMBER_OFF');
    const expected = broken.split('MEMBER_OFF').length - 1;
    writeFileSync(path, broken);
    expect(await reloader.reload()).toBe(false);
    const failed = events.find((event) => event.event === 'reload-failed');
    expect(failed?.event === 'reload-failed' && failed.error.problemCount).toBe(expected);
    expect(expected).toBe(MEMBER_COUNT);
    expect(expected).toBeGreaterThan(MAX_REPORTED_PROBLEMS);
    expect(reloader.status.lastReloadError?.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
  });
});
