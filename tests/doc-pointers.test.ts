import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Descriptions and messages point readers at a section of a page: `docs/api.md, "Funding
// totals"`, or a part of one: `docs/api.md, "Paths, neighbourhoods, time and importance" → "What
// was the picture on a given date?"`. A renamed heading leaves such a pointer aimed at nothing.

const ROOT = new URL('../', import.meta.url);
const POINTER = /([\w./-]+\.md),? "([^"]+)"((?: → "[^"]+")*)/g;

/** Every .ts file under src/ except generated output, which repeats the schema's descriptions. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(new URL(dir, ROOT), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Where a heading (`## Name`) or a bold lead (`**Name**`) of this text is; -1 when none. */
function headingAt(text: string, name: string, from = 0): number {
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    const isHeading = /^#+ /.test(line) && line.replace(/^#+ /, '').trim() === name;
    if (offset >= from && (isHeading || line.startsWith(`**${name}**`))) return offset;
    offset += line.length + 1;
  }
  return -1;
}

/** The pointers in a text whose section, or part of one, is not there. */
function brokenPointers(text: string, read: (file: string) => string | null): string[] {
  return [...text.matchAll(POINTER)].flatMap(([pointer, file, first, rest]) => {
    const page = read(file!);
    if (page === null) return [`${pointer} (no file ${file})`];
    let at = -1;
    for (const name of [first!, ...[...rest!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!)]) {
      at = headingAt(page, name, at + 1);
      if (at === -1) return [`${pointer} (no "${name}")`];
    }
    return [];
  });
}

const readPage = (file: string) => {
  try {
    return readFileSync(new URL(file, ROOT), 'utf8');
  } catch {
    return null;
  }
};

describe('section pointers', () => {
  it('are reported when the heading or the part is not there', () => {
    const page = '# Page\n## Time and place\n**When?** At noon.\n';
    const read = (file: string) => (file === 'docs/page.md' ? page : null);
    expect(brokenPointers('see docs/page.md, "Time"', read)).toEqual(['docs/page.md, "Time" (no "Time")']);
    expect(brokenPointers('see docs/other.md, "Time"', read)).toEqual([
      'docs/other.md, "Time" (no file docs/other.md)',
    ]);
    expect(brokenPointers('docs/page.md, "Time and place" → "Where?"', read)).toHaveLength(1);
    expect(brokenPointers('docs/page.md, "Time and place" → "When?"', read)).toEqual([]);
  });

  it('in src/ all name a heading that exists', () => {
    const files = sourceFiles();
    const pointed = files.filter((file) => readFileSync(new URL(file, ROOT), 'utf8').match(POINTER) !== null);
    expect(pointed.length).toBeGreaterThan(0);
    const broken = files.flatMap((file) =>
      brokenPointers(readFileSync(new URL(file, ROOT), 'utf8'), readPage).map(
        (pointer) => `${file}: ${pointer}`,
      ),
    );
    expect(broken).toEqual([]);
  });
});
