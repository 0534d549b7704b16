import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_STYLE } from '../src/explorer/vocabulary.js';

// The drawing colours entities by kind. A reader with a colour-vision deficiency must still tell
// the kinds apart, so the palette is checked through culori's simulations (Machado, Oliveira and
// Fernandes 2009, at full severity) with the CIEDE2000 colour difference: about 2 is the smallest
// difference people notice side by side; 15 keeps two small dots on a white page apart.

const MIN_DIFFERENCE = 15;
/** What the drawing fades entities out of focus to (src/explorer/graph-view.ts). */
const FADED = '#e6e9ee';

const difference = differenceCiede2000();
const VISIONS: Record<string, (colour: Color) => Color> = {
  'normal vision': (colour) => colour,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

function colour(hex: string): Color {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`${hex} is not a colour`);
  return parsed;
}

/** The closest two entries of a palette as one vision sees them. */
function closestPair(palette: Record<string, string>, see: (colour: Color) => Color) {
  const entries = Object.entries(palette);
  let closest = { a: '', b: '', difference: Number.POSITIVE_INFINITY };
  for (const [i, [a, hexA]] of entries.entries()) {
    for (const [b, hexB] of entries.slice(i + 1)) {
      const d = difference(see(colour(hexA)), see(colour(hexB)));
      if (d < closest.difference) closest = { a, b, difference: d };
    }
  }
  return closest;
}

describe('the kind palette', () => {
  it('catches a palette with close colours (the blues and teals the drawing used to have)', () => {
    const before = { COUNTRY: '#2f6fd6', GROUP: '#6fa8ff', ORGANISATION: '#0b3d91', BODY: '#7b4fd0' };
    const closest = closestPair(before, VISIONS.deuteranopia!);
    expect(closest.difference).toBeLessThan(MIN_DIFFERENCE);
    expect(
      closestPair({ SUMMIT: '#1f9e89', DECISION: '#5cc8a8' }, VISIONS.tritanopia!).difference,
    ).toBeLessThan(MIN_DIFFERENCE);
  });

  for (const [vision, see] of Object.entries(VISIONS)) {
    it(`keeps every two kinds, and each kind from the faded grey, apart in ${vision}`, () => {
      const palette = {
        ...Object.fromEntries(Object.entries(KIND_STYLE).map(([kind, style]) => [kind, style.colour])),
        FADED,
      };
      const closest = closestPair(palette, see);
      expect(closest.difference, `${closest.a} and ${closest.b}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
    });
  }
});

describe('the focus ring', () => {
  const css = readFileSync(new URL('../src/explorer/explorer.css', import.meta.url), 'utf8');
  const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];

  it('stands out at least 3:1 from the page and panel backgrounds it is drawn on (WCAG 1.4.11)', () => {
    const ring = /:focus-visible\s*{[^}]*outline:\s*\d+px solid (#[0-9a-f]{6})/i.exec(css)?.[1];
    expect(ring).toBeDefined();
    for (const background of ['paper', 'wash']) {
      const hex = variable(background);
      expect(hex, background).toBeDefined();
      expect(wcagContrast(ring!, hex!), `${ring} on ${background} ${hex}`).toBeGreaterThanOrEqual(3);
    }
  });
});
