import { readFileSync } from 'node:fs';

/**
 * The documentation a newcomer reads: README.md (the five questions) and the pages under docs/.
 * Tests run the queries these pages show and check the tables they keep, so a page cannot drift
 * from the service it describes.
 */
export const DOC_FILES = [
  'README.md',
  'docs/api.md',
  'docs/explorer.md',
  'docs/operations.md',
  'docs/performance.md',
];

export function readDoc(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}
