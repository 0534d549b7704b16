import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A curator's edit to graph-data/ should break only the tests that are about what the curated data
// says. Tests of a mechanism (limits, paging, errors, the cache, reloads, the HTTP layer) run on
// fixture graphs (tests/support/fixtures.ts) or the miniature data folder
// (tests/support/data-folder.ts). A test file that reads the curated data is listed here with the
// reason; a new one has to be added on purpose.

const READS_CURATED_DATA: Record<string, string> = {
  'adjacency.test.ts':
    "walks over the flat adjacency find the curated graph's neighbourhoods exactly as graphology's did",
  'api.test.ts': "the newcomer's questions about NATO's page",
  'api-traversal.test.ts': 'paths and neighbourhoods between named allies, programmes and places',
  'coverage.test.ts': "Source.coverage of NATO's page, sentence by sentence",
  'compiled-execution.test.ts':
    'every operation of src/operations/, compiled and interpreted, with the variables that name curated entities',
  'cypher-syntax.test.ts':
    "every statement of the curated graph's Cypher export, as Neo4j's own parser reads it",
  'explorer.browser.test.ts': 'the explorer drawing the curated graph',
  'explorer-screens.browser.test.ts': 'the explorer on phone and desktop screens with the curated graph',
  'explorer.test.ts': "the explorer's data for the curated graph",
  'export.test.ts': 'every entity, relation and source of graph-data/ read back from each export format',
  'funding-misreadings.test.ts': 'funding totals the source does not state, fixed against the source',
  'funding-totals.test.ts': "funding lines of the programmes on NATO's page",
  'graph-data.test.ts': 'the committed data itself: every quote checked against its source',
  'graphiql.browser.test.ts': "GraphiQL's default question, the PURL funders, answered offline",
  'known-from.test.ts': 'as-of views of dated facts in the curated data',
  'misreadings.test.ts': 'readings of the source that were wrong, fixed against the source',
  'quantity.test.ts': 'amounts and counts as the source states them',
  'readme.test.ts': "the README's questions and their answers",
  'sentences.test.ts': "the sentences of NATO's page and the facts each one gives",
  'snapshot.test.ts':
    "the benchmark's synthetic graphs take their shape from the curated data, as bench/ does",
  'sources.test.ts': 'how the sources of the curated data are labelled',
  'timeline.test.ts': 'the timeline of the curated data',
  'where-filters.test.ts': "issue 13's questions, asked of the curated data",
};

/** What a test file calls or names to read the curated data. */
const CURATED = /\brealApp\(|\bloadRealGraph\(|graph-data\/sources\/|\bloadGraphData\(DEFAULT_DATA_DIR\)/;

const testFiles = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.test.ts'));
const reading = testFiles.filter((name) =>
  CURATED.test(readFileSync(new URL(name, import.meta.url), 'utf8')),
);

describe('tests that read the curated data', () => {
  it('are only those about what the curated data says', () => {
    const unlisted = reading.filter((name) => !(name in READS_CURATED_DATA));
    expect(unlisted, 'read graph-data/ for a mechanism test: use a fixture graph, or list the file').toEqual(
      [],
    );
  });

  it('are listed only while they do read it', () => {
    const stale = Object.keys(READS_CURATED_DATA).filter((name) => !reading.includes(name));
    expect(stale).toEqual([]);
  });
});
