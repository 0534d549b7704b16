import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GraphDataError, type DataProblem } from '../src/load/errors.js';
import { parseGraphData, type DataFile } from '../src/load/load-graph-data.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { coverageOfSource, sentencesOfSource } from '../src/graph/coverage.js';
import type { GraphData } from '../src/graph/types.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { loadRealGraph, realApp, runText } from './support/client.js';
import { childEnv, testTempDir } from './support/temp-dir.js';

// Coverage: every sentence of a source is CAPTURED (a fact quotes it), PARTLY_CAPTURED or
// NOT_CAPTURED (a curator says what is not held), or NO_FACT (a curator says why), and nothing
// is left unaccounted for. The rules are in src/graph/coverage.ts; these tests hold them to it.

const SOURCE = `---
title: "Test source"
source: https://example.org/test
---
Fixture heading
Germany funds the package. Allies supply drones to Ukraine. It is a fine day.
_Learn more:_Germany page _Learn more:_Germany page
Yes.
`;

const ENTITIES = `entities:
  - key: germany
    name: Germany
    kind: COUNTRY
  - key: ukraine
    name: Ukraine
    kind: COUNTRY
  - key: drones
    name: Drones
    kind: RESOURCE
    citations:
      - source: test-source
        quote: "drones"
`;

const RELATIONS = `relations:
  - key: germany-supplies-drones
    type: SUPPLIES
    from: germany
    to: drones
    recipient: ukraine
    citations:
      - source: test-source
        quote: "Allies supply drones to Ukraine."
`;

const NOTES = `notes:
  - sentence: "Fixture heading"
    status: NO_FACT
    reason: HEADING
    note: "Names the section."
  - sentence: "Germany page"
    status: NO_FACT
    reason: LINK_LABEL
    note: "A page title, linked twice."
  - sentence: "Yes."
    status: NO_FACT
    reason: FRAGMENT
    note: "A bare answer."
  - sentence: "It is a fine day."
    status: NOT_CAPTURED
    note: "The weather is not a fact of the graph's kind yet."
`;

const encoder = new TextEncoder();
const file = (path: string, text: string): DataFile => ({ path, bytes: encoder.encode(text) });

function files(overrides: Record<string, string | null> = {}): DataFile[] {
  const all: Record<string, string | null> = {
    'sources/test-source.md': SOURCE,
    'entities/base.yaml': ENTITIES,
    'relations/base.yaml': RELATIONS,
    'coverage/test-source.yaml': NOTES,
    ...overrides,
  };
  return Object.entries(all)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => file(path, text));
}

function problemsOf(data: DataFile[]): DataProblem[] {
  try {
    parseGraphData(data);
  } catch (error) {
    if (error instanceof GraphDataError) return error.problems;
    throw error;
  }
  return [];
}

const note = (fields: string) => `notes:\n  - ${fields.trim().split('\n').join('\n    ')}\n`;

describe('coverage notes, as the loader checks them', () => {
  it('refuses a note whose sentence is in no sentence of the source, naming file, note and field', () => {
    const problems = problemsOf(
      files({
        'coverage/test-source.yaml': note(`sentence: "Nowhere to be found"
status: NO_FACT
reason: HEADING
note: "x"`),
      }),
    );
    expect(problems).toEqual([
      {
        file: 'coverage/test-source.yaml',
        key: '"Nowhere to be found"',
        field: 'sentence',
        message: 'no sentence of sources/test-source.md contains this text word for word',
      },
    ]);
  });

  it('refuses a part of a sentence that is found in two different sentences', () => {
    const problems = problemsOf(
      files({ 'coverage/test-source.yaml': note('sentence: "Germany"\nstatus: NOT_CAPTURED\nnote: "x"') }),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['sentence', 'found in 3 different sentences (1, 4, 5); quote more of the one meant'],
    ]);
  });

  it('refuses NO_FACT on a sentence that a fact quotes and no other', () => {
    const problems = problemsOf(
      files({
        'coverage/test-source.yaml': note(`sentence: "Allies supply drones"
status: NO_FACT
reason: SUMMARY
note: "x"`),
      }),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        'status',
        'NO_FACT, but drones, germany-supplies-drones quote this sentence and no other: it states a fact; use PARTLY_CAPTURED for what is not held, or drop the note',
      ],
    ]);
  });

  it('lets a short quote found in several places (a name) leave a sentence NO_FACT', () => {
    // "drones" is in one sentence here, so add a heading that repeats it.
    const source = SOURCE.replace('Fixture heading', 'Fixture heading about drones');
    const notes = NOTES.replace('"Fixture heading"', '"Fixture heading about drones"');
    expect(
      problemsOf(files({ 'sources/test-source.md': source, 'coverage/test-source.yaml': notes })),
    ).toEqual([]);
  });

  it('refuses PARTLY_CAPTURED where no fact quotes the sentence, and NOT_CAPTURED where one does', () => {
    const partly = problemsOf(
      files({
        'coverage/test-source.yaml': note(
          'sentence: "It is a fine day."\nstatus: PARTLY_CAPTURED\nnote: "x"',
        ),
      }),
    );
    expect(partly.map((p) => p.message)).toEqual([
      'PARTLY_CAPTURED, but no fact quotes this sentence alone: use NOT_CAPTURED',
    ]);
    const not = problemsOf(
      files({
        'coverage/test-source.yaml': note(
          'sentence: "Allies supply drones"\nstatus: NOT_CAPTURED\nnote: "x"',
        ),
      }),
    );
    expect(not.map((p) => p.message)).toEqual([
      'NOT_CAPTURED, but drones, germany-supplies-drones quote it: use PARTLY_CAPTURED',
    ]);
  });

  it('asks NO_FACT for a reason from the closed list, and only NO_FACT', () => {
    const missing = problemsOf(
      files({ 'coverage/test-source.yaml': note('sentence: "Yes."\nstatus: NO_FACT\nnote: "x"') }),
    );
    expect(missing.map((p) => [p.field, p.message])).toEqual([
      ['reason', "required for NO_FACT: why the sentence states no fact of the graph's kind"],
    ]);
    const unknown = problemsOf(
      files({
        'coverage/test-source.yaml': note('sentence: "Yes."\nstatus: NO_FACT\nreason: BORING\nnote: "x"'),
      }),
    );
    expect(unknown[0]?.field).toBe('reason');
    expect(unknown[0]?.message).toMatch(/^unknown reason "BORING"/);
    const extra = problemsOf(
      files({
        'coverage/test-source.yaml': note(
          'sentence: "It is a fine day."\nstatus: NOT_CAPTURED\nreason: HEADING\nnote: "x"',
        ),
      }),
    );
    expect(extra.map((p) => p.message)).toEqual([
      'only NO_FACT takes a reason; for NOT_CAPTURED say in `note` what is not held',
    ]);
  });

  it('refuses CAPTURED as a note, a second note on one sentence, and notes on a missing source', () => {
    const captured = problemsOf(
      files({ 'coverage/test-source.yaml': note('sentence: "Yes."\nstatus: CAPTURED\nnote: "x"') }),
    );
    expect(captured.map((p) => p.message)).toEqual([
      'CAPTURED needs no note: a sentence is captured when facts quote it and no note says otherwise',
    ]);
    const twice = problemsOf(
      files({
        'coverage/test-source.yaml': `${NOTES}  - sentence: "Yes."\n    status: NO_FACT\n    reason: FRAGMENT\n    note: "again"\n`,
      }),
    );
    expect(twice.map((p) => [p.key, p.message])).toEqual([
      ['"Yes."', 'sentence 6 already has a note (entry 3)'],
    ]);
    const orphan = problemsOf(files({ 'coverage/other-source.yaml': NOTES }));
    expect(orphan).toEqual([
      {
        file: 'coverage/other-source.yaml',
        key: null,
        field: null,
        message: 'notes on a source that does not exist: there is no sources/other-source.md',
      },
    ]);
  });

  it('loads a data set without a coverage folder', () => {
    const data = parseGraphData(files({ 'coverage/test-source.yaml': null }));
    expect(data.coverageNotes).toEqual([]);
  });
});

describe('coverage of a source', () => {
  const data: GraphData = parseGraphData(files());
  const kg = buildKnowledgeGraph(data, 'fixture');

  it('gives each sentence its status: quoted, noted, or unaccounted for', () => {
    expect(sentencesOfSource(kg, 'no-such-source')).toBeNull();
    const sentences = sentencesOfSource(kg, 'test-source')!;
    expect(sentences.map((s) => [s.index, s.status, s.unaccounted])).toEqual([
      [0, 'NO_FACT', false],
      [1, 'NOT_CAPTURED', true],
      [2, 'CAPTURED', false],
      [3, 'NOT_CAPTURED', false],
      [4, 'NO_FACT', false],
      [5, 'NO_FACT', false],
      [6, 'NO_FACT', false],
    ]);
    expect(sentences[2]!.relations.map((r) => r.key)).toEqual(['germany-supplies-drones']);
    expect(sentences[2]!.entities.map((e) => e.key)).toEqual(['drones']);
    expect(sentences[3]!.note?.note).toBe("The weather is not a fact of the graph's kind yet.");
  });

  it('counts them, and the share captured of those that state a fact', () => {
    expect(coverageOfSource(kg, 'test-source')).toEqual({
      sentences: 7,
      captured: 1,
      partlyCaptured: 0,
      notCaptured: 2,
      noFact: 4,
      factual: 3,
      unaccounted: 1,
      capturedShare: 1 / 3,
    });
  });

  it('pages through Source.sentences as a Relay connection, forwards and backwards, with a status filter', async () => {
    const app = createApp({ current: kg }, DEFAULT_CONFIG);
    type Page = {
      source: {
        kind: string;
        coverage: { captured: number; capturedShare: number };
        sentences: {
          totalCount: number;
          pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            endCursor: string;
            startCursor: string;
          };
          edges: {
            node: {
              index: number;
              text: string;
              form: string;
              section: string | null;
              status: string;
              unaccounted: boolean;
              noFact: { reason: string; explanation: string } | null;
              notHeld: string | null;
              link: string | null;
              relations: { key: string }[];
            };
          }[];
        };
      };
    };
    const query = `query ($first: Int, $after: String, $last: Int, $before: String, $status: [CoverageStatus!]) {
      source(key: "test-source") {
        kind
        coverage { captured capturedShare }
        sentences(first: $first, after: $after, last: $last, before: $before, status: $status) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
          edges { node { index text form section status unaccounted noFact { reason explanation } notHeld link relations { key } } }
        }
      }
    }`;
    const first = await runText<Page>(app, query, { first: 3 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.source.sentences;
    expect(page.totalCount).toBe(7);
    expect(page.edges.map((e) => e.node.index)).toEqual([0, 1, 2]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.edges[0]!.node).toMatchObject({
      form: 'HEADING',
      status: 'NO_FACT',
      noFact: { reason: 'HEADING', explanation: 'Names the section.' },
      notHeld: null,
    });
    expect(page.edges[2]!.node.relations).toEqual([{ key: 'germany-supplies-drones' }]);
    expect(page.edges[2]!.node.link).toBe(
      'https://example.org/test#:~:text=Allies%20supply%20drones%20to%20Ukraine.',
    );

    const next = await runText<Page>(app, query, { first: 3, after: page.pageInfo.endCursor });
    expect(next.data!.source.sentences.edges.map((e) => e.node.index)).toEqual([3, 4, 5]);
    const back = await runText<Page>(app, query, {
      last: 2,
      before: next.data!.source.sentences.pageInfo.startCursor,
    });
    expect(back.data!.source.sentences.edges.map((e) => e.node.index)).toEqual([1, 2]);

    const notCaptured = await runText<Page>(app, query, { status: ['NOT_CAPTURED'] });
    const nodes = notCaptured.data!.source.sentences.edges.map((e) => e.node);
    expect(notCaptured.data!.source.sentences.totalCount).toBe(2);
    expect(nodes.map((n) => [n.index, n.unaccounted, n.notHeld])).toEqual([
      [1, true, null],
      [3, false, "The weather is not a fact of the graph's kind yet."],
    ]);
  });

  it("tells a citation's sentences", async () => {
    const app = createApp({ current: kg }, DEFAULT_CONFIG);
    const response = await runText<{
      entity: { citations: { sentences: { index: number }[] }[] };
    }>(app, '{ entity(key: "drones") { citations { sentences { index } } } }');
    // "drones" is in one sentence of this fixture.
    expect(response.data!.entity.citations[0]!.sentences).toEqual([{ index: 2 }]);
  });
});

describe("the coverage of NATO's page", () => {
  it('is at least 90% of the sentences that state a fact, with none unaccounted for', async () => {
    const kg = await loadRealGraph();
    for (const key of kg.sources.keys()) {
      const coverage = coverageOfSource(kg, key)!;
      expect(coverage.unaccounted, key).toBe(0);
      expect(coverage.capturedShare, key).toBeGreaterThanOrEqual(0.9);
    }
    const nato = coverageOfSource(kg, 'nato-support-for-ukraine')!;
    expect(nato.sentences).toBe(163);
    expect(nato.captured + nato.partlyCaptured + nato.notCaptured + nato.noFact).toBe(163);
  });

  it('says what is not held wherever a sentence is not fully captured', async () => {
    const kg = await loadRealGraph();
    const sentences = sentencesOfSource(kg, 'nato-support-for-ukraine')!;
    for (const s of sentences.filter((s) => s.status !== 'CAPTURED')) {
      expect(s.note?.note.length ?? 0, s.text).toBeGreaterThan(10);
    }
    const noFact = sentences.filter((s) => s.status === 'NO_FACT');
    // Headings and link labels that state nothing, the page describing itself, a bare "Yes.".
    expect(new Set(noFact.map((s) => s.note?.reason))).toEqual(
      new Set(['HEADING', 'LINK_LABEL', 'ABOUT_THE_PAGE', 'FRAGMENT', 'OPINION_NO_ACTOR']),
    );
    // The facts the issue found missing are now quoted by relations.
    const relationsOf = (start: string) =>
      sentences.find((s) => s.text.startsWith(start))!.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(relationsOf('Many Allies are providing humanitarian aid')).toContain(
      'many-allies HOSTS ukrainian-refugees',
    );
    expect(relationsOf('Allies are working with relevant stakeholders')).toContain(
      'nato-allies PARTICIPATES_IN war-crimes-accountability',
    );
    expect(relationsOf('Allies have also worked closely')).toContain(
      'nato-allies SUPPORTS ukrainian-grain-exports-efforts',
    );
    expect(relationsOf('Enforcing a no-fly zone')).toContain('nato STATES no-no-fly-zone-or-combat-troops');
    expect(relationsOf('NATO welcomes the efforts to negotiate')).toContain(
      'nato STATES welcomes-peace-negotiations',
    );
    expect(relationsOf('Following Russia’s full-scale invasion of Ukraine in 2022')).toEqual(
      expect.arrayContaining([
        'nato-allies CARRIED_OUT activation-of-nato-defence-plans',
        'nato-allies CARRIED_OUT deployment-of-extra-troops',
      ]),
    );
    expect(relationsOf('At the moment, there is no imminent')).toContain(
      'nato STATES no-imminent-military-threat',
    );
    expect(relationsOf('Through these coordinated activities')).toContain(
      'russia CARRIED_OUT hostile-actions-against-allies',
    );
    expect(relationsOf('Russia’s threatening nuclear rhetoric')).toContain(
      'russia CARRIED_OUT russias-nuclear-rhetoric',
    );
    expect(relationsOf('Furthermore, NATO Allies are profoundly concerned')).toContain(
      'nato-allies STATES concern-over-reported-chemical-weapons-use',
    );
    expect(relationsOf('Under PURL, NATO’s Supreme Allied Commander')).toContain(
      'united-states CAN_PROVIDE_MORE_THAN european-allies-and-canada',
    );
    expect(relationsOf('This contributes to NATO’s deterrence')).toContain('jatec SUPPORTS nato');
    // A link's title is NO_FACT like every other, even when it names a body: the page says
    // nothing else about the CBRN task force.
    const cbrn = sentences.find((s) => s.text.startsWith('Combined Joint Chemical'))!;
    expect([cbrn.status, cbrn.note?.reason]).toEqual(['NO_FACT', 'LINK_LABEL']);
    expect(cbrn.entities).toEqual([]);
    // The rule: a sentence is captured by what facts say about things, not by naming one, so
    // every captured sentence is quoted by a relation.
    for (const s of sentences.filter((s) => s.status === 'CAPTURED')) {
      expect(s.relations.length, `[${s.index}] ${s.text}`).toBeGreaterThan(0);
    }
  });

  it('marks partly captured each sentence whose main claim no fact holds, quoting the claim in its note', async () => {
    const sentences = sentencesOfSource(await loadRealGraph(), 'nato-support-for-ukraine')!;
    // [the sentence's start, the words of it no fact holds], each found by an audit as CAPTURED.
    const partly: [string, string][] = [
      ['Allies have already committed to funding USD 4 billion', 'deliveries are underway'],
      ['In 2025, Allies have so far committed', 'this support is expected to continue'],
      ['It provides for joint consultations', 'joint consultations, decision-making and activities'],
      ['It also serves as a crisis consultation mechanism', 'crisis consultation mechanism'],
      ['Ukraine is a NATO partner country', 'it is not covered by the security guarantee'],
      ['At the 2024 Washington Summit', 'Allies agree and conditions are met'],
      ['NATO also condemns Russia’s illegal attempt', 'largest attempted annexation of European territory'],
      ['The overwhelming vote in the United Nations General Assembly', 'Russia is isolated'],
      ['President Putin’s decision to attack Ukraine', 'President Putin heads Russia'],
    ];
    for (const [start, missing] of partly) {
      const sentence = sentences.find((s) => s.text.startsWith(start))!;
      expect(sentence.status, start).toBe('PARTLY_CAPTURED');
      expect(sentence.note?.note, start).toContain(missing);
    }
    // NSATU's purpose is held as a fact: it coordinates the Allies' donations and training.
    const nsatu = sentences.find((s) => s.text.startsWith('To coordinate all of these equipment donations'))!;
    expect(nsatu.status).toBe('CAPTURED');
    expect(nsatu.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain(
      'nsatu COORDINATES nato-allies',
    );
  });

  it('answers through the API as it does in the graph', async () => {
    const app = await realApp();
    const response = await runText<{
      source: { coverage: { sentences: number; unaccounted: number; capturedShare: number } };
    }>(
      app,
      '{ source(key: "nato-support-for-ukraine") { coverage { sentences unaccounted capturedShare } } }',
    );
    expect(response.data!.source.coverage).toMatchObject({ sentences: 163, unaccounted: 0 });
    expect(response.data!.source.coverage.capturedShare).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a source's sentences, paged", () => {
  it("pages a source's sentences by the same rule as every other list", async () => {
    const real = await realApp();
    const page = (args: string) =>
      runText<{
        source: {
          sentences: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: { index: number } }[];
          };
        } | null;
      }>(
        real,
        `{ source(key: "nato-support-for-ukraine") { sentences${args ? `(${args})` : ''} { totalCount pageInfo { hasNextPage endCursor } edges { node { index } } } } }`,
      );
    const over = await page('first: 1000');
    expect(over.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    const forged = await page(`after: "${Buffer.from('OffsetConnection:-5').toString('base64')}"`);
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(forged.errors?.[0]?.message).toMatch(/^after is not a cursor this service issued/);
    // Every sentence once, in reading order, page after page.
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await page(after === null ? 'first: 100' : `first: 100, after: "${after}"`);
      const sentences = response.data!.source!.sentences;
      seen.push(...sentences.edges.map((edge) => edge.node.index));
      if (!sentences.pageInfo.hasNextPage) {
        expect(seen).toEqual(Array.from({ length: sentences.totalCount }, (_, i) => i));
        break;
      }
      after = sentences.pageInfo.endCursor;
    }
    expect((await page('')).data!.source!.sentences.edges).toHaveLength(20);
  });
});

describe('npm run check:data', () => {
  const run = promisify(execFile);
  const checkData = (env: Record<string, string>, args: string[] = []) =>
    run(process.execPath, ['--import', 'tsx', 'src/check-data.ts', ...args], {
      cwd: new URL('..', import.meta.url).pathname,
      env: childEnv(env),
    });

  it('prints the coverage of each source and what is not held', async () => {
    const { stdout } = await checkData({});
    expect(stdout).toMatch(
      /nato-support-for-ukraine: 163 sentences; captured \d+ of the \d+ that state a fact \((9\d|100)\.\d%\)/,
    );
    expect(stdout).toContain('Partly captured (what is not held):');
    expect(stdout).not.toContain('UNACCOUNTED');
  });

  it('reads GRAPH_DATA_DIR, lists unaccounted sentences and exits 1 on them', async () => {
    // The fixture above: "Germany funds the package." is quoted by no fact and noted by no one.
    const dir = join(testTempDir('check-data'), 'graph-data');
    for (const { path, bytes } of files()) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const failure = await checkData({ GRAPH_DATA_DIR: dir }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain(
      'test-source: 7 sentences; captured 1 of the 3 that state a fact (33.3%)',
    );
    expect(failure?.stdout).toContain('[1] "Germany funds the package."');
    expect(failure?.stderr).toContain('1 sentence is unaccounted for');
  });
});
