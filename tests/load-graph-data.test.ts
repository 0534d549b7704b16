import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphDataError, type DataProblem } from '../src/load/errors.js';
import {
  DEFAULT_DATA_DIR,
  loadGraphData,
  parseGraphData,
  type DataFile,
} from '../src/load/load-graph-data.js';

// A tiny data set that is valid as it stands; each bad-input test adds or replaces one file.

const SOURCE = `---
title: "Test source"
source: https://example.org/test
publisher: Example
retrieved: 2026
---
Germany to fund $500 million PURL package for Ukraine, 13 August 2025.
NATO’s Supreme Allied Commander Europe – SACEUR – identifies packages of equipment.
Allies supply drones to Ukraine.
`;

const ENTITIES = `entities:
  - key: ukraine
    name: Ukraine
    kind: COUNTRY
  - key: germany
    name: Germany
    kind: COUNTRY
    aliases: [Federal Republic of Germany, Federal Republic of Germany]
  - key: purl
    name: Prioritised Ukraine Requirements List
    kind: PROGRAMME
    aliases: [PURL]
  - key: purl-package-germany-2025-08
    name: German PURL package, August 2025
    kind: PACKAGE
    date: 2025-08-13
    citations:
      - source: test-source
        quote: "Germany to fund $500 million PURL package for Ukraine, 13 August 2025"
  - key: drones
    name: Drones
    kind: RESOURCE
`;

const RELATIONS = `relations:
  - key: purl-package-germany-2025-08-package-of-purl
    type: PACKAGE_OF
    from: purl-package-germany-2025-08
    to: purl
    date: 2025-08-13
    stage: ANNOUNCED
    sumKind: DISCRETE
    amount: { value: 500000000, currency: USD, qualifier: EXACT }
    citations:
      - source: test-source
        quote: "Germany to fund $500 million PURL package for Ukraine, 13 August 2025"
  - key: germany-funds-purl-package-germany-2025-08
    type: FUNDS
    from: germany
    to: purl-package-germany-2025-08
    stage: ANNOUNCED
    citations:
      - source: test-source
        quote: "Germany to fund $500 million PURL package"
  - key: germany-supplies-drones
    type: SUPPLIES
    from: germany
    to: drones
    recipient: ukraine
    citations:
      - source: test-source
        quote: "Allies supply drones to Ukraine."
`;

const encoder = new TextEncoder();

function dataFile(path: string, text: string): DataFile {
  return { path, bytes: encoder.encode(text) };
}

function validFiles(): DataFile[] {
  return [
    dataFile('sources/test-source.md', SOURCE),
    dataFile('entities/base.yaml', ENTITIES),
    dataFile('relations/base.yaml', RELATIONS),
  ];
}

/** The valid files plus `extra`, which replaces a valid file of the same path. */
function filesWith(...extra: DataFile[]): DataFile[] {
  const paths = new Set(extra.map((file) => file.path));
  return [...validFiles().filter((file) => !paths.has(file.path)), ...extra];
}

/** One entity file holding a single entity, written as YAML lines under `- `. */
function entityFile(path: string, lines: string): DataFile {
  return dataFile(path, `entities:\n  - ${lines.trim().split('\n').join('\n    ')}\n`);
}

/** One relation file holding a single relation that cites the test source. */
function relationFile(path: string, lines: string, citations = CITATION): DataFile {
  const body = `${lines.trim()}\n${citations}`.split('\n').join('\n    ');
  return dataFile(path, `relations:\n  - ${body}\n`);
}

const CITATION = `citations:
  - source: test-source
    quote: "Allies supply drones to Ukraine."`;

/** A citation whose verb ("to fund") names the stage the funding relations here carry. */
const FUND_CITATION = `citations:
  - source: test-source
    quote: "Germany to fund $500 million PURL package"`;

function problemsOf(files: DataFile[], options?: { maxFileBytes?: number }): DataProblem[] {
  try {
    parseGraphData(files, options);
  } catch (error) {
    if (error instanceof GraphDataError) return error.problems;
    throw error;
  }
  throw new Error('expected parseGraphData to throw a GraphDataError');
}

function problem(file: string, key: string | null, field: string | null, message: string | RegExp) {
  return {
    file,
    key,
    field,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  };
}

describe('parseGraphData on bad input', () => {
  it('reports a file that is not valid UTF-8, with the line of the first bad byte', () => {
    const bytes = new Uint8Array([
      ...encoder.encode('entities:\n  - key: caf'),
      0xc3,
      0x28,
      ...encoder.encode('\n'),
    ]);
    expect(problemsOf(filesWith({ path: 'entities/broken.yaml', bytes }))).toEqual([
      problem('entities/broken.yaml', null, null, 'is not valid UTF-8 (first bad byte on line 2)'),
    ]);
  });

  it('reports a file over the size cap with its size and the cap', () => {
    const big = dataFile('sources/big.md', `---\ntitle: Big\n---\n${'x'.repeat(1024 * 1024)}`);
    expect(problemsOf(filesWith(big))).toEqual([
      problem(
        'sources/big.md',
        null,
        null,
        /file is 1048595 bytes \(1\.00 MiB\), over the 1048576 bytes \(1 MiB\) limit/,
      ),
    ]);
  });

  it('applies a smaller size cap when one is given', () => {
    expect(problemsOf(validFiles(), { maxFileBytes: 100 })).toContainEqual(
      problem('entities/base.yaml', null, null, 'over the 100 bytes limit'),
    );
  });

  it('reports a YAML syntax error with its line and column', () => {
    const broken = dataFile('entities/broken.yaml', 'entities:\n  - key: spain\n    name: "Spain\n');
    expect(problemsOf(filesWith(broken))).toEqual([
      problem('entities/broken.yaml', null, null, /^YAML syntax error at 4:1: Missing closing "quote/),
    ]);
  });

  it('reports a duplicate YAML mapping key as a syntax error', () => {
    const broken = dataFile(
      'entities/broken.yaml',
      'entities:\n  - key: spain\n    name: Spain\n    name: España\n',
    );
    expect(problemsOf(filesWith(broken))).toEqual([
      problem('entities/broken.yaml', null, null, /^YAML syntax error at 4:5: Map keys must be unique/),
    ]);
  });

  it.each([
    ['an empty file', '', null, 'is empty; it must hold a single top-level `entities:` list'],
    ['a bare list', '- key: spain\n', null, 'must hold a single top-level `entities:` list, not a list'],
    [
      'one long text (a symlink to the wrong file), quoted only in part',
      `${'x'.repeat(5_000)}\n`,
      null,
      `must hold a single top-level \`entities:\` list, not the text "${'x'.repeat(79)}…" (5,000 characters)`,
    ],
    ['a missing entities key', 'things: []\n', 'things', 'unexpected top-level key'],
    [
      'entities that are not a list',
      'entities: spain\n',
      'entities',
      'must be a list (write `entities: []` for none)',
    ],
    [
      'relations in an entities file',
      'entities: []\nrelations: []\n',
      'relations',
      'relations belong in relations/',
    ],
  ])('reports an entities file with the wrong top-level shape: %s', (_, text, field, message) => {
    expect(problemsOf(filesWith(dataFile('entities/broken.yaml', text)))).toContainEqual(
      problem('entities/broken.yaml', null, field, message),
    );
  });

  it.each([
    [
      'an entity',
      entityFile('entities/broken.yaml', 'key: spain\nname: Spain\nkind: COUNTRY\ncolour: red'),
      'spain',
      'colour',
    ],
    [
      'a relation',
      relationFile(
        'relations/broken.yaml',
        'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine\nweight: 3',
      ),
      'germany-supports-ukraine',
      'weight',
    ],
    [
      'a citation',
      relationFile(
        'relations/broken.yaml',
        'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
        'citations:\n  - source: test-source\n    quote: "Allies supply drones to Ukraine."\n    page: 4',
      ),
      'germany-supports-ukraine',
      'citations[0].page',
    ],
    [
      'an amount',
      relationFile(
        'relations/broken.yaml',
        'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, currency: EUR, qualifier: EXACT, year: 2024 }',
        FUND_CITATION,
      ),
      'germany-funds-purl',
      'amount.year',
    ],
  ])('reports an unknown field on %s and names it', (_, file, key, field) => {
    const name = field.split('.').pop() ?? field;
    expect(problemsOf(filesWith(file))).toEqual([
      problem(file.path, key, field, `unknown field "${name}" (allowed fields:`),
    ]);
  });

  it('reports each missing required field of an entity', () => {
    const file = entityFile('entities/broken.yaml', 'key: spain');
    expect(problemsOf(filesWith(file))).toEqual([
      problem('entities/broken.yaml', 'spain', 'name', 'is required'),
      problem('entities/broken.yaml', 'spain', 'kind', 'is required'),
    ]);
  });

  it('reports each missing required field of a relation', () => {
    const file = relationFile('relations/broken.yaml', 'key: germany-supports-ukraine');
    expect(problemsOf(filesWith(file))).toEqual([
      problem('relations/broken.yaml', 'germany-supports-ukraine', 'type', 'is required'),
      problem('relations/broken.yaml', 'germany-supports-ukraine', 'from', 'is required'),
      problem('relations/broken.yaml', 'germany-supports-ukraine', 'to', 'is required'),
    ]);
  });

  it('locates an entry without a key by its position and line', () => {
    const file = dataFile(
      'entities/broken.yaml',
      'entities:\n  - key: spain\n    name: Spain\n    kind: COUNTRY\n  - name: France\n    kind: COUNTRY\n',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem('entities/broken.yaml', null, 'key', 'is required (entry 2, line 5)'),
    ]);
  });

  it('reports a key that is not kebab-case and suggests one', () => {
    const file = entityFile(
      'entities/broken.yaml',
      'key: United_Kingdom\nname: United Kingdom\nkind: COUNTRY',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'entities/broken.yaml',
        'United_Kingdom',
        'key',
        '"United_Kingdom" is not kebab-case: lowercase letters and digits joined by single hyphens, e.g. "united-kingdom"',
      ),
    ]);
  });

  it('reports a duplicate entity key across files and says where the first one is', () => {
    const file = entityFile('entities/more.yaml', 'key: germany\nname: Germany again\nkind: COUNTRY');
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'entities/more.yaml',
        'germany',
        'key',
        'duplicate entity key; first defined in entities/base.yaml at line 5',
      ),
    ]);
  });

  it('reports a duplicate relation key and says where the first one is', () => {
    const file = relationFile(
      'relations/more.yaml',
      'key: germany-supplies-drones\ntype: SUPPLIES\nfrom: germany\nto: drones',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/more.yaml',
        'germany-supplies-drones',
        'key',
        'duplicate relation key; first defined in relations/base.yaml at line 21',
      ),
    ]);
  });

  it('allows an entity and a relation to share a key', () => {
    const file = entityFile(
      'entities/more.yaml',
      'key: germany-supplies-drones\nname: A confusing name\nkind: EVENT',
    );
    expect(() => parseGraphData(filesWith(file))).not.toThrow();
  });

  it('reports an unknown entity kind, suggesting the nearest and pointing at ENTITY_KINDS', () => {
    const file = entityFile('entities/broken.yaml', 'key: spain\nname: Spain\nkind: COUNTY');
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'entities/broken.yaml',
        'spain',
        'kind',
        'unknown kind "COUNTY"; did you mean COUNTRY? (see ENTITY_KINDS: COUNTRY, GROUP,',
      ),
    ]);
  });

  it('reports an unknown relation type and points at RELATION_TYPES', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-helps-ukraine\ntype: HELPS\nfrom: germany\nto: ukraine',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-helps-ukraine',
        'type',
        'unknown relation type "HELPS" (see RELATION_TYPES in src/graph/vocabulary.ts)',
      ),
    ]);
  });

  it.each(['from', 'to', 'recipient'])('reports a relation whose %s names a missing entity', (end) => {
    const ends = { from: 'germany', to: 'drones', recipient: 'ukraine', [end]: 'germny' };
    const file = relationFile(
      'relations/broken.yaml',
      `key: germany-supplies-more-drones\ntype: SUPPLIES\nfrom: ${ends.from}\nto: ${ends.to}\nrecipient: ${ends.recipient}`,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supplies-more-drones',
        end,
        'no entity has the key "germny"; did you mean "germany"?',
      ),
    ]);
  });

  it('notes that an unreadable entity file may define a missing entity', () => {
    const files = filesWith(
      dataFile('entities/broken.yaml', 'entities: [\n'),
      relationFile(
        'relations/more.yaml',
        'key: spain-supports-ukraine\ntype: SUPPORTS\nfrom: spain\nto: ukraine',
      ),
    );
    expect(problemsOf(files)).toContainEqual(
      problem(
        'relations/more.yaml',
        'spain-supports-ukraine',
        'from',
        'no entity has the key "spain" (entities/broken.yaml could not be read and may define it)',
      ),
    );
  });

  it('lists a few of the keys an unreadable entity file may define, then sums up the rest in one problem', () => {
    const countries = ['spain', 'italy', 'greece', 'malta', 'cyprus', 'portugal'];
    const relations = countries
      .map(
        (country) =>
          `  - key: ${country}-supports-ukraine\n    type: SUPPORTS\n    from: ${country}\n    to: ukraine\n` +
          '    citations:\n      - source: test-source\n        quote: "Allies supply drones to Ukraine."',
      )
      .join('\n');
    const problems = problemsOf(
      filesWith(
        dataFile('entities/broken.yaml', 'entities: [\n'),
        dataFile('relations/more.yaml', `relations:\n${relations}\n`),
      ),
    );
    // The syntax error first, then the sum on the same file, then three examples.
    expect(problems.map((problem) => [problem.file, problem.key])).toEqual([
      ['entities/broken.yaml', null],
      ['entities/broken.yaml', null],
      ['relations/more.yaml', 'spain-supports-ukraine'],
      ['relations/more.yaml', 'italy-supports-ukraine'],
      ['relations/more.yaml', 'greece-supports-ukraine'],
    ]);
    expect(problems[0]!.message).toMatch(/^YAML syntax error/);
    expect(problems[1]!.message).toBe(
      '3 more relation ends name keys no readable entity file defines (malta, cyprus, portugal); entities/broken.yaml could not be read and may define them: fix it first',
    );
  });

  it('reports an end whose kind the relation type does not allow, and says which kinds are allowed', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-ukraine\ntype: FUNDS\nfrom: germany\nto: ukraine\nstage: ANNOUNCED',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-ukraine',
        'to',
        '"ukraine" is a COUNTRY, but the `to` of a FUNDS relation must be one of PACKAGE, PROGRAMME, COMMITMENT',
      ),
    ]);
  });

  it("reports an amount on a funder's relation to a package, where joint funders would repeat it", () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-package-again\ntype: FUNDS\nfrom: germany\nto: purl-package-germany-2025-08\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, currency: USD, qualifier: EXACT }',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-package-again',
        'amount',
        "a package's amount belongs on its PACKAGE_OF relation",
      ),
    ]);
  });

  it('reports a second PACKAGE_OF for the same package', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: package-of-purl-again\ntype: PACKAGE_OF\nfrom: purl-package-germany-2025-08\nto: purl',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'package-of-purl-again',
        'from',
        'already belongs to a programme through "purl-package-germany-2025-08-package-of-purl"',
      ),
    ]);
  });

  it('reports a stated equivalent without the amount it restates', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nstatedEquivalent: { value: 5, currency: USD, qualifier: ABOUT }',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem('relations/broken.yaml', 'germany-funds-purl', 'statedEquivalent', 'needs an `amount`'),
    ]);
  });

  it('reports a recipient on a relation that is not SUPPLIES', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nrecipient: ukraine',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-purl',
        'recipient',
        'only SUPPLIES relations take a recipient, and this one is FUNDS',
      ),
    ]);
  });

  it.each([
    ['no citations field', ''],
    ['an empty citations list', 'citations: []'],
  ])('reports a relation with %s', (_, citations) => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      citations,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'citations',
        'a relation needs at least one citation',
      ),
    ]);
  });

  it('reports a citation that names an unknown source', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      'citations:\n  - source: tset-source\n    quote: "Allies supply drones to Ukraine."',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'citations[0].source',
        'unknown source "tset-source": there is no sources/tset-source.md; did you mean "test-source"?',
      ),
    ]);
  });

  it('reports a quote that is not in its source', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      'citations:\n  - source: test-source\n    quote: "Germany sends tanks to Ukraine"',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'citations[0].quote',
        /^quote not found word for word in source "test-source"$/,
      ),
    ]);
  });

  it('refuses a quote that runs across two sentences, naming both', () => {
    const source = dataFile(
      'sources/two-sentences.md',
      '---\ntitle: "Two sentences"\nsource: https://example.org/two\npublisher: Example\nretrieved: 2026\n---\n' +
        'Allies supply drones to Ukraine. They also train its troops.\n',
    );
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      'citations:\n  - source: two-sentences\n    quote: "drones to Ukraine. They also train"',
    );
    expect(problemsOf(filesWith(source, file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'citations[0].quote',
        'quote runs across 2 sentences of source "two-sentences", 0 ("Allies supply drones to Ukraine.") and ' +
          '1 ("They also train its troops."): quote each sentence in a citation of its own, so that every ' +
          'citation names the sentence it comes from',
      ),
    ]);
  });

  it('shows how far a quote matches when it goes wrong part way through', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      'citations:\n  - source: test-source\n    quote: "Germany to fund $500 million PURL package for Poland"',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'citations[0].quote',
        'the source has its beginning, ignoring punctuation and case, up to "…y to fund $500 million purl package for "',
      ),
    ]);
  });

  it('hints when a quote differs from its source only in punctuation, whitespace or case, and shows the source wording', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: saceur-coordinates-purl\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      `citations:\n  - source: test-source\n    quote: "NATO's supreme allied  commander Europe - SACEUR"`,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'saceur-coordinates-purl',
        'citations[0].quote',
        'quote not found word for word in source "test-source"; it differs from the source only in punctuation/whitespace/case: the source has "NATO’s Supreme Allied Commander Europe – SACEUR"',
      ),
    ]);
  });

  it('checks the quotes of entity citations too', () => {
    const file = entityFile(
      'entities/broken.yaml',
      'key: summit\nname: A summit\nkind: SUMMIT\ndate: 2024-07\ncitations:\n  - source: test-source\n    quote: "A summit took place"',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'entities/broken.yaml',
        'summit',
        'citations[0].quote',
        'quote not found word for word in source "test-source"',
      ),
    ]);
  });

  it('checks quotes against the body of the source, not its front matter', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      'citations:\n  - source: test-source\n    quote: "publisher: Example"',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'citations[0].quote',
        'quote not found word for word',
      ),
    ]);
  });

  it.each([
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-13', 'there is no month 13'],
    ['2025-00-10', 'there is no month 00'],
    ['2025-08-00', 'August 2025 has 31 days'],
    ['2025-8-13', '"2025-8-13" is not a date'],
    ['13 August 2025', '"13 August 2025" is not a date'],
    ['2025-08-13T10:00', 'is not a date'],
    ['24', 'the number 24 is not a date'],
    ['2024.5', 'the number 2024.5 is not a date'],
  ])('reports the impossible date %s', (date, reason) => {
    const file = relationFile(
      'relations/broken.yaml',
      `key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine\ndate: ${date}`,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem('relations/broken.yaml', 'germany-supports-ukraine', 'date', reason),
    ]);
  });

  it.each([
    ['-5', 'must not be negative'],
    ['.nan', 'must be a finite number, not NaN (.nan)'],
    ['.inf', 'must be a finite number, not Infinity (.inf)'],
    ['"500"', 'must be a finite number, not the text "500"'],
    ['4_000_000', 'must be a finite number, not the text "4_000_000"'],
  ])('reports the amount value %s', (value, reason) => {
    const file = relationFile(
      'relations/broken.yaml',
      `key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: ${value}, currency: EUR, qualifier: EXACT }`,
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem('relations/broken.yaml', 'germany-funds-purl', 'amount.value', reason),
    ]);
  });

  it('checks a stated equivalent like an amount', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, currency: EUR, qualifier: OVER }\nstatedEquivalent: { value: -6, currency: USD, qualifier: ABOUT }',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-purl',
        'statedEquivalent.value',
        'must not be negative',
      ),
    ]);
  });

  it('reports an unknown currency and lists the known ones', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, currency: EURO, qualifier: EXACT }',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-purl',
        'amount.currency',
        'unknown currency "EURO"; did you mean EUR? (ISO 4217, one of USD, EUR,',
      ),
    ]);
  });

  it('reports an unknown qualifier and lists the known ones', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, currency: EUR, qualifier: APPROXIMATELY }',
      FUND_CITATION,
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-purl',
        'amount.qualifier',
        'unknown qualifier "APPROXIMATELY" (one of EXACT, OVER, AT_LEAST, UP_TO, ABOUT)',
      ),
    ]);
  });

  it('reports an entity with a date but no citations', () => {
    const file = entityFile(
      'entities/broken.yaml',
      'key: washington-summit\nname: Washington Summit\nkind: SUMMIT\ndate: 2024-07',
    );
    expect(problemsOf(filesWith(file))).toEqual([
      problem('entities/broken.yaml', 'washington-summit', 'citations', 'required when `date` is set'),
    ]);
  });

  it('reports a source without front matter', () => {
    const source = dataFile('sources/other.md', '# Other\n\nNo front matter here.\n');
    expect(problemsOf(filesWith(source))).toEqual([
      problem('sources/other.md', null, null, 'has no front matter'),
    ]);
  });

  it('reports a source whose front matter has no title', () => {
    const source = dataFile('sources/other.md', '---\nsource: https://example.org/other\n---\nBody.\n');
    expect(problemsOf(filesWith(source))).toEqual([
      problem('sources/other.md', null, 'title', 'is required in the front matter'),
    ]);
  });

  it('still checks quotes against a source whose front matter lacks a title, without a second problem', () => {
    const source = dataFile('sources/test-source.md', SOURCE.replace('title: "Test source"\n', ''));
    expect(problemsOf(filesWith(source))).toEqual([
      problem('sources/test-source.md', null, 'title', 'is required'),
    ]);
  });

  it('reports a YAML error in front matter at its line in the file', () => {
    const source = dataFile('sources/other.md', '---\ntitle: Other\nsource: "unterminated\n---\nBody.\n');
    expect(problemsOf(filesWith(source))).toEqual([
      problem(
        'sources/other.md',
        null,
        'front matter',
        /^YAML syntax error at \d+:\d+: Missing closing "quote/,
      ),
    ]);
  });

  it.each([
    'entities/notes.txt',
    'relations/funding.json',
    'sources/page.html',
    'entities/sub/more.yaml',
    'README.md',
  ])('reports the unexpected file %s', (path) => {
    expect(problemsOf(filesWith(dataFile(path, 'anything')))).toEqual([
      problem(path, null, null, 'unexpected file'),
    ]);
  });

  it('reports every problem in every file in one run, grouped by file', () => {
    const files = filesWith(
      dataFile('sources/other.md', 'no front matter'),
      entityFile('entities/broken.yaml', 'key: Spain\nname: Spain\nkind: COUNTRY'),
      dataFile('entities/unreadable.yaml', 'entities: [\n'),
      relationFile(
        'relations/broken.yaml',
        'key: spain-funds-ukraine\ntype: FUNDS\nfrom: Spain\nto: ukraine\ndate: 2024-02-30',
      ),
    );
    let error: unknown;
    try {
      parseGraphData(files);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphDataError);
    const problems = (error as GraphDataError).problems;
    expect(problems.map(({ file, key, field }) => [file, key, field])).toEqual([
      ['sources/other.md', null, null],
      ['entities/broken.yaml', 'Spain', 'key'],
      ['entities/unreadable.yaml', null, null],
      ['relations/broken.yaml', 'spain-funds-ukraine', 'date'],
      ['relations/broken.yaml', 'spain-funds-ukraine', 'to'],
      ['relations/broken.yaml', 'spain-funds-ukraine', 'stage'],
    ]);
    const lines = (error as GraphDataError).message.split('\n');
    expect(lines[0]).toBe('graph-data has 6 problems:');
    expect(lines[1]).toBe(
      'sources/other.md: has no front matter: it must start with a `---` line, then `title: ...`, then a closing `---` line',
    );
    expect(lines[2]).toMatch(/^entities\/broken\.yaml › Spain › key: "Spain" is not kebab-case/);
    expect(lines).toHaveLength(7);
  });

  it('refuses a size cap that is not a positive number', () => {
    expect(() => parseGraphData(validFiles(), { maxFileBytes: 0 })).toThrow(RangeError);
  });
});

describe('GraphDataError', () => {
  it('formats each problem as file › key › field: message, leaving out missing parts', () => {
    const error = new GraphDataError([
      { file: 'entities/a.yaml', key: 'spain', field: 'kind', message: 'unknown kind' },
      { file: 'entities/a.yaml', key: null, field: 'relations', message: 'unexpected top-level key' },
      { file: 'sources/b.md', key: null, field: null, message: 'has no front matter' },
    ]);
    expect(error.name).toBe('GraphDataError');
    expect(error.message).toBe(
      [
        'graph-data has 3 problems:',
        'entities/a.yaml › spain › kind: unknown kind',
        'entities/a.yaml › relations: unexpected top-level key',
        'sources/b.md: has no front matter',
      ].join('\n'),
    );
  });

  it('counts a single problem in the singular', () => {
    const error = new GraphDataError([
      { file: 'sources/b.md', key: null, field: null, message: 'has no front matter' },
    ]);
    expect(error.message.split('\n')[0]).toBe('graph-data has 1 problem:');
  });
});

describe('parseGraphData: the funding tags (src/graph/funding-stages.ts)', () => {
  const funds = (lines: string, citations = FUND_CITATION) =>
    relationFile(
      'relations/broken.yaml',
      `key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\n${lines}`,
      citations,
    );

  it('requires a stage on a funding relation, and a stage and sum kind with an amount', () => {
    expect(problemsOf(filesWith(funds('amount: { value: 5, currency: EUR, qualifier: EXACT }')))).toEqual([
      problem('relations/broken.yaml', 'germany-funds-purl', 'stage', 'is required on a FUNDS relation'),
      problem('relations/broken.yaml', 'germany-funds-purl', 'sumKind', 'is required with an amount'),
    ]);
  });

  it('refuses a stage no quote names: "to fund" is ANNOUNCED, not PROVIDED', () => {
    expect(problemsOf(filesWith(funds('stage: PROVIDED')))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-purl',
        'stage',
        'PROVIDED, but no quote says so: the quotes have words of ANNOUNCED',
      ),
    ]);
  });

  it('refuses a PLEDGES relation for money provided', () => {
    const file = relationFile(
      'relations/broken.yaml',
      'key: germany-pledges-purl\ntype: PLEDGES\nfrom: germany\nto: purl\nstage: PROVIDED',
      'citations:\n  - source: test-source\n    quote: "Allies supply drones to Ukraine."',
    );
    expect(problemsOf(filesWith(file))).toContainEqual(
      problem(
        'relations/broken.yaml',
        'germany-pledges-purl',
        'stage',
        'a PLEDGES relation is ANNOUNCED or PLEDGED',
      ),
    );
  });

  it('refuses an unknown stage, sum kind or share, and tags on a relation that carries no money', () => {
    expect(problemsOf(filesWith(funds('stage: PAID')))).toContainEqual(
      problem('relations/broken.yaml', 'germany-funds-purl', 'stage', 'unknown stage "PAID"'),
    );
    const supplies = relationFile(
      'relations/broken.yaml',
      'key: germany-supplies-drones-again\ntype: SUPPLIES\nfrom: germany\nto: drones\nstage: PROVIDED',
    );
    expect(problemsOf(filesWith(supplies))).toEqual([
      problem('relations/broken.yaml', 'germany-supplies-drones-again', 'stage', 'only money relations'),
    ]);
  });

  it('refuses a sum kind without an amount, and a share anywhere but on a funder of a package', () => {
    expect(problemsOf(filesWith(funds('stage: ANNOUNCED\nsumKind: DISCRETE\nshare: EQUAL')))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-funds-purl',
        'sumKind',
        'describes an amount, and there is none',
      ),
      problem('relations/broken.yaml', 'germany-funds-purl', 'share', "is a funder's share of a package"),
    ]);
  });

  it("refuses a funder whose stage is not its package's", () => {
    const file = relationFile(
      'relations/more.yaml',
      'key: germany-funds-german-package-again\ntype: FUNDS\nfrom: germany\nto: purl-package-germany-2025-08\nstage: PLEDGED',
      'citations:\n  - source: test-source\n    quote: "Germany to fund $500 million PURL package"',
    );
    expect(problemsOf(filesWith(file))).toContainEqual(
      problem(
        'relations/more.yaml',
        'germany-funds-german-package-again',
        'stage',
        'is PLEDGED, but package "purl-package-germany-2025-08" is ANNOUNCED on its PACKAGE_OF relation',
      ),
    );
  });

  it('accepts an amount whose currency the source does not state, written as null, and refuses one left out', () => {
    expect(
      problemsOf(
        filesWith(funds('stage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, qualifier: OVER }')),
      ),
    ).toEqual([problem('relations/broken.yaml', 'germany-funds-purl', 'amount.currency', 'is required')]);
    const data = parseGraphData(
      filesWith(
        funds('stage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 5, currency: null, qualifier: OVER }'),
      ),
    );
    expect(data.relations.find((r) => r.key === 'germany-funds-purl')?.amount).toEqual({
      value: 5,
      currency: null,
      qualifier: 'OVER',
    });
  });

  it('takes a knownFrom date only on an undated fact, and only when a quote states it', () => {
    const office = (lines: string) =>
      relationFile(
        'relations/broken.yaml',
        `key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine\n${lines}`,
        'citations:\n  - source: test-source\n    quote: "Germany to fund $500 million PURL package for Ukraine, 13 August 2025"',
      );
    expect(problemsOf(filesWith(office('knownFrom: "2025-08-14"')))).toEqual([
      problem(
        'relations/broken.yaml',
        'germany-supports-ukraine',
        'knownFrom',
        'no quote states "14 August 2025"',
      ),
    ]);
    expect(problemsOf(filesWith(office('date: "2025-08-13"\nknownFrom: "2025-08-13"')))).toEqual([
      problem('relations/broken.yaml', 'germany-supports-ukraine', 'knownFrom', 'is for undated facts'),
    ]);
    const data = parseGraphData(filesWith(office('knownFrom: "2025-08-13"')));
    expect(data.relations.find((r) => r.key === 'germany-supports-ukraine')?.knownFrom).toBe('2025-08-13');
  });

  it("reads a source's asOf date, and refuses one that is not a date", () => {
    const source = (asOf: string) =>
      dataFile(
        'sources/test-source.md',
        SOURCE.replace('retrieved: 2026\n', `retrieved: 2026\nasOf: ${asOf}\n`),
      );
    expect(parseGraphData(filesWith(source('"2025-12-10"'))).sources[0]!.asOf).toBe('2025-12-10');
    expect(problemsOf(filesWith(source('"10 December"')))).toEqual([
      problem('sources/test-source.md', null, 'asOf', '"10 December" is not a date'),
    ]);
  });
});

describe('parseGraphData on valid input', () => {
  it('loads a valid data set with defaults filled in', () => {
    const data = parseGraphData(validFiles());
    expect(data.sources).toEqual([
      {
        key: 'test-source',
        title: 'Test source',
        kind: 'PUBLISHED',
        url: 'https://example.org/test',
        publisher: 'Example',
        references: [],
        retrieved: '2026',
        asOf: null,
        file: 'sources/test-source.md',
        text: SOURCE.slice(SOURCE.indexOf('Germany to fund')),
      },
    ]);
    expect(data.entities.find((entity) => entity.key === 'ukraine')).toEqual({
      key: 'ukraine',
      name: 'Ukraine',
      kind: 'COUNTRY',
      aliases: [],
      date: null,
      citations: [],
      file: 'entities/base.yaml',
    });
    expect(
      data.relations.find((relation) => relation.key === 'germany-funds-purl-package-germany-2025-08'),
    ).toEqual({
      key: 'germany-funds-purl-package-germany-2025-08',
      type: 'FUNDS',
      from: 'germany',
      to: 'purl-package-germany-2025-08',
      amount: null,
      statedEquivalent: null,
      date: null,
      recipient: null,
      stage: 'ANNOUNCED',
      quantity: null,
      citations: [{ source: 'test-source', quote: 'Germany to fund $500 million PURL package' }],
      file: 'relations/base.yaml',
    });
  });

  it('keeps amounts, dates and recipients as written', () => {
    const data = parseGraphData(validFiles());
    const packageOf = data.relations.find((relation) => relation.type === 'PACKAGE_OF');
    expect(packageOf?.amount).toEqual({ value: 500000000, currency: 'USD', qualifier: 'EXACT' });
    expect(packageOf?.date).toBe('2025-08-13');
    expect(data.relations.find((relation) => relation.type === 'SUPPLIES')?.recipient).toBe('ukraine');
  });

  it('sorts sources, entities and relations by key whatever the file order', () => {
    const data = parseGraphData([...validFiles()].reverse());
    expect(data.entities.map((entity) => entity.key)).toEqual([
      'drones',
      'germany',
      'purl',
      'purl-package-germany-2025-08',
      'ukraine',
    ]);
    expect(data.relations.map((relation) => relation.key)).toEqual([
      'germany-funds-purl-package-germany-2025-08',
      'germany-supplies-drones',
      'purl-package-germany-2025-08-package-of-purl',
    ]);
    expect(parseGraphData(validFiles())).toEqual(data);
  });

  it('turns an unquoted integer year into the string "2024"', () => {
    const file = entityFile(
      'entities/more.yaml',
      'key: summit\nname: A summit\nkind: SUMMIT\ndate: 2024\ncitations:\n  - source: test-source\n    quote: "Allies supply drones"',
    );
    expect(parseGraphData(filesWith(file)).entities.find((entity) => entity.key === 'summit')?.date).toBe(
      '2024',
    );
  });

  it.each(['2024-02-29', '2025-02', '"2025-08-13"'])('accepts the date %s', (date) => {
    const file = relationFile(
      'relations/more.yaml',
      `key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine\ndate: ${date}`,
    );
    const relation = parseGraphData(filesWith(file)).relations.find(
      (candidate) => candidate.key === 'germany-supports-ukraine',
    );
    expect(relation?.date).toBe(date.replaceAll('"', ''));
  });

  it('drops repeated aliases', () => {
    const germany = parseGraphData(validFiles()).entities.find((entity) => entity.key === 'germany');
    expect(germany?.aliases).toEqual(['Federal Republic of Germany']);
  });

  it('reads .yml files as well as .yaml', () => {
    const file = entityFile('entities/more.yml', 'key: spain\nname: Spain\nkind: COUNTRY');
    expect(parseGraphData(filesWith(file)).entities.map((entity) => entity.key)).toContain('spain');
  });

  it('accepts a zero amount and an empty entities list', () => {
    const files = filesWith(
      dataFile('entities/empty.yaml', 'entities: []\n'),
      relationFile(
        'relations/more.yaml',
        'key: germany-funds-purl\ntype: FUNDS\nfrom: germany\nto: purl\nstage: ANNOUNCED\nsumKind: DISCRETE\namount: { value: 0, currency: EUR, qualifier: AT_LEAST }',
        FUND_CITATION,
      ),
    );
    expect(
      parseGraphData(files).relations.find((relation) => relation.key === 'germany-funds-purl')?.amount
        ?.value,
    ).toBe(0);
  });
});

describe('loadGraphData', () => {
  const made: string[] = [];

  async function dataDir(files: Record<string, string | Uint8Array>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'graph-data-'));
    made.push(dir);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  }

  async function loadProblemsOf(dir: string, options?: { maxFileBytes?: number }): Promise<DataProblem[]> {
    const error: unknown = await loadGraphData(dir, options).then(
      () => null,
      (caught: unknown) => caught,
    );
    if (error instanceof GraphDataError) return error.problems;
    throw new Error(`expected a GraphDataError, got ${String(error)}`);
  }

  const VALID = {
    'sources/test-source.md': SOURCE,
    'entities/base.yaml': ENTITIES,
    'relations/base.yaml': RELATIONS,
  };

  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('reports a missing folder', async () => {
    const dir = await dataDir({ 'sources/test-source.md': SOURCE, 'entities/base.yaml': 'entities: []\n' });
    expect(await loadProblemsOf(dir)).toEqual([problem('relations/', null, null, 'folder is missing')]);
  });

  it('reports a data folder that does not exist', async () => {
    const dir = join(tmpdir(), 'graph-data-that-does-not-exist');
    expect(await loadProblemsOf(dir)).toEqual([problem(dir, null, null, 'graph-data folder not found')]);
  });

  it('reports a data path that is a file, not a folder, as such', async () => {
    const dir = await dataDir({ 'sources/test-source.md': SOURCE });
    const file = join(dir, 'sources', 'test-source.md');
    expect(await loadProblemsOf(file)).toEqual([
      problem(file, null, null, 'is not a folder: the graph data is a folder of YAML files'),
    ]);
  });

  it('reports unexpected files in the data folders and ignores dotfiles', async () => {
    const dir = await dataDir({
      ...VALID,
      'relations/funding.json': '{}',
      'sources/notes.txt': 'notes',
      'entities/.gitkeep': '',
    });
    expect(await loadProblemsOf(dir)).toEqual([
      problem('sources/notes.txt', null, null, 'unexpected file; sources/ holds only .md files'),
      problem(
        'relations/funding.json',
        null,
        null,
        'unexpected file; relations/ holds only .yaml and .yml files',
      ),
    ]);
  });

  it('refuses an oversized file from its size, without treating what cites it as a second problem', async () => {
    const big = `---\ntitle: Big\n---\n${'x'.repeat(2000)}`;
    const citingBig = relationFile(
      'relations/more.yaml',
      'key: germany-supports-ukraine\ntype: SUPPORTS\nfrom: germany\nto: ukraine',
      'citations:\n  - source: big\n    quote: "xxx"',
    );
    const dir = await dataDir({ ...VALID, 'sources/big.md': big, 'relations/more.yaml': citingBig.bytes });
    expect(await loadProblemsOf(dir, { maxFileBytes: 2000 })).toEqual([
      problem('sources/big.md', null, null, 'file is 2019 bytes, over the 2000 bytes limit'),
    ]);
  });

  it('loads a valid data folder', async () => {
    const dir = await dataDir({ ...VALID, 'graph-data-notes.md': 'ignored: outside the data folders' });
    const data = await loadGraphData(dir);
    expect(data).toEqual(parseGraphData(validFiles()));
  });
});

describe('DEFAULT_DATA_DIR', () => {
  it("points at the repository's graph-data folder", () => {
    expect(basename(DEFAULT_DATA_DIR)).toBe('graph-data');
    expect(existsSync(join(DEFAULT_DATA_DIR, 'README.md'))).toBe(true);
  });
});
