import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, listEntities } from '../src/graph/knowledge-graph.js';
import { relationsOf } from '../src/graph/relations.js';
import { contributionsOf, fundersOf } from '../src/graph/funding.js';
import { searchEntities } from '../src/graph/search.js';
import { didYouMeanEntity, suggestEntityKeys } from '../src/graph/key-suggestion.js';
import { fundingTotals } from '../src/graph/funding-totals.js';
import { paths } from '../src/graph/paths.js';
import { neighbourhood } from '../src/graph/neighbourhood.js';
import { timeline } from '../src/graph/timeline.js';
import {
  MAX_PAGE_SIZE,
  checkPageArgs,
  countMatching,
  decodeCursor,
  encodeCursor,
  orderedList,
  scanPage,
} from '../src/graph/pagination.js';
import { InvalidArgumentError } from '../src/graph/errors.js';
import { formatMoney } from '../src/graph/money.js';
import { citationLink } from '../src/graph/citations.js';
import { entity, graphData, relation, usd, FIXTURE_SOURCE } from './support/fixtures.js';

// A programme with a jointly funded package, a package funded alone, and a sum stated for the
// programme as a whole.
const fundingGraph = () =>
  buildKnowledgeGraph(
    graphData(
      [
        entity('prog', 'PROGRAMME', 'Programme', { aliases: ['PROG'] }),
        entity('pkg-joint', 'PACKAGE', 'Joint PROG package'),
        entity('pkg-solo', 'PACKAGE', 'Solo PROG package'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
        entity('beta', 'COUNTRY', 'Betaland'),
        entity('gamma', 'COUNTRY', 'Gammaland'),
        entity('allies', 'GROUP', 'Allies'),
      ],
      [
        relation('alpha-funds-joint', 'FUNDS', 'alpha', 'pkg-joint', { date: '2025-08-05' }),
        relation('beta-funds-joint', 'FUNDS', 'beta', 'pkg-joint', { date: '2025-08-05' }),
        relation('joint-of-prog', 'PACKAGE_OF', 'pkg-joint', 'prog', {
          amount: usd(500e6),
          date: '2025-08-05',
        }),
        relation('gamma-funds-solo', 'FUNDS', 'gamma', 'pkg-solo', { date: '2025-08-04' }),
        relation('solo-of-prog', 'PACKAGE_OF', 'pkg-solo', 'prog'),
        relation('allies-pledge-prog', 'PLEDGES', 'allies', 'prog', { amount: usd(4e9) }),
      ],
    ),
  );

describe('fundersOf', () => {
  it('returns null for an unknown entity', () => {
    expect(fundersOf(fundingGraph(), 'nowhere')).toBeNull();
  });

  it('names each joint funder with the whole package amount, never a share', () => {
    const funders = fundersOf(fundingGraph(), 'pkg-joint')!;
    expect(funders.map((f) => [f.funder.key, f.amount?.value, f.cofunders.map((c) => c.key)])).toEqual([
      ['alpha', 500e6, ['beta']],
      ['beta', 500e6, ['alpha']],
    ]);
    expect(funders[0]!.recipient.key).toBe('prog');
    expect(funders[0]!.via?.key).toBe('pkg-joint');
  });

  it("reaches a programme's funders through its packages, dated first and undated last", () => {
    const funders = fundersOf(fundingGraph(), 'prog')!;
    expect(funders.map((f) => [f.funder.key, f.via?.key ?? null, f.date, f.pledged])).toEqual([
      ['gamma', 'pkg-solo', '2025-08-04', false],
      ['alpha', 'pkg-joint', '2025-08-05', false],
      ['beta', 'pkg-joint', '2025-08-05', false],
      ['allies', null, null, true],
    ]);
    expect(funders[0]!.amount).toBeNull();
    expect(funders[3]!.amount).toEqual(usd(4e9));
  });

  it("cites both the funder's relation and the package's", () => {
    const [alpha] = fundersOf(fundingGraph(), 'pkg-joint')!;
    expect(alpha!.relations.map((r) => r.key)).toEqual(['alpha-funds-joint', 'joint-of-prog']);
    expect(alpha!.citations).toHaveLength(2);
  });
});

describe('contributionsOf', () => {
  it('lists what a funder paid for, with the programme as recipient', () => {
    const records = contributionsOf(fundingGraph(), 'alpha')!;
    expect(records.map((r) => [r.recipient.key, r.via?.key, r.amount?.value])).toEqual([
      ['prog', 'pkg-joint', 500e6],
    ]);
  });
});

describe('relationsOf', () => {
  const kg = fundingGraph();

  it('returns null for an unknown entity', () => {
    expect(relationsOf(kg, 'nowhere')).toBeNull();
  });

  it('filters by direction and type, and orders by type, date and key', () => {
    const out = relationsOf(kg, 'pkg-joint', { direction: 'OUT' })!;
    expect(out.map((hit) => [hit.relation.key, hit.direction, hit.other.key])).toEqual([
      ['joint-of-prog', 'OUT', 'prog'],
    ]);
    const both = relationsOf(kg, 'pkg-joint')!;
    expect(both.map((hit) => hit.relation.key)).toEqual([
      'alpha-funds-joint',
      'beta-funds-joint',
      'joint-of-prog',
    ]);
    const funds = relationsOf(kg, 'prog', { types: ['PLEDGES'] })!;
    expect(funds.map((hit) => hit.other.key)).toEqual(['allies']);
  });

  it('filters by the kind of the other end', () => {
    const hits = relationsOf(kg, 'pkg-joint', { otherKinds: ['PROGRAMME'] })!;
    expect(hits.map((hit) => hit.other.key)).toEqual(['prog']);
  });

  it('lists a self-loop once when both directions are asked for', () => {
    const loop = buildKnowledgeGraph(
      graphData([entity('a', 'BODY')], [relation('a-a', 'COORDINATES', 'a', 'a')]),
    );
    expect(relationsOf(loop, 'a')!.map((hit) => hit.direction)).toEqual(['OUT']);
    expect(relationsOf(loop, 'a', { direction: 'IN' })!.map((hit) => hit.direction)).toEqual(['IN']);
  });
});

describe('searchEntities', () => {
  const kg = buildKnowledgeGraph(
    graphData(
      [
        entity('dprk', 'COUNTRY', "Democratic People's Republic of Korea", {
          aliases: ['North Korea', 'DPRK'],
        }),
        entity('north-macedonia', 'COUNTRY', 'North Macedonia'),
        entity('turkiye', 'COUNTRY', 'Türkiye', { aliases: ['Turkey'] }),
        entity('purl', 'PROGRAMME', 'Prioritised Ukraine Requirements List', { aliases: ['PURL'] }),
        entity('purl-package-germany', 'PACKAGE', 'PURL package funded by Germany'),
        entity('purl-package-canada', 'PACKAGE', 'PURL package funded by Canada'),
      ],
      [],
    ),
  );

  it('refuses a page larger than the cap', () => {
    expect(() => searchEntities(kg.search, 'x', { first: 101 })).toThrow(InvalidArgumentError);
  });

  it('returns nothing for blank text', () => {
    expect(searchEntities(kg.search, '  — ')).toEqual([]);
  });

  it('finds an entity by an alias of several words, before weaker matches', () => {
    expect(searchEntities(kg.search, 'North Korea')).toEqual(['dprk']);
    expect(searchEntities(kg.search, 'north').sort()).toEqual(['dprk', 'north-macedonia']);
  });

  it('ignores case and accents', () => {
    expect(searchEntities(kg.search, 'TURKIYE')).toEqual(['turkiye']);
    expect(searchEntities(kg.search, 'türk')).toEqual(['turkiye']);
  });

  it('puts the programme before its packages for its acronym', () => {
    expect(searchEntities(kg.search, 'PURL')).toEqual([
      'purl',
      'purl-package-canada',
      'purl-package-germany',
    ]);
  });

  it('matches prefixes of words', () => {
    expect(searchEntities(kg.search, 'prior')).toEqual(['purl']);
  });

  it('filters by kind', () => {
    expect(searchEntities(kg.search, 'purl', { kinds: ['PACKAGE'] })).toEqual([
      'purl-package-canada',
      'purl-package-germany',
    ]);
  });

  it('forgives a typo only when nothing matches exactly', () => {
    expect(searchEntities(kg.search, 'Macedonai')).toEqual(['north-macedonia']);
  });
});

describe('suggestEntityKeys', () => {
  // Keys that are not the names: an alias, an accent, a group that shares an alias with a country.
  const kg = buildKnowledgeGraph(
    graphData(
      [
        entity('united-kingdom', 'COUNTRY', 'United Kingdom', { aliases: ['UK', 'Britain'] }),
        entity('turkiye', 'COUNTRY', 'Türkiye'),
        entity('germany', 'COUNTRY', 'Germany'),
        entity('uk-group', 'GROUP', 'Coalition', { aliases: ['UK'] }),
        entity('wiesbaden', 'CITY', 'Wiesbaden'),
        entity('purl', 'PROGRAMME', 'Prioritised Ukraine Requirements List', { aliases: ['PURL'] }),
      ],
      [relation('germany-funds-uk-group', 'FUNDS', 'germany', 'uk-group')],
    ),
  );

  it('suggests nothing for a key that exists, an unrelated word, or text too long to be a key', () => {
    expect(suggestEntityKeys(kg, 'germany')).toEqual([]);
    expect(suggestEntityKeys(kg, 'zzzz')).toEqual([]);
    expect(suggestEntityKeys(kg, 'U'.repeat(201))).toEqual([]);
    expect(didYouMeanEntity(kg, 'zzzz')).toBe('');
  });

  it('suggests the entities whose name or alias is the text, ignoring case and accents', () => {
    expect(suggestEntityKeys(kg, 'uk')).toEqual(['uk-group', 'united-kingdom']);
    expect(suggestEntityKeys(kg, 'UK', ['COUNTRY'])).toEqual(['united-kingdom']);
    expect(suggestEntityKeys(kg, 'britain')).toEqual(['united-kingdom']);
    expect(suggestEntityKeys(kg, 'TURKIYE')).toEqual(['turkiye']);
    expect(suggestEntityKeys(kg, 'United Kingdom')).toEqual(['united-kingdom']);
  });

  it('else suggests the key a typo or two away', () => {
    expect(suggestEntityKeys(kg, 'germny')).toEqual(['germany']);
    expect(suggestEntityKeys(kg, 'united-kingdon')).toEqual(['united-kingdom']);
  });

  it('ends the message of every argument that refuses an unknown key', () => {
    expect(didYouMeanEntity(kg, 'UK', ['COUNTRY'])).toBe('; did you mean "united-kingdom" (United Kingdom)?');
    const refusal = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    // A group may fund too, and one is also known as "UK": both are named.
    expect(refusal(() => fundingTotals(kg, { funder: 'UK' }))).toMatch(
      /"UK"; did you mean "uk-group" \(Coalition\) or "united-kingdom" \(United Kingdom\)\?$/,
    );
    expect(refusal(() => fundingTotals(kg, { programme: 'PURL' }))).toMatch(/"PURL"; did you mean "purl"/);
    // Only an entity the argument accepts is suggested: a group is no programme.
    expect(refusal(() => fundingTotals(kg, { programme: 'Coalition' }))).toMatch(/no entity "Coalition"$/);
    expect(refusal(() => paths(kg, 'Germany', 'wiesbaden'))).toMatch(/^from: .*did you mean "germany"/);
    expect(refusal(() => paths(kg, 'germany', 'Wiesbaden'))).toMatch(/^to: .*did you mean "wiesbaden"/);
    expect(refusal(() => neighbourhood(kg, 'Türkiye'))).toMatch(/did you mean "turkiye" \(Türkiye\)/);
    expect(refusal(() => timeline(kg, { about: 'britain' }))).toMatch(/did you mean "united-kingdom"/);
  });
});

describe('scanPage', () => {
  const list = orderedList(['a', 'b', 'c', 'd'], (item) => item);

  it('refuses a negative page size, one over the cap, and a foreign or vanished cursor', () => {
    expect(() => checkPageArgs({ first: -1 })).toThrow(/non-negative/);
    expect(() => checkPageArgs({ last: MAX_PAGE_SIZE + 1 })).toThrow(`at most ${MAX_PAGE_SIZE}`);
    expect(() => decodeCursor('bm90LWEtY3Vyc29y', 'before')).toThrow(/before is not a cursor/);
    expect(() => scanPage(list, { after: 'gone', limit: 2, inverted: false })).toThrow(
      /"gone", which is not/,
    );
  });

  it('walks forward after a key and backward before one, keeping what passes the test', () => {
    expect(scanPage(list, { limit: 2, inverted: false })).toEqual(['a', 'b']);
    expect(scanPage(list, { after: 'b', limit: 5, inverted: false })).toEqual(['c', 'd']);
    expect(scanPage(list, { before: 'd', limit: 2, inverted: true })).toEqual(['c', 'b']);
    expect(scanPage(list, { limit: 5, inverted: false }, (item) => item !== 'b')).toEqual(['a', 'c', 'd']);
    expect(countMatching(list, (item) => item > 'b')).toBe(2);
  });

  it('gives cursors that name the key, so they survive a reload', () => {
    expect(decodeCursor(encodeCursor('germany'))).toBe('germany');
  });
});

describe('listEntities', () => {
  it('refuses a page over the cap and lists by name', () => {
    const kg = fundingGraph();
    expect(() => listEntities(kg, { first: 1000, offset: 0 })).toThrow(InvalidArgumentError);
    expect(listEntities(kg, { kinds: ['COUNTRY'], first: 2, offset: 1 }).map((e) => e.key)).toEqual([
      'beta',
      'gamma',
    ]);
  });
});

describe('formatMoney and citationLink', () => {
  it('words amounts as a reader would', () => {
    expect(formatMoney({ value: 1.2e9, currency: 'EUR', qualifier: 'OVER' })).toBe('over EUR 1.2 billion');
    expect(formatMoney(usd(500e6))).toBe('USD 500 million');
    expect(formatMoney({ value: 10e6, currency: 'EUR', qualifier: 'UP_TO' })).toBe('up to EUR 10 million');
  });

  it('links to the quote with a text fragment, or null without a URL', () => {
    expect(citationLink(FIXTURE_SOURCE, 'A fixture sentence.')).toBe(
      'https://example.org/fixture#:~:text=A%20fixture%20sentence.',
    );
    expect(citationLink({ ...FIXTURE_SOURCE, url: null }, 'x')).toBeNull();
  });
});

describe('buildKnowledgeGraph', () => {
  it('builds an empty graph, with no measures to compute', () => {
    const kg = buildKnowledgeGraph(graphData([], []));
    expect(kg.graph.order).toBe(0);
    expect([...kg.importance.entries()]).toEqual([]);
  });
});
