import { describe, expect, it } from 'vitest';
import { parseDay, readDayField } from '../src/explorer/day-field.js';
import { inTheTotals, type Row, sumKindWords } from '../src/explorer/funding-view.js';
import { sortRows } from '../src/explorer/entity-table.js';
import type { ExplorerEntity } from '../src/explorer/graph-view.js';
import { type Box, type LabelCandidate, overlaps, placeLabels } from '../src/explorer/label-placement.js';
import { stepSentence } from '../src/explorer/path-list.js';
import type { ExplorerSourceQuery } from '../src/explorer/generated/graphql.js';
import {
  coverageCounts,
  factsOf,
  IncompleteSourceError,
  type SourceSentence,
  sourceReader,
} from '../src/explorer/source-reader.js';
import { DEFAULT_STATE, formatViewState, parseViewState } from '../src/explorer/url-state.js';
import { RELATION_PHRASES } from '../src/explorer/vocabulary.js';
import { RELATION_TYPES } from '../src/graph/vocabulary.js';
import { describeChange } from '../src/explorer/visibility.js';
import { enteringScale, leavingSize, transitionProgress } from '../src/explorer/transition.js';

// The explorer's new parts that need no browser: where labels go, how the date field reads a day,
// what a move of the date says, how a path step reads, the address of the new views, the entity
// table's order and the reading view's bookkeeping. tests/explorer-screens.browser.test.ts drives
// them in Chromium.

describe('placeLabels', () => {
  const bounds: Box = { x: 0, y: 0, width: 600, height: 400 };
  /** A hub at the centre with `count` neighbours on a ring around it, labels 120 by 17 pixels. */
  function hub(count: number, ring = 60): LabelCandidate[] {
    const centre: LabelCandidate = {
      key: 'hub',
      x: 300,
      y: 200,
      radius: 16,
      width: 60,
      height: 17,
      priority: 1e6,
    };
    const neighbours = Array.from({ length: count }, (_, i) => {
      const angle = (2 * Math.PI * i) / count;
      return {
        key: `n${i}`,
        x: 300 + ring * Math.cos(angle),
        y: 200 + ring * Math.sin(angle),
        radius: 4,
        width: 120,
        height: 17,
        priority: 4,
      };
    });
    return [centre, ...neighbours];
  }

  it('places nothing when there is nothing to place, and nothing outside a box too small', () => {
    expect(placeLabels([], { bounds })).toEqual([]);
    const [centre] = hub(0);
    expect(placeLabels([centre!], { bounds: { x: 0, y: 0, width: 40, height: 40 } })).toEqual([]);
  });

  it('never lets two labels overlap around a hub of 38 neighbours, and keeps the hub labelled', () => {
    const candidates = hub(38);
    const placed = placeLabels(candidates, { bounds });
    expect(placed[0]?.key).toBe('hub');
    // Some labels have to give way: 38 labels of 120 pixels do not fit around a 60-pixel ring.
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(candidates.length);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.key} and ${b.key}`).toBe(false);
  });

  it('keeps labels inside the drawing and off the controls laid over it, moving them to the left', () => {
    const zoomButtons: Box = { x: 540, y: 0, width: 60, height: 120 };
    const nearEdge: LabelCandidate = {
      key: 'edge',
      x: 520,
      y: 60,
      radius: 5,
      width: 100,
      height: 17,
      priority: 1,
    };
    const [placed] = placeLabels([nearEdge], { bounds, obstacles: [zoomButtons] });
    expect(placed?.side).toBe('left');
    expect(overlaps(placed!.box, zoomButtons)).toBe(false);
    expect(placed!.box.x).toBeGreaterThanOrEqual(0);
  });

  it('slides a long label above or below its node sideways when neither side has room', () => {
    const zoomButtons: Box = { x: 540, y: 0, width: 60, height: 120 };
    // 500 pixels of name for a node at x = 300: no room to the right or left, and centred above
    // it the label would run under the zoom buttons; slid 10 pixels left, it fits.
    const long: LabelCandidate = {
      key: 'long',
      x: 300,
      y: 100,
      radius: 8,
      width: 500,
      height: 17,
      priority: 1,
    };
    const [placed] = placeLabels([long], { bounds, obstacles: [zoomButtons] });
    expect(placed?.side).toBe('above');
    expect(placed!.box.x).toBeGreaterThanOrEqual(0);
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(540);
  });

  it('does not write a label over another labelled node, unless it is required and has no other room', () => {
    const a: LabelCandidate = { key: 'a', x: 100, y: 100, radius: 5, width: 80, height: 17, priority: 2 };
    const b: LabelCandidate = { key: 'b', x: 140, y: 100, radius: 5, width: 80, height: 17, priority: 1 };
    const placed = placeLabels([a, b], { bounds });
    expect(placed.find((label) => label.key === 'a')?.side).not.toBe('right');
    // The selected entity boxed in by its neighbours on every side.
    const hemmed = [
      { ...a, key: 'selected', priority: 9 },
      ...[
        [-60, 0],
        [60, 0],
        [0, -25],
        [0, 25],
      ].map(([dx, dy], i) => ({ ...b, key: `n${i}`, x: 100 + dx!, y: 100 + dy!, radius: 12 })),
    ];
    expect(placeLabels(hemmed, { bounds }).map((label) => label.key)).not.toContain('selected');
    hemmed[0] = { ...hemmed[0]!, required: true };
    expect(placeLabels(hemmed, { bounds })[0]?.key).toBe('selected');
  });
});

describe('parseDay', () => {
  it('refuses what is not a real day, including the locale form the date picker showed', () => {
    for (const text of ['', '11/08/2024', '2024-13-01', '2024-02-30', '8 Novembre 2024', '2024', 'soon'])
      expect(parseDay(text), text).toBeNull();
  });

  it('reads ISO days and the page own words, giving ISO', () => {
    expect(parseDay('2024-11-08')).toBe('2024-11-08');
    expect(parseDay(' 2024-1-8 ')).toBe('2024-01-08');
    expect(parseDay('8 November 2024')).toBe('2024-11-08');
    expect(parseDay('29 Feb 2024')).toBe('2024-02-29');
  });
});

describe('readDayField', () => {
  it('applies nothing while a day is half typed, nor an emptied field before the reader is done', () => {
    for (const text of ['2', '2024-02', '2024-02-3', '2024-2-3', '8 Nov', '8 November 202', ''])
      expect(readDayField(text, false), text).toEqual({ kind: 'wait' });
  });

  it('refuses a whole day that does not exist, as typed or when done', () => {
    expect(readDayField('2024-02-30', false)).toEqual({ kind: 'invalid' });
    expect(readDayField('2024-02-30', true)).toEqual({ kind: 'invalid' });
    expect(readDayField('11/08/2024', true)).toEqual({ kind: 'invalid' });
  });

  it('applies a whole day as it is typed, and any readable day or an empty field when done', () => {
    expect(readDayField('2024-02-13', false)).toEqual({ kind: 'day', day: '2024-02-13' });
    expect(readDayField('8 November 2024', false)).toEqual({ kind: 'day', day: '2024-11-08' });
    expect(readDayField('2024-2-3', true)).toEqual({ kind: 'day', day: '2024-02-03' });
    expect(readDayField(' ', true)).toEqual({ kind: 'day', day: null });
  });
});

describe('the funding view in words', () => {
  it('says what kind of figure a total is, with its period or its date in the page words', () => {
    expect(sumKindWords({ sumKind: 'DISCRETE', period: null, date: '2025-08-13' })).toBeNull();
    expect(sumKindWords({ sumKind: 'RUNNING_TOTAL', period: '2025', date: null })).toBe(
      'a running total for 2025',
    );
    expect(sumKindWords({ sumKind: 'RUNNING_TOTAL', period: null, date: '2025-12-10' })).toBe(
      'a running total to 10 December 2025',
    );
    expect(sumKindWords({ sumKind: 'PERIOD_TOTAL', period: '2024', date: null })).toBe('a total for 2024');
    expect(sumKindWords({ sumKind: 'TARGET', period: '2026', date: null })).toBe('a target for 2026');
  });

  it('names the total that already includes a sum, never its key', () => {
    const sum = { key: 'pkg' } as Row['sum'];
    const row: Row = {
      sum,
      basis: null,
      setAside: {
        reason: 'INCLUDED_IN_PROGRAMME_TOTAL',
        includedIn: {
          key: 'allies-over-4-billion',
          date: '2025-12-10',
          period: null,
          sumKind: 'RUNNING_TOTAL',
          amount: { text: 'over 4 billion (currency not stated)' },
          funders: [{ key: 'allies', name: 'NATO Allies and partners' }],
        },
      },
    };
    expect(inTheTotals(row)).toBe(
      'Already in over 4 billion (currency not stated) from NATO Allies and partners, a running total to 10 December 2025: not added',
    );
    expect(inTheTotals({ sum, basis: 'SUM', setAside: null })).toBe('Added');
    expect(inTheTotals({ sum, basis: null, setAside: { reason: 'NO_AMOUNT', includedIn: null } })).toBe(
      'No amount stated: nothing to add',
    );
  });
});

describe('describeChange', () => {
  const name = (key: string) => key.toUpperCase();

  it('says nothing when the drawing did not change', () => {
    expect(describeChange(new Set(['a']), new Set(['a']), name)).toBeNull();
  });

  it('names what left and what joined, three at most, in alphabetical order', () => {
    const before = new Set(['a', 'b', 'c', 'd', 'e', 'keep']);
    expect(describeChange(before, new Set(['keep', 'new']), name)).toBe(
      '5 entities left the drawing (A; B; C and 2 more); 1 entity joined it (NEW).',
    );
  });
});

describe('stepSentence', () => {
  it('says when a step walks its relation backwards, and leaves a forward step as it is', () => {
    const text = 'NATO Security Assistance and Training for Ukraine supports Ukraine';
    expect(stepSentence({ text, direction: 'IN' })).toBe(`${text}, read backwards`);
    expect(stepSentence({ text, direction: 'OUT' })).toBe(text);
  });
});

describe('the address of the new views', () => {
  it('drops an unknown view or sentence, and reads the phone tabs, the direction and the source', () => {
    expect(parseViewState('?view=table&sentence=-1&direction=sideways')).toEqual(DEFAULT_STATE);
    const state = {
      ...DEFAULT_STATE,
      view: 'source' as const,
      from: 'netherlands',
      to: 'wiesbaden',
      forwardOnly: true,
      source: 'nato-support-for-ukraine',
      sentence: 12,
    };
    const text = formatViewState(state);
    expect(text).toBe(
      '?view=source&from=netherlands&to=wiesbaden&direction=forward&source=nato-support-for-ukraine&sentence=12',
    );
    expect(parseViewState(text)).toEqual(state);
    expect(parseViewState('?view=path').view).toBe('path');
    expect(parseViewState('?view=filters').view).toBe('filters');
  });
});

describe('sortRows', () => {
  const entity = (key: string, kind: ExplorerEntity['kind'], date: string | null): ExplorerEntity => ({
    key,
    name: key,
    kind,
    date,
    knownFrom: date,
    pageRank: 0,
    position: null,
  });
  const rows = [
    { entity: entity('Brave1', 'BODY', null), relations: 2 },
    { entity: entity('Albania', 'COUNTRY', null), relations: 2 },
    { entity: entity('Vilnius Summit', 'SUMMIT', '2023'), relations: 5 },
  ];

  it('orders by name, kind, date (undated last) and relations (most first)', () => {
    const keys = (column: Parameters<typeof sortRows>[1]) =>
      sortRows(rows, column).map((row) => row.entity.key);
    expect(keys('name')).toEqual(['Albania', 'Brave1', 'Vilnius Summit']);
    expect(keys('kind')).toEqual(['Brave1', 'Albania', 'Vilnius Summit']);
    expect(keys('date')).toEqual(['Vilnius Summit', 'Albania', 'Brave1']);
    expect(keys('relations')).toEqual(['Vilnius Summit', 'Albania', 'Brave1']);
  });
});

describe('the reading view data', () => {
  const sentence = (index: number, extra: Partial<SourceSentence>): SourceSentence => ({
    index,
    text: `Sentence ${index}.`,
    form: 'SENTENCE',
    section: null,
    coverage: 'NO_FACT',
    reason: null,
    noFact: null,
    unaccounted: false,
    link: null,
    entities: [],
    relations: [],
    ...extra,
  });
  const sentences = [
    sentence(0, { coverage: 'NO_FACT', reason: 'a heading', noFact: 'HEADING', form: 'HEADING' }),
    sentence(1, {
      coverage: 'CAPTURED',
      entities: [{ key: 'nsatu', name: 'NSATU', kind: 'BODY' }],
      relations: [
        {
          key: 'nsatu-based-in-wiesbaden',
          type: 'BASED_IN',
          text: 'NSATU is based in Wiesbaden',
          figure: null,
          from: 'nsatu',
          to: 'wiesbaden',
        },
      ],
    }),
    sentence(2, { coverage: 'NOT_CAPTURED', reason: 'refugees are not in the graph' }),
    sentence(3, { coverage: 'PARTLY_CAPTURED', reason: 'the hubs are only in the quote' }),
  ];

  it('counts sentences by coverage', () => {
    expect(coverageCounts(sentences)).toEqual({
      CAPTURED: 1,
      PARTLY_CAPTURED: 1,
      NOT_CAPTURED: 1,
      NO_FACT: 1,
    });
  });

  it("highlights a sentence's entities, its relations and both ends of each relation", () => {
    expect(factsOf(sentences[1]!)).toEqual({
      entities: new Set(['nsatu', 'wiesbaden']),
      relations: new Set(['nsatu-based-in-wiesbaden']),
    });
    expect(factsOf(sentences[2]!)).toEqual({ entities: new Set(), relations: new Set() });
  });
});

describe('relation phrases', () => {
  it("words every relation type as the service's explanations do", () => {
    const service = Object.fromEntries(
      Object.entries(RELATION_TYPES).map(([type, spec]) => [type, spec.phrase]),
    );
    expect(RELATION_PHRASES).toEqual(service);
  });
});

describe('sourceReader', () => {
  type Source = NonNullable<ExplorerSourceQuery['source']>;
  type Node = Source['sentences']['edges'][number]['node'];
  const node = (index: number, extra: Partial<Node> = {}): Node => ({
    index,
    text: `Sentence ${index}.`,
    form: 'SENTENCE',
    section: 'Heading',
    status: 'CAPTURED',
    notHeld: null,
    unaccounted: false,
    link: null,
    noFact: null,
    entities: [],
    relations: [],
    ...extra,
  });
  /**
   * A service with `total` sentences in pages of `size`, which can lose one sentence or never stop
   * paging; it records the cursors it is asked for.
   */
  const service = (total: number, size: number, fault: 'none' | 'lose' | 'endless' = 'none') => {
    const asked: (string | null)[] = [];
    const nodes = Array.from({ length: total }, (_, i) => node(i));
    const run = (async (_document: unknown, variables: { key?: string; after?: string | null }) => {
      if (variables.key === undefined)
        return {
          sourcesConnection: {
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [
              { node: { key: 'own', title: 'Own facts', kind: 'COMPILED', coverage: { sentences: 3 } } },
              {
                node: {
                  key: 'page',
                  title: "NATO's page",
                  kind: 'PUBLISHED',
                  coverage: { sentences: total },
                },
              },
            ],
          },
        };
      if (variables.key !== 'page') return { source: null };
      asked.push(variables.after ?? null);
      const start = variables.after ? Number(variables.after) : 0;
      const page = nodes.slice(start, start + size).filter((n) => !(fault === 'lose' && n.index === 1));
      const end = start + size;
      const source: Source = {
        key: 'page',
        title: "NATO's page",
        kind: 'PUBLISHED',
        publisher: 'NATO',
        url: 'https://example.org/page',
        references: [],
        coverage: {
          sentences: total,
          captured: total,
          partlyCaptured: 0,
          notCaptured: 0,
          noFact: 0,
          unaccounted: 0,
        },
        sentences: {
          totalCount: total,
          pageInfo: { hasNextPage: fault === 'endless' || end < total, endCursor: String(end) },
          edges: page.map((n) => ({ node: n })),
        },
      };
      return { source };
    }) as unknown as Parameters<typeof sourceReader>[0];
    return { run, asked };
  };

  it('gives null for a source the service does not have', async () => {
    expect(await sourceReader(service(3, 100).run).read('missing')).toBeNull();
  });

  it('refuses a text whose sentences do not add up to the count, or a service that never stops paging', async () => {
    await expect(sourceReader(service(150, 100, 'lose').run).read('page')).rejects.toThrow(
      new IncompleteSourceError("The service gave 149 of the 150 sentences of “NATO's page”, out of order."),
    );
    const endless = service(150, 100, 'endless');
    await expect(sourceReader(endless.run).read('page')).rejects.toThrow('kept paging past 150 sentences');
    expect(endless.asked).toEqual([null, '100']);
  });

  it('reads every sentence page by page, following each end cursor, in reading order', async () => {
    const { run, asked } = service(250, 100);
    const text = await sourceReader(run).read('page');
    expect(asked).toEqual([null, '100', '200']);
    expect(text?.sentences.map((s) => s.index)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(text).toMatchObject({ key: 'page', kind: 'PUBLISHED', publisher: 'NATO', references: [] });
  });

  it('lists published sources before compiled ones', async () => {
    expect((await sourceReader(service(3, 100).run).sources()).map((s) => s.key)).toEqual(['page', 'own']);
  });
});

describe('the drawing of an animated change', () => {
  it('never goes below the start, even when the first frame began before the change', () => {
    // requestAnimationFrame gives the frame's start, which can precede the change's own clock read.
    expect(transitionProgress(995, 1000, 900)).toBe(0);
    expect(transitionProgress(1450, 1000, 900)).toBe(0.5);
    expect(transitionProgress(5000, 1000, 900)).toBe(1);
    expect(transitionProgress(1000, 1000, 0)).toBe(1);
  });

  it('grows an entity in from nothing, past its size and back, and shrinks one away to 2 pixels', () => {
    expect(enteringScale(0)).toBe(0);
    expect(enteringScale(0.6)).toBe(1.5);
    expect(enteringScale(1)).toBe(1);
    expect(leavingSize(16, 0)).toBe(16);
    expect(leavingSize(16, 1)).toBe(2);
    // Whatever progress it is given, no size is negative: the canvas throws on a negative radius.
    for (const t of [-0.5, -0.01, 0, 0.3, 0.6, 0.9, 1, 1.2]) {
      expect(enteringScale(t)).toBeGreaterThanOrEqual(0);
      expect(leavingSize(3, t)).toBeGreaterThanOrEqual(2);
    }
  });
});
