import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphData, DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import type { GraphData } from '../src/graph/types.js';

// The committed graph-data/ itself: every quote checked against its source file independently of
// the loader, and the facts the issue names present with the values the sources give.

const data: GraphData = await loadGraphData(DEFAULT_DATA_DIR);
const sourceBody = (key: string) => {
  const raw = readFileSync(join(DEFAULT_DATA_DIR, 'sources', `${key}.md`), 'utf8');
  return raw.slice(raw.indexOf('\n---', 3) + 4);
};
const entityKeys = new Set(data.entities.map((e) => e.key));

describe('the committed graph-data', () => {
  it('has no quote that is not word for word in its source', () => {
    const bodies = new Map(data.sources.map((s) => [s.key, sourceBody(s.key)]));
    const citations = [...data.entities, ...data.relations].flatMap((item) =>
      item.citations.map((c) => ({ item: item.key, ...c })),
    );
    expect(citations.length).toBeGreaterThan(400);
    const missing = citations.filter((c) => !bodies.get(c.source)?.includes(c.quote));
    expect(missing).toEqual([]);
  });

  it('cites at least one sentence for every relation', () => {
    expect(data.relations.filter((r) => r.citations.length === 0)).toEqual([]);
  });

  it('relates every entity to another: each is at an end of a relation, or receives what one supplies', () => {
    const related = new Set(
      data.relations.flatMap((r) => [r.from, r.to, ...(r.recipient ? [r.recipient] : [])]),
    );
    expect(data.entities.filter((e) => !related.has(e.key)).map((e) => e.key)).toEqual([]);
  });

  it('has all 32 Allies as members of NATO with their accession years, and Ukraine as a partner', () => {
    const memberships = data.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === 'nato');
    expect(memberships).toHaveLength(32);
    const year = (country: string) => memberships.find((r) => r.from === country)?.date;
    expect([
      year('netherlands'),
      year('germany'),
      year('finland'),
      year('sweden'),
      year('north-macedonia'),
    ]).toEqual(['1949', '1955', '2023', '2024', '2020']);
    expect(memberships.map((r) => r.from)).not.toContain('ukraine');
    expect(
      data.relations.some((r) => r.type === 'PARTNER_OF' && r.from === 'ukraine' && r.to === 'nato'),
    ).toBe(true);
  });

  it('has the eight Nordic and Baltic Allies as the members of their group, undated as the list is, known from when each became an Ally', () => {
    const memberships = data.relations.filter(
      (r) => r.type === 'MEMBER_OF' && r.to === 'nordic-and-baltic-allies',
    );
    // No sentence says since when the group has these members: a NATO accession year is not one.
    // But none was one of the Nordic and Baltic Allies before it was an Ally: known from then.
    for (const r of memberships) {
      expect(r.date, r.key).toBeNull();
      const accession = r.citations
        .map((c) => /became a member of NATO in (\d{4})/.exec(c.quote)?.[1])
        .find(Boolean);
      expect([r.key, r.knownFrom]).toEqual([r.key, accession]);
    }
    expect(memberships.find((r) => r.from === 'finland')?.knownFrom).toBe('2023');
    const members = memberships.map((r) => r.from);
    expect(members.sort()).toEqual([
      'denmark',
      'estonia',
      'finland',
      'iceland',
      'latvia',
      'lithuania',
      'norway',
      'sweden',
    ]);
  });

  it('gives each PURL package its funders and one programme link, and states amounts only where the source does', () => {
    const packages = data.relations.filter((r) => r.type === 'PACKAGE_OF' && r.to === 'purl');
    expect(packages.map((r) => [r.from, r.amount?.value ?? null, r.date])).toEqual(
      expect.arrayContaining([
        ['purl-package-netherlands-2025-08-04', null, '2025-08-04'],
        ['purl-package-denmark-norway-sweden-2025-08-05', 500e6, '2025-08-05'],
        ['purl-package-germany-2025-08-13', 500e6, '2025-08-13'],
        ['purl-package-canada-2025-08-24', 500e6, '2025-08-24'],
        ['purl-package-nordic-baltic-2025-11-13', 500e6, '2025-11-13'],
      ]),
    );
    for (const link of packages) {
      expect(data.relations.filter((r) => r.type === 'FUNDS' && r.to === link.from).length).toBeGreaterThan(
        0,
      );
    }
  });

  it("keeps CAP's stated conversion and the Pledge's qualifiers, stages and kinds as the source words them", () => {
    // "CAP and related funds": the money goes to the combination, never to CAP alone.
    expect(data.relations.filter((r) => r.to === 'cap' && r.amount !== null)).toEqual([]);
    const cap = data.relations.find((r) => r.to === 'cap-and-related-funds' && r.amount?.currency === 'EUR');
    expect(cap?.amount).toEqual({ value: 1.2e9, currency: 'EUR', qualifier: 'OVER' });
    expect(cap?.statedEquivalent).toEqual({ value: 1.4e9, currency: 'USD', qualifier: 'ABOUT' });
    const pledge = data.relations.filter((r) => r.to === 'long-term-security-assistance-pledge' && r.amount);
    expect(
      pledge
        .map((r) => [r.type, r.amount?.value, r.amount?.qualifier, r.date, r.period, r.stage, r.sumKind])
        .sort(),
    ).toEqual([
      // "providing over EUR 50 billion in 2024": provided, the year's total.
      ['FUNDS', 50e9, 'OVER', null, '2024', 'PROVIDED', 'PERIOD_TOTAL'],
      // "so far committed an additional EUR 35 billion" in 2025: as stated, a running total.
      ['PLEDGES', 35e9, 'EXACT', null, '2025', 'PLEDGED', 'RUNNING_TOTAL'],
      // "a minimum baseline funding of EUR 40 billion in 2024", pledged at the 2024 summit.
      ['PLEDGES', 40e9, 'AT_LEAST', '2024', '2024', 'PLEDGED', 'TARGET'],
    ]);
  });

  it("names the four states that support Russia's war", () => {
    const supporters = data.relations
      .filter((r) => r.type === 'SUPPORTS_WAR_OF' && r.to === 'russia')
      .map((r) => r.from);
    expect(supporters.sort()).toEqual(['belarus', 'dprk', 'iran', 'prc']);
  });

  it('dates the events at the precision the source gives', () => {
    const date = (key: string) => data.entities.find((e) => e.key === key)?.date;
    expect(date('annexation-of-crimea-2014')).toBe('2014');
    expect(date('full-scale-invasion-2022')).toBe('2022-02');
    expect(date('attempted-annexation-of-four-regions-2022')).toBe('2022-09');
    expect(date('jatec-opening-2025-02')).toBe('2025-02');
    expect(date('unite-launch-2025-11')).toBe('2025-11');
  });

  it('places the programmes and bodies where the source says they are', () => {
    const basedIn = (key: string) => data.relations.find((r) => r.type === 'BASED_IN' && r.from === key)?.to;
    expect([basedIn('nsatu'), basedIn('jatec'), basedIn('nato-representation-to-ukraine')]).toEqual([
      'wiesbaden',
      'bydgoszcz',
      'kyiv',
    ]);
    expect(
      [
        'wiesbaden',
        'bydgoszcz',
        'kyiv',
        'moscow',
        'crimea',
        'donbas',
        'donetsk',
        'luhansk',
        'kherson',
        'zaporizhzhia',
      ].filter((k) => !entityKeys.has(k)),
    ).toEqual([]);
  });
});
