import { mkdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceSummary, SourceText } from '../src/explorer/source-reader.js';
import { launchChromium } from './support/browser.js';

// The source's reading view (src/explorer/source-view.ts) on its own, in Chromium, with a small
// made-up source (nothing from the NATO page, no coverage claimed about it): a sentence opens its
// facts, a fact asks the page to open it, the coverage filter works, text stays text, a compiled
// source says so, and the layout holds at both sizes. The whole page with the NATO page's real
// sentences is tests/explorer-source.browser.test.ts. Screenshots go to tests/artifacts/.

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const CSS = readFileSync(new URL('../src/explorer/explorer.css', import.meta.url), 'utf8');

const FIXTURE: SourceText = {
  key: 'fixture-source',
  title: 'A made-up source for the reading view',
  kind: 'PUBLISHED',
  publisher: 'Example',
  url: 'https://example.org/fixture',
  references: [],
  sentences: [
    {
      index: 0,
      text: 'First heading',
      form: 'HEADING',
      section: 'First heading',
      coverage: 'NO_FACT',
      reason: 'Names the section that follows.',
      noFact: 'HEADING',
      unaccounted: false,
      link: null,
      entities: [],
      relations: [],
    },
    {
      index: 1,
      text: 'Alpha is based in Beta.',
      form: 'SENTENCE',
      section: 'First heading',
      coverage: 'CAPTURED',
      reason: null,
      noFact: null,
      unaccounted: false,
      link: 'https://example.org/fixture#:~:text=Alpha%20is%20based%20in%20Beta.',
      entities: [{ key: 'alpha', name: 'Alpha', kind: 'PROGRAMME' }],
      relations: [
        {
          key: 'alpha-based-in-beta',
          type: 'BASED_IN',
          text: 'Alpha is based in Beta',
          figure: null,
          from: 'alpha',
          to: 'beta',
        },
      ],
    },
    {
      index: 2,
      text: 'Alpha has nearly 700 staff and <b>three</b> hubs.',
      form: 'SENTENCE',
      section: 'First heading',
      coverage: 'PARTLY_CAPTURED',
      reason: 'The hubs are only in the quote',
      noFact: null,
      unaccounted: false,
      link: null,
      entities: [{ key: 'alpha', name: 'Alpha', kind: 'PROGRAMME' }],
      relations: [],
    },
    {
      index: 3,
      text: 'Second heading',
      form: 'HEADING',
      section: 'Second heading',
      coverage: 'NO_FACT',
      reason: 'Names the section that follows.',
      noFact: 'HEADING',
      unaccounted: false,
      link: null,
      entities: [],
      relations: [],
    },
    {
      index: 4,
      text: 'Gamma welcomes refugees.',
      form: 'SENTENCE',
      section: 'Second heading',
      coverage: 'NOT_CAPTURED',
      reason: 'Refugees are not in the graph',
      noFact: null,
      unaccounted: false,
      link: null,
      entities: [],
      relations: [],
    },
  ],
};

let browser: Browser;
let script: string;
let page: Page | null = null;
let pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  const bundle = await build({
    entryPoints: [new URL('./support/source-view-harness.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  script = bundle.outputFiles[0]!.text;
}, 60_000);

afterAll(async () => {
  await browser?.close();
}, 30_000);

afterEach(async () => {
  await page?.context().close();
  page = null;
  expect(pageErrors).toEqual([]);
}, 30_000);

async function open(
  options: BrowserContextOptions,
  text: SourceText = FIXTURE,
  sources: SourceSummary[] = [],
): Promise<Page> {
  const context = await browser.newContext(options);
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setContent(
    '<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
      '<body data-view="source"><main class="layout"><section id="source-view" class="view source-view"></section></main></body></html>',
  );
  await page.addStyleTag({ content: CSS });
  await page.evaluate(
    ({ text, sources }) => {
      window.harnessText = text;
      window.harnessSources = sources;
    },
    { text, sources },
  );
  await page.addScriptTag({ content: script });
  return page;
}

const calls = (p: Page) => p.evaluate(() => window.harnessCalls);

describe('the reading view', () => {
  it('marks each sentence with its coverage, in shape and words, under its heading, as text', async () => {
    const p = await open({ viewport: { width: 1280, height: 800 } });
    // Each heading is a sentence too, shown once, as the heading of its section.
    expect(await p.locator('.source-section h3').count()).toBe(0);
    expect(await p.locator('.sentence-item.heading button').allTextContents()).toEqual([
      '–No fact: a heading First heading',
      '–No fact: a heading Second heading',
    ]);
    expect(await p.locator('button.sentence').allTextContents()).toEqual([
      '–No fact: a heading First heading',
      '●Captured Alpha is based in Beta.',
      '◐Partly captured Alpha has nearly 700 staff and <b>three</b> hubs.',
      '–No fact: a heading Second heading',
      '○Not captured Gamma welcomes refugees.',
    ]);
    // What the graph does not hold is said under the sentence, without a click.
    expect(await p.locator('.not-held').allTextContents()).toEqual([
      'Not held: The hubs are only in the quote',
      'Not held: Refugees are not in the graph',
    ]);
    // Markup in a sentence stays text.
    expect(await p.locator('button.sentence b').count()).toBe(0);
    expect(await p.locator('.coverage-filter label').allTextContents()).toEqual([
      '●Captured: 1',
      '◐Partly captured: 1',
      '○Not captured: 1',
      '–No fact: 2',
    ]);
    expect(await p.textContent('.coverage-summary')).toContain(
      '1 of the 3 sentences that state a fact are held as structured facts, 1 only in part, 1 not at all; 2 state no fact',
    );
    expect(await p.textContent('.source-meta')).toBe('Published by Example. Open the page');
    expect(await p.locator('.compiled-note').count()).toBe(0);
  });

  it('opens a sentence to its facts, asks the page to open a fact, and closes again', async () => {
    const p = await open({ viewport: { width: 1280, height: 800 } });
    await p.click('#sentence-1');
    expect(await p.getAttribute('#sentence-1', 'aria-expanded')).toBe('true');
    const facts = p.locator('[data-index="1"] .facts li');
    // Beta is not drawn (the harness's filters hide it), and the relation says so.
    expect(await facts.allTextContents()).toEqual([
      'Alpha · Programme',
      '→Alpha is based in Beta (not drawn: filtered out, or not yet known on this date)',
    ]);
    expect(await p.textContent('[data-index="1"] .coverage-line')).toBe(
      'Captured: held as structured facts.',
    );
    expect(await p.getAttribute('[data-index="1"] .sentence-facts a.source-url', 'href')).toBe(
      'https://example.org/fixture#:~:text=Alpha%20is%20based%20in%20Beta.',
    );
    expect(await p.textContent('[data-index="1"] .sentence-facts a.source-url')).toBe(
      "Open it on Example's page",
    );
    // The phone's "Show on the graph" is not offered beside the drawing.
    expect(await p.locator('[data-index="1"] .show-on-graph').isVisible()).toBe(false);
    await p.click('[data-relation="alpha-based-in-beta"] button');
    await p.click('#sentence-1');
    expect(await calls(p)).toEqual(['select 1', 'open alpha at alpha-based-in-beta', 'select null']);
    await p.click('#sentence-0');
    expect(await p.textContent('[data-index="0"] .coverage-line')).toBe(
      'No fact: a heading. Names the section that follows.',
    );
    expect(await p.locator('[data-index="0"] .facts').count()).toBe(0);
    await p.screenshot({ path: `${ARTIFACTS}explorer-source-view-harness-desktop.png` });
  });

  it('hides the sentences of a coverage the reader unticks', async () => {
    const p = await open({ viewport: { width: 1280, height: 800 } });
    await p.uncheck('input[name=coverage][value=NO_FACT]');
    expect(await p.locator('button.sentence').count()).toBe(3);
    // The headings were sentences with no fact: their sections keep them as headings.
    expect(await p.locator('.source-section h3').allTextContents()).toEqual([
      'First heading',
      'Second heading',
    ]);
    await p.check('input[name=coverage][value=NO_FACT]');
    expect(await p.locator('button.sentence').count()).toBe(5);
    expect(await p.locator('.source-section h3').count()).toBe(0);
    expect(await calls(p)).toEqual(['hide NO_FACT', 'show NO_FACT']);
  });

  it("says a compiled source is this project's own words, and offers the other sources", async () => {
    const compiled: SourceText = {
      ...FIXTURE,
      key: 'own',
      title: 'Reference facts, compiled for this graph',
      kind: 'COMPILED',
      publisher: 'This project',
      url: null,
      references: ['https://example.org/members'],
      sentences: FIXTURE.sentences.map((sentence) => ({ ...sentence, link: null })),
    };
    const sources: SourceSummary[] = [
      { key: 'fixture-source', title: FIXTURE.title, kind: 'PUBLISHED', sentences: 5 },
      { key: 'own', title: compiled.title, kind: 'COMPILED', sentences: 5 },
    ];
    const p = await open({ viewport: { width: 1280, height: 800 } }, compiled, sources);
    expect(await p.textContent('.compiled-note')).toBe(
      'Compiled by this project These sentences are this project’s own reference data, in its own words: no published page says them. Taken from https://example.org/members.',
    );
    expect(await p.locator('.source-meta').count()).toBe(0);
    expect(await p.locator('#source-choice option').allTextContents()).toEqual([
      'A made-up source for the reading view, 5 sentences',
      'Reference facts, compiled for this graph (compiled by this project), 5 sentences',
    ]);
    expect(await p.inputValue('#source-choice')).toBe('own');
    await p.selectOption('#source-choice', 'fixture-source');
    await p.click('#sentence-1');
    // No link into a page that lacks the sentence.
    expect(await p.locator('[data-index="1"] .sentence-facts a').count()).toBe(0);
    expect(await calls(p)).toEqual(['source fixture-source', 'select 1']);
  });

  it('fits a 390 px phone, with 44 px sentences and a way to the drawing', async () => {
    const p = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await p.tap('#sentence-2');
    await p.tap('[data-index="2"] .show-on-graph');
    expect(await calls(p)).toEqual(['select 2', 'show on graph']);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const box of await p
      .locator('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);
    await p.screenshot({ path: `${ARTIFACTS}explorer-source-view-harness-phone.png` });
  });
});
