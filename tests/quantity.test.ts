import { describe, expect, it } from 'vitest';
import { GraphDataError, type DataProblem } from '../src/load/errors.js';
import { parseGraphData, type DataFile } from '../src/load/load-graph-data.js';
import type { Quantity } from '../src/graph/types.js';
import { entity, graphData, relation } from './support/fixtures.js';
import { fixtureApp, loadRealGraph, runText } from './support/client.js';

// Figures that are not money are structured (`Relation.quantity`), each with its text word for
// word from the relation's quote, and a target year kept apart from the relation's date.

const encoder = new TextEncoder();
const file = (path: string, text: string): DataFile => ({ path, bytes: encoder.encode(text) });

function problemsOf(quantity: string, quote = 'NSATU is staffed by nearly 700 personnel.'): DataProblem[] {
  try {
    parseGraphData([
      file('sources/s.md', '---\ntitle: "S"\n---\nNSATU is staffed by nearly 700 personnel.\n'),
      file(
        'entities/e.yaml',
        'entities:\n  - { key: nsatu, name: NSATU, kind: BODY }\n  - { key: personnel, name: Personnel, kind: RESOURCE }\n',
      ),
      file(
        'relations/r.yaml',
        `relations:\n  - key: nsatu-has-personnel\n    type: HAS\n    from: nsatu\n    to: personnel\n    quantity: ${quantity}\n    citations:\n      - { source: s, quote: "${quote}" }\n`,
      ),
    ]);
  } catch (error) {
    if (error instanceof GraphDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('quantities, as the loader checks them', () => {
  it('refuses a text that is not word for word in one of the quotes', () => {
    expect(
      problemsOf('{ value: 700, unit: PERSONNEL, qualifier: NEARLY, text: "almost 700 staff" }').map((p) => [
        p.key,
        p.field,
        p.message,
      ]),
    ).toEqual([
      [
        'nsatu-has-personnel',
        'quantity.text',
        '"almost 700 staff" is not word for word in any of the relation\'s quotes: write the figure as the quote has it',
      ],
    ]);
  });

  it('refuses units and qualifiers outside the vocabularies, a negative value and a target that is not a year', () => {
    const problems = problemsOf(
      '{ value: -1, unit: STAFF, qualifier: ROUGHLY, text: "nearly 700 personnel", targetYear: "2035-06" }',
    );
    expect(problems.map((p) => p.field).sort()).toEqual([
      'quantity.qualifier',
      'quantity.targetYear',
      'quantity.unit',
      'quantity.value',
    ]);
    expect(problems.find((p) => p.field === 'quantity.unit')?.message).toMatch(/^unknown unit "STAFF"/);
    expect(problems.find((p) => p.field === 'quantity.targetYear')?.message).toBe(
      'a target year is a year (2035), not a month or a day',
    );
  });

  it('loads a valid quantity with its target year', () => {
    expect(
      problemsOf(
        '{ value: 700, unit: PERSONNEL, qualifier: NEARLY, text: "nearly 700 personnel", targetYear: 2035 }',
      ),
    ).toEqual([]);
  });
});

describe('Relation.quantity', () => {
  it('is the figure with its unit, qualifier, text and target year, and null where none is stated', async () => {
    const app = fixtureApp(
      graphData(
        [entity('allies', 'GROUP'), entity('five-percent', 'COMMITMENT'), entity('nato', 'ORGANISATION')],
        [
          relation('allies-commit', 'COMMITS_TO', 'allies', 'five-percent', {
            quantity: {
              value: 5,
              unit: 'PERCENT_OF_GDP',
              qualifier: 'EXACT',
              text: '5% of GDP',
              targetYear: '2035',
            },
          }),
          relation('nato-protects-allies', 'PROTECTS', 'nato', 'allies'),
        ],
      ),
    );
    const response = await runText<{
      a: { quantity: Quantity | null; date: string | null };
      b: { quantity: null };
    }>(
      app,
      '{ a: relation(key: "allies-commit") { date quantity { value unit qualifier text targetYear } } b: relation(key: "nato-protects-allies") { quantity { value } } }',
    );
    expect(response.data).toEqual({
      a: {
        date: null,
        quantity: {
          value: 5,
          unit: 'PERCENT_OF_GDP',
          qualifier: 'EXACT',
          text: '5% of GDP',
          targetYear: '2035',
        },
      },
      b: { quantity: null },
    });
  });
});

describe('the figures of the committed data', () => {
  it('holds each figure the issue named as a quantity, as the source words it', async () => {
    const kg = await loadRealGraph();
    const quantity = (key: string) => {
      const relation = kg.graph.getEdgeAttributes(key);
      return relation.quantity && { ...relation.quantity, date: relation.date ?? relation.period ?? null };
    };
    const figure = (
      value: number,
      unit: string,
      qualifier: string,
      text: string,
      targetYear: string | null = null,
      date: string | null = null,
    ) => ({ value, unit, qualifier, text, targetYear, date });
    expect(quantity('nsatu-has-personnel')).toEqual(
      figure(700, 'PERSONNEL', 'NEARLY', 'nearly 700 personnel'),
    );
    expect(quantity('nsatu-has-logistics-hubs')).toEqual(
      figure(3, 'LOGISTICS_HUBS', 'EXACT', 'three logistics hubs'),
    );
    expect(quantity('nato-has-troops-at-high-readiness')).toEqual(
      figure(500_000, 'TROOPS', 'EXACT', '500,000 troops at high readiness'),
    );
    expect(quantity('nato-protects-nato-citizens')).toEqual(
      figure(1e9, 'PEOPLE', 'EXACT', 'one billion citizens'),
    );
    expect(quantity('nato-consists-of-nato-allies')).toEqual(
      figure(32, 'COUNTRIES', 'EXACT', '32 countries'),
    );
    // 5% of GDP by 2035, with at least 3.5% and up to 1.5%: the year is a target, not a date.
    expect(quantity('nato-allies-commits-to-defence-investment-commitment')).toEqual(
      figure(5, 'PERCENT_OF_GDP', 'EXACT', '5% of GDP', '2035'),
    );
    expect(quantity('nato-allies-commits-to-core-defence-requirements-commitment')).toEqual(
      figure(3.5, 'PERCENT_OF_GDP', 'AT_LEAST', 'at least 3.5%', '2035'),
    );
    expect(quantity('nato-allies-commits-to-defence-and-security-related-spending-commitment')).toEqual(
      figure(1.5, 'PERCENT_OF_GDP', 'UP_TO', 'up to 1.5%', '2035'),
    );
    expect(
      quantity('european-allies-and-canada-provided-share-of-long-term-security-assistance-pledge-2024'),
    ).toEqual(figure(60, 'PERCENT', 'NEARLY', 'almost 60%', null, '2024'));
    expect(quantity('nato-allies-supplies-training-for-tens-of-thousands-of-troops-to-ukraine')).toEqual(
      figure(10_000, 'TROOPS', 'MULTIPLES_OF', 'tens of thousands of Ukrainian troops'),
    );
    expect(quantity('many-allies-hosts-ukrainian-refugees')).toEqual(
      figure(1e6, 'PEOPLE', 'MULTIPLES_OF', 'millions of Ukrainian refugees'),
    );
    expect(quantity('nato-allies-carried-out-deployment-of-extra-troops')).toEqual(
      figure(1000, 'TROOPS', 'MULTIPLES_OF', 'thousands of extra troops'),
    );
    expect(quantity('ukraine-cooperates-with-nato-allies')).toEqual(
      figure(30, 'YEARS', 'OVER', 'more than 30 years'),
    );
  });

  it('leaves no figure the issue named only in a quote: each is in some quantity text', async () => {
    const kg = await loadRealGraph();
    const texts: string[] = [];
    kg.graph.forEachEdge((_key, relation) => {
      if (relation.quantity) texts.push(relation.quantity.text);
    });
    for (const figure of [
      '700',
      'three logistics hubs',
      '500,000',
      'one billion',
      '5%',
      '3.5%',
      '1.5%',
      '60%',
      '32',
    ]) {
      expect(
        texts.some((text) => text.includes(figure)),
        figure,
      ).toBe(true);
    }
  });
});
