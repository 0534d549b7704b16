import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, entity, graphData, relation, usd } from './support/fixtures.js';
import { realApp, run, loadRealGraph } from './support/client.js';
import { readDoc } from './support/docs.js';
import {
  buildKnowledgeGraph,
  getEntity,
  getRelation,
  type KnowledgeGraph,
} from '../src/graph/knowledge-graph.js';
import {
  KNOWN_FROM_BASES,
  entityKnownFrom,
  isRelationKnownBy,
  relationKnownFrom,
} from '../src/graph/known-from.js';
import { relationsOf } from '../src/graph/relations.js';
import { shortestPath } from '../src/graph/paths.js';
import { neighbourhood } from '../src/graph/neighbourhood.js';
import { timeline } from '../src/graph/timeline.js';
import { fundersOf } from '../src/graph/funding.js';
import { visibleParts } from '../src/explorer/visibility.js';
import { ExplorerGraphDocument, KnownFromDocument, ShortestPathDocument } from '../src/generated/graphql.js';
import { createApp, type App } from '../src/yoga.js';

// The one known-from rule (src/graph/known-from.ts), each step on a small graph, then on the
// real data through the API: every asOf view and the explorer's slider use it.

const SOURCE_DATE = '2025-12-10';

/** A graph whose one source speaks as of SOURCE_DATE (or of nothing, with asOf null). */
function timedGraph(asOf: string | null = SOURCE_DATE): KnowledgeGraph {
  return buildKnowledgeGraph({
    ...graphData(
      [
        entity('prog', 'PROGRAMME', 'Programme'),
        entity('prog-2024', 'PROGRAMME', 'Programme of 2024'),
        entity('later-prog', 'PROGRAMME', 'Programme with a launch'),
        entity('launch', 'EVENT', 'Launch', { date: '2025-11' }),
        entity('closing', 'EVENT', 'Closing', { date: '2026-02' }),
        entity('pkg-first', 'PACKAGE', 'First package', { date: '2025-08-04' }),
        entity('pkg-undated', 'PACKAGE', 'Undated package'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
        entity('person', 'PERSON', 'A person'),
        entity('office', 'ROLE', 'An office'),
        entity('loner', 'COUNTRY', 'Loner'),
      ],
      [
        relation('first-of-prog', 'PACKAGE_OF', 'pkg-first', 'prog', { date: '2025-08-04' }),
        relation('alpha-funds-first', 'FUNDS', 'alpha', 'pkg-first', { date: '2025-08-04' }),
        relation('so-far', 'PLEDGES', 'alpha', 'prog', {
          amount: usd(4e9),
          stage: 'PLEDGED',
          sumKind: 'RUNNING_TOTAL',
        }),
        relation('year-total', 'FUNDS', 'alpha', 'prog-2024', {
          amount: usd(50e9, 'OVER'),
          stage: 'PROVIDED',
          sumKind: 'PERIOD_TOTAL',
          period: '2024',
        }),
        relation('prog-coordinated', 'COORDINATES', 'alpha', 'prog'),
        relation('launch-concerns', 'CONCERNS', 'launch', 'later-prog'),
        relation('undated-of-later', 'PACKAGE_OF', 'pkg-undated', 'later-prog'),
        relation('alpha-funds-undated', 'FUNDS', 'alpha', 'pkg-undated'),
        relation('closing-concerns', 'CONCERNS', 'closing', 'alpha'),
        relation('holds-office', 'HOLDS_ROLE', 'person', 'office', { knownFrom: '2025-12-03' }),
        relation('office-unbounded', 'HEADS', 'office', 'alpha'),
      ],
    ),
    sources: [{ ...FIXTURE_SOURCE, asOf }],
  });
}

const bound = (kg: KnowledgeGraph, key: string) => {
  const known = relationKnownFrom(kg, getRelation(kg, key)!);
  return known && [known.date, known.basis];
};

describe('known-from: the rule, step by step', () => {
  it('1. a dated fact is known from its own date', () => {
    expect(bound(timedGraph(), 'first-of-prog')).toEqual(['2025-08-04', 'OWN_DATE']);
  });

  it('2. an undated fact with a curated date is known from the date its quote states', () => {
    expect(bound(timedGraph(), 'holds-office')).toEqual(['2025-12-03', 'QUOTED_DATE']);
  });

  it("3. a running total is known from its source's date", () => {
    expect(bound(timedGraph(), 'so-far')).toEqual([SOURCE_DATE, 'SOURCE_DATE']);
  });

  it('4. a total for a period is known once the period is over', () => {
    expect(bound(timedGraph(), 'year-total')).toEqual(['2024-12-31', 'PERIOD_END']);
  });

  it("5. an undated fact about a programme is known from the programme's start: its launch, or its first dated package", () => {
    const kg = timedGraph();
    expect(bound(kg, 'prog-coordinated')).toEqual(['2025-08-04', 'TIED']);
    expect(bound(kg, 'undated-of-later')).toEqual(['2025-11', 'TIED']);
    expect(bound(kg, 'alpha-funds-undated')).toEqual(['2025-11', 'TIED']);
    expect(relationKnownFrom(kg, getRelation(kg, 'alpha-funds-undated')!)!.anchor.entity?.key).toBe(
      'later-prog',
    );
  });

  it('5. an undated establishment is known no later than the first other fact about what it establishes', () => {
    const kg = buildKnowledgeGraph({
      ...graphData(
        [
          entity('prog', 'PROGRAMME', 'Programme'),
          entity('pkg', 'PACKAGE', 'Package', { date: '2025-08-04' }),
          entity('body', 'BODY', 'A body'),
          entity('idle', 'BODY', 'An idle body'),
          entity('alpha', 'COUNTRY', 'Alphaland'),
        ],
        [
          relation('pkg-of-prog', 'PACKAGE_OF', 'pkg', 'prog', { date: '2025-08-04' }),
          relation('prog-through-body', 'DELIVERS_THROUGH', 'prog', 'body'),
          relation('alpha-established-body', 'ESTABLISHED', 'alpha', 'body'),
          relation('alpha-established-idle', 'ESTABLISHED', 'alpha', 'idle'),
        ],
      ),
      sources: [{ ...FIXTURE_SOURCE, asOf: SOURCE_DATE }],
    });
    // The body delivered the programme's first package: it had been established by then.
    expect(bound(kg, 'alpha-established-body')).toEqual(['2025-08-04', 'TIED']);
    const known = relationKnownFrom(kg, getRelation(kg, 'alpha-established-body')!)!;
    expect([known.anchor.entity?.key, known.anchor.relation?.key]).toEqual(['body', 'prog-through-body']);
    // With nothing else known about it, the source's date, as before.
    expect(bound(kg, 'alpha-established-idle')).toEqual([SOURCE_DATE, 'SOURCE_DATE']);
    // The body is known from the fact that bounds its establishment, not from the establishment.
    expect(entityKnownFrom(kg, getEntity(kg, 'body')!)!.anchor.relation?.key).toBe('prog-through-body');
  });

  it("5b. a tie later than the source's date gives way to the source's date", () => {
    // The closing is an event the source announces for February 2026.
    expect(bound(timedGraph(), 'closing-concerns')).toEqual([SOURCE_DATE, 'SOURCE_DATE']);
  });

  it("6. anything else undated is known from its source's date, and without one, at any date", () => {
    expect(bound(timedGraph(), 'office-unbounded')).toEqual([SOURCE_DATE, 'SOURCE_DATE']);
    expect(bound(timedGraph(null), 'office-unbounded')).toBeNull();
    expect(
      isRelationKnownBy(timedGraph(null), getRelation(timedGraph(null), 'office-unbounded')!, '1900-01-01'),
    ).toBe(true);
  });

  it('leaves where a place lies unbounded: geography, not news', () => {
    const kg = buildKnowledgeGraph({
      ...graphData(
        [entity('city', 'CITY', 'A city'), entity('land', 'COUNTRY', 'A land')],
        [relation('city-in-land', 'LOCATED_IN', 'city', 'land')],
      ),
      sources: [{ ...FIXTURE_SOURCE, asOf: SOURCE_DATE }],
    });
    expect(bound(kg, 'city-in-land')).toBeNull();
  });

  it('an entity is known from its own date, else the earliest of its facts, else its sources', () => {
    const kg = timedGraph();
    const of = (key: string) => entityKnownFrom(kg, getEntity(kg, key)!);
    expect(of('launch')).toMatchObject({ date: '2025-11', basis: 'OWN_DATE' });
    expect(of('prog')).toMatchObject({ date: '2025-08-04', basis: 'FIRST_FACT' });
    expect(of('prog-2024')).toMatchObject({ date: '2024-12-31', basis: 'FIRST_FACT' });
    expect(of('person')).toMatchObject({ date: '2025-12-03', basis: 'FIRST_FACT' });
    expect(of('loner')).toBeNull();
  });
});

describe('known-from: every asOf view applies it', () => {
  const kg = timedGraph();
  it('relations, funders, timeline, paths and neighbourhoods leave out what is not known yet', () => {
    const day = '2025-12-02';
    expect(relationsOf(kg, 'person', { asOf: day })).toEqual([]);
    expect(relationsOf(kg, 'person', { asOf: '2025-12-03' })!.map((hit) => hit.relation.key)).toEqual([
      'holds-office',
    ]);
    expect(shortestPath(kg, 'person', 'office', { asOf: day })).toBeNull();
    expect(shortestPath(kg, 'person', 'office', { asOf: '2025-12-03' })?.steps).toHaveLength(1);
    expect(neighbourhood(kg, 'person', { asOf: day }).nodes.map((node) => node.entity.key)).toEqual([
      'person',
    ]);
    expect(fundersOf(kg, 'prog', { asOf: '2025-12-09' })!.map((record) => record.relations[0]!.key)).toEqual([
      'alpha-funds-first',
    ]);
    expect(fundersOf(kg, 'prog', { asOf: SOURCE_DATE })!.map((record) => record.relations[0]!.key)).toEqual([
      'alpha-funds-first',
      'so-far',
    ]);
    expect(timeline(kg, { asOf: '2025-08-03' })).toEqual([]);
  });

  it("draws the explorer's slider with the same bounds: a fact shows from its known-from date", () => {
    const drawn = (day: string) =>
      visibleParts(
        kg.graph.mapNodes((key, entity) => ({
          key,
          kind: entity.kind,
          knownFrom: entityKnownFrom(kg, entity)?.date ?? null,
        })),
        kg.graph.mapEdges((key, r) => ({
          key,
          type: r.type,
          knownFrom: relationKnownFrom(kg, r)?.date ?? null,
          from: r.from,
          to: r.to,
        })),
        { hiddenKinds: new Set(), hiddenTypes: new Set(), asOf: day },
      );
    expect(drawn('2025-12-02').relations.has('holds-office')).toBe(false);
    expect(drawn('2025-12-03').relations.has('holds-office')).toBe(true);
    expect(drawn('2025-12-02').entities.has('person')).toBe(false);
  });

  it('gives the explorer the same bounds it draws the slider with', async () => {
    const response = await run(createApp({ current: kg }), ExplorerGraphDocument, {
      withStats: false,
      withEntities: true,
      withRelations: true,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.relationsConnection!.edges).toHaveLength(kg.graph.size);
    for (const { node: drawn } of response.data!.relationsConnection!.edges) {
      expect(drawn.knownFrom?.date ?? null).toBe(
        relationKnownFrom(kg, getRelation(kg, drawn.key)!)?.date ?? null,
      );
    }
    for (const { node: drawn } of response.data!.entitiesConnection!.edges) {
      expect(drawn.knownFrom?.date ?? null).toBe(
        entityKnownFrom(kg, getEntity(kg, drawn.key)!)?.date ?? null,
      );
    }
  });
});

describe('known-from rules in docs/api.md', () => {
  it('name every basis, FIRST_FACT with the entities the text gives as examples', async () => {
    const text = readDoc('docs/api.md');
    const section = text.slice(text.indexOf('**What was the picture on a given date?**'));
    const unnamed = Object.keys(KNOWN_FROM_BASES).filter((basis) => !section.includes(`\`${basis}\``));
    expect(unnamed).toEqual([]);
    const kg = await loadRealGraph();
    expect(entityKnownFrom(kg, getEntity(kg, 'purl')!)).toMatchObject({
      basis: 'FIRST_FACT',
      date: '2025-08-04',
    });
    expect(entityKnownFrom(kg, getEntity(kg, 'netherlands')!)).toMatchObject({
      basis: 'FIRST_FACT',
      date: '1949',
    });
  });
});

describe('known-from on the curated data, through the API', () => {
  let app: App;
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    app = await realApp();
    kg = await loadRealGraph();
  });

  it('shows Mark Rutte as Secretary General from 3 December 2025, the day the source ties him to, not in 2022', async () => {
    const asOf = async (day: string | null) => {
      const response = await run(app, KnownFromDocument, { key: 'mark-rutte', asOf: day });
      expect(response.errors).toBeUndefined();
      return response.data!.entity!;
    };
    expect((await asOf('2022-09-30')).relations.totalCount).toBe(0);
    const now = await asOf('2025-12-03');
    const office = now.relations.edges.find((edge) => edge.relation.type === 'HOLDS_ROLE')!;
    expect(office.relation.knownFrom).toMatchObject({ date: '2025-12-03', basis: 'QUOTED_DATE' });
    expect(now.knownFrom).toMatchObject({ date: '2025-12-03', basis: 'FIRST_FACT' });
    const path = await run(app, ShortestPathDocument, {
      from: 'mark-rutte',
      to: 'secretary-general',
      asOf: '2024-06-01',
    });
    expect(path.data!.pathsConnection!.edges).toEqual([]);
    expect(path.data!.pathsConnection!.noPath?.reason).toBe('FILTERED_OUT');
  });

  it("dates PURL's undated commitment by the page's date, and UNITE's first round by UNITE's launch", () => {
    expect(bound(kg, 'nato-allies-pledges-purl-usd-4-billion')).toEqual(['2025-12-10', 'SOURCE_DATE']);
    expect(bound(kg, 'unite-first-round-grant-funding-package-of-unite')).toEqual(['2025-11', 'TIED']);
    expect(bound(kg, 'nato-coordinates-purl')).toEqual(['2025-08-04', 'TIED']);
    expect(
      bound(kg, 'nato-allies-funds-long-term-security-assistance-pledge-2024-over-eur-50-billion'),
    ).toEqual(['2024-12-31', 'PERIOD_END']);
    // "almost 60% of which came from European Allies and Canada": a share of that 2024 total,
    // known when the total is, not from January 2024.
    expect(
      bound(kg, 'european-allies-and-canada-provided-share-of-long-term-security-assistance-pledge-2024'),
    ).toEqual(['2024-12-31', 'PERIOD_END']);
  });

  it('is never later than the source’s own date for an undated fact', () => {
    kg.graph.forEachEdge((_key, relation) => {
      if (relation.date !== null) return;
      const known = relationKnownFrom(kg, relation);
      if (known && relation.citations.every((citation) => citation.source === 'nato-support-for-ukraine'))
        expect(known.date <= '2025-12-10').toBe(true);
    });
  });
});
