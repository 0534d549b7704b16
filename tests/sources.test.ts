import { describe, expect, it } from 'vitest';
import { GraphDataError, type DataProblem } from '../src/load/errors.js';
import { parseGraphData, type DataFile } from '../src/load/load-graph-data.js';
import { citationLink } from '../src/graph/citations.js';
import { sentencesOfSource } from '../src/graph/coverage.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { FIXTURE_SOURCE } from './support/fixtures.js';
import { loadRealGraph, realApp, runText } from './support/client.js';

// Sources say what they are: a PUBLISHED document is quoted word for word and linked at the
// quote; a COMPILED source is this project's own reference data, titled as such, with the pages
// its facts come from as references, and no link into a page that lacks its sentences.

const encoder = new TextEncoder();
const file = (path: string, text: string): DataFile => ({ path, bytes: encoder.encode(text) });
const EMPTY = [file('entities/none.yaml', 'entities: []\n'), file('relations/none.yaml', 'relations: []\n')];

function problemsOf(source: string): DataProblem[] {
  try {
    parseGraphData([file('sources/reference.md', source), ...EMPTY]);
  } catch (error) {
    if (error instanceof GraphDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('reading a source', () => {
  it('refuses a lost heading that starts no sentence, or more than one, naming the entry', () => {
    const body =
      '---\ntitle: "A page"\nheadingsLost:\n  - "Also"\n  - "Nowhere"\n  - "Also the second"\n---\nFirst.\nAlso the first.\nAlso the second.\n';
    expect(problemsOf(body).map((p) => [p.field, p.message])).toEqual([
      ['headingsLost[0]', '"Also" starts 2 sentences (1, 2); give more of the one meant'],
      ['headingsLost[1]', '"Nowhere" starts no sentence of the body'],
    ]);
    expect(
      problemsOf('---\ntitle: "A page"\nheadingsLost: "First"\n---\nFirst.\n').map((p) => p.message),
    ).toEqual(['must be a list of sentence starts, not the text "First"']);
  });

  it('refuses a compiled source with an address of its own, and one with no references', () => {
    expect(
      problemsOf('---\ntitle: "Ours"\nkind: compiled\nsource: https://example.org/page\n---\nA fact.\n').map(
        (p) => [p.field, p.message],
      ),
    ).toEqual([
      [
        'source',
        "a compiled source has no address of its own: its sentences are this project's, not the page's; list the pages its facts come from under `references`",
      ],
      ['references', 'a compiled source must list at least one page its facts come from'],
    ]);
  });

  it('refuses an unknown kind, and references that are not URLs', () => {
    expect(problemsOf('---\ntitle: "T"\nkind: blog\n---\nA.\n').map((p) => [p.field, p.message])).toEqual([
      ['kind', 'must be published or compiled, not the text "blog"'],
    ]);
    expect(
      problemsOf('---\ntitle: "T"\nkind: compiled\nreferences: [nato.int, 3]\n---\nA.\n').map((p) => p.field),
    ).toEqual(['references[0]', 'references[1]']);
  });

  it('reads a compiled source with its publisher and references, and a source without `kind` as published', () => {
    const data = parseGraphData([
      file(
        'sources/reference.md',
        '---\ntitle: "Compiled for this graph"\nkind: compiled\npublisher: this project\nreferences:\n  - https://example.org/members\n---\nA fact.\n',
      ),
      file('sources/page.md', '---\ntitle: "A page"\nsource: https://example.org/page\n---\nA quote.\n'),
      ...EMPTY,
    ]);
    expect(
      data.sources.map(({ key, kind, url, publisher, references }) => ({
        key,
        kind,
        url,
        publisher,
        references,
      })),
    ).toEqual([
      { key: 'page', kind: 'PUBLISHED', url: 'https://example.org/page', publisher: null, references: [] },
      {
        key: 'reference',
        kind: 'COMPILED',
        url: null,
        publisher: 'this project',
        references: ['https://example.org/members'],
      },
    ]);
  });
});

describe('citation links', () => {
  it('link into a published source at the quote, and never into the pages a compiled source cites', () => {
    expect(citationLink(FIXTURE_SOURCE, 'A fixture sentence.')).toBe(
      'https://example.org/fixture#:~:text=A%20fixture%20sentence.',
    );
    // Even with an address written in, a compiled source's sentences are on no page.
    expect(citationLink({ ...FIXTURE_SOURCE, kind: 'COMPILED' }, 'A fixture sentence.')).toBeNull();
    expect(citationLink({ ...FIXTURE_SOURCE, url: null }, 'A fixture sentence.')).toBeNull();
  });

  it('take a browser to the quote itself, not to an earlier sentence that opens or ends alike', async () => {
    const kg = await loadRealGraph();
    // What a browser does with `#:~:text=start,end` (case folded, whitespace collapsed): the first
    // place `start` occurs, then the first place `end` occurs after it.
    const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    const landing = (text: string, link: string): string | null => {
      const [start, end] = link
        .split('#:~:text=')[1]!
        .split(',')
        .map((part) => comparable(decodeURIComponent(part)));
      const from = text.indexOf(start!);
      if (from === -1) return null;
      if (end === undefined) return text.slice(from, from + start!.length);
      const to = text.indexOf(end, from + start!.length);
      return to === -1 ? null : text.slice(from, to + end.length);
    };
    const quotes = new Map<string, Set<string>>();
    const add = (source: string, quote: string) =>
      quotes.set(source, (quotes.get(source) ?? new Set()).add(quote));
    kg.graph.forEachNode((_node, entity) => {
      for (const citation of entity.citations) add(citation.source, citation.quote);
    });
    kg.graph.forEachEdge((_edge, relation) => {
      for (const citation of relation.citations) add(citation.source, citation.quote);
    });
    let checked = 0;
    const wrong: string[] = [];
    for (const source of kg.sources.values()) {
      if (source.kind !== 'PUBLISHED') continue;
      const text = comparable(source.text);
      const sentences = sentencesOfSource(kg, source.key)!.map((sentence) => sentence.text);
      for (const quote of [...(quotes.get(source.key) ?? []), ...sentences]) {
        const link = citationLink(source, quote)!;
        checked++;
        if (landing(text, link) !== comparable(quote))
          wrong.push(`${quote.slice(0, 60)} -> ${link.split('#')[1]}`);
      }
    }
    // Every distinct quote and every sentence of NATO's page.
    expect(checked).toBeGreaterThan(400);
    expect(wrong).toEqual([]);
    // The DPRK statement opens with the same four words as the one on the "referenda": the link
    // takes more of them.
    const dprk = [...quotes.get('nato-support-for-ukraine')!].find((quote) =>
      quote.startsWith('Statement by the North'),
    );
    if (dprk)
      expect(citationLink(kg.sources.get('nato-support-for-ukraine')!, dprk)).not.toMatch(
        /text=Statement%20by%20the%20North,/,
      );
  });

  it('say in the API what each citation is from', async () => {
    const compiled = {
      ...FIXTURE_SOURCE,
      key: 'ours',
      kind: 'COMPILED' as const,
      url: null,
      references: ['https://example.org/members'],
      publisher: 'this project',
    };
    const kg = buildKnowledgeGraph({
      sources: [FIXTURE_SOURCE, compiled],
      entities: [
        {
          key: 'kyiv',
          name: 'Kyiv',
          kind: 'CITY',
          aliases: [],
          date: null,
          citations: [
            { source: 'ours', quote: 'Kyiv is a capital.' },
            { source: 'fixture-source', quote: 'A fixture sentence.' },
          ],
          file: 'entities/x.yaml',
        },
      ],
      relations: [],
      coverageNotes: [],
    });
    const app = createApp({ current: kg }, DEFAULT_CONFIG);
    const response = await runText<{
      entity: {
        citations: {
          link: string | null;
          source: { kind: string; publisher: string | null; references: string[] };
        }[];
      };
    }>(app, '{ entity(key: "kyiv") { citations { link source { kind publisher references } } } }');
    expect(response.data!.entity.citations).toEqual([
      {
        link: null,
        source: { kind: 'COMPILED', publisher: 'this project', references: ['https://example.org/members'] },
      },
      {
        link: 'https://example.org/fixture#:~:text=A%20fixture%20sentence.',
        source: { kind: 'PUBLISHED', publisher: null, references: [] },
      },
    ]);
  });
});

describe('the committed sources', () => {
  it("present the member-countries file as this project's compilation, citing NATO's page, not as NATO's page", async () => {
    const kg = await loadRealGraph();
    const compiled = kg.sources.get('nato-member-countries')!;
    expect(compiled).toMatchObject({
      kind: 'COMPILED',
      url: null,
      publisher: 'Ukraine support graph (this project)',
    });
    // NATO's member countries page first, then a page for each general fact it does not state:
    // the Nordic-Baltic Eight, the North Atlantic Council, Crimea, the two capitals.
    expect(compiled.references[0]).toBe('https://www.nato.int/cps/en/natohq/topics_52044.htm');
    expect(compiled.references).toHaveLength(6);
    expect(compiled.references.some((url) => url.includes('mfa.gov.lv'))).toBe(true);
    expect(compiled.title).toMatch(/compiled for this graph/);
    expect(compiled.publisher).not.toMatch(/^NATO/);
    expect(kg.sources.get('nato-support-for-ukraine')).toMatchObject({
      kind: 'PUBLISHED',
      publisher: 'NATO',
    });
  });

  it('give no citation of the compiled source a link, and every citation of the published one a link', async () => {
    const app = await realApp();
    const response = await runText<{
      relations: { citations: { link: string | null; source: { key: string; kind: string } }[] }[];
    }>(
      app,
      '{ relations(first: 100, types: [MEMBER_OF, LOCATED_IN, PART_OF]) { citations { link source { key kind } } } }',
    );
    const citations = response.data!.relations.flatMap((r) => r.citations);
    const compiled = citations.filter((c) => c.source.key === 'nato-member-countries');
    expect(compiled.length).toBeGreaterThan(30);
    for (const c of compiled) expect(c).toMatchObject({ link: null, source: { kind: 'COMPILED' } });
    const published = citations.filter((c) => c.source.key === 'nato-support-for-ukraine');
    for (const c of published) expect(c.link).toMatch(/^https:\/\/nato\.int\/.*#:~:text=/);
  });
});
