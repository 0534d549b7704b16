import { mkdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceText } from '../src/explorer/source-reader.js';
import { launchChromium } from './support/browser.js';

// The source's reading view (src/explorer/source-view.ts) on its own, in Chromium. The service
// does not offer Source.sentences yet, so the page does not show this view; here it gets a small
// made-up source (nothing from the NATO page, no coverage claimed about it) to check that a
// sentence opens its facts, a fact asks the page to open it, the coverage filter works, text
// stays text, and the layout holds at both sizes. Screenshots go to tests/artifacts/.

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const CSS = readFileSync(new URL('../src/explorer/explorer.css', import.meta.url), 'utf8');

const FIXTURE: SourceText = {
  key: 'fixture-source',
  title: 'A made-up source for the reading view',
  url: 'https://example.org/fixture',
  sentences: [
    {
      index: 0,
      text: 'First heading',
      section: 'First heading',
      coverage: 'NO_FACT',
      reason: 'A heading',
      entities: [],
      relations: [],
    },
    {
      index: 1,
      text: 'Alpha is based in Beta.',
      section: 'First heading',
      coverage: 'CAPTURED',
      reason: null,
      entities: [{ key: 'alpha', name: 'Alpha', kind: 'PROGRAMME' }],
      relations: [
        {
          key: 'alpha-based-in-beta',
          type: 'BASED_IN',
          text: 'Alpha is based in Beta',
          from: 'alpha',
          to: 'beta',
        },
      ],
    },
    {
      index: 2,
      text: 'Alpha has nearly 700 staff and <b>three</b> hubs.',
      section: 'First heading',
      coverage: 'PARTLY_CAPTURED',
      reason: 'The staff and the hubs are only in the quote',
      entities: [{ key: 'alpha', name: 'Alpha', kind: 'PROGRAMME' }],
      relations: [],
    },
    {
      index: 3,
      text: 'Second heading',
      section: 'Second heading',
      coverage: 'NO_FACT',
      reason: 'A heading',
      entities: [],
      relations: [],
    },
    {
      index: 4,
      text: 'Gamma welcomes refugees.',
      section: 'Second heading',
      coverage: 'NOT_CAPTURED',
      reason: 'Refugees are not in the graph',
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

async function open(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setContent(
    '<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
      '<body data-view="source"><main class="layout"><section id="source-view" class="view source-view"></section></main></body></html>',
  );
  await page.addStyleTag({ content: CSS });
  await page.evaluate((text) => {
    window.harnessText = text;
  }, FIXTURE);
  await page.addScriptTag({ content: script });
  return page;
}

const calls = (p: Page) => p.evaluate(() => window.harnessCalls);

describe('the reading view', () => {
  it('marks each sentence with its coverage, in shape and words, under its heading, as text', async () => {
    const p = await open({ viewport: { width: 1280, height: 800 } });
    // Each heading is a sentence too, shown once, as the heading of its section.
    expect(await p.locator('.source-section h3').count()).toBe(0);
    expect(await p.locator('.sentence-item.heading').allTextContents()).toEqual([
      '–No fact: First heading',
      '–No fact: Second heading',
    ]);
    const sentences = await p.locator('button.sentence').allTextContents();
    expect(sentences).toEqual([
      '–No fact: First heading',
      '●Captured: Alpha is based in Beta.',
      '◐Partly captured: Alpha has nearly 700 staff and <b>three</b> hubs.',
      '–No fact: Second heading',
      '○Not captured: Gamma welcomes refugees.',
    ]);
    // Markup in a sentence stays text.
    expect(await p.locator('button.sentence b').count()).toBe(0);
    expect(await p.locator('.coverage-filter label').allTextContents()).toEqual([
      '●Captured: 1',
      '◐Partly captured: 1',
      '○Not captured: 1',
      '–No fact: 2',
    ]);
  });

  it('opens a sentence to its facts, asks the page to open a fact, and closes again', async () => {
    const p = await open({ viewport: { width: 1280, height: 800 } });
    await p.click('#sentence-1');
    expect(await p.getAttribute('#sentence-1', 'aria-expanded')).toBe('true');
    const facts = p.locator('[data-index="1"] .facts li');
    expect(await facts.allTextContents()).toEqual(['Alpha', 'Alpha is based in Beta']);
    expect(await p.textContent('[data-index="1"] .coverage-line')).toBe(
      'Captured: held as structured facts.',
    );
    // The phone's "Show on the graph" is not offered beside the drawing.
    expect(await p.locator('[data-index="1"] .show-on-graph').isVisible()).toBe(false);
    await p.click('[data-relation="alpha-based-in-beta"] button');
    await p.click('#sentence-1');
    expect(await calls(p)).toEqual(['select 1', 'open alpha', 'select null']);
    await p.click('#sentence-4');
    expect(await p.textContent('[data-index="4"] .coverage-line')).toBe(
      'Not captured: Refugees are not in the graph.',
    );
    expect(await p.locator('[data-index="4"] .facts').count()).toBe(0);
    await p.screenshot({ path: `${ARTIFACTS}explorer-source-view-harness-desktop.png` });
  });

  it('hides the sentences of a coverage the reader unticks', async () => {
    const p = await open({ viewport: { width: 1280, height: 800 } });
    await p.uncheck('input[name=coverage][value=NO_FACT]');
    expect(await p.locator('button.sentence').count()).toBe(3);
    await p.check('input[name=coverage][value=NO_FACT]');
    expect(await p.locator('button.sentence').count()).toBe(5);
    expect(await calls(p)).toEqual(['hide NO_FACT', 'show NO_FACT']);
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
