import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer } from '../scripts/build-explorer.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { loadRealGraph } from './support/client.js';
import { serveApp, type AppServer } from './support/app-server.js';
import { launchChromium, pixelsNear } from './support/browser.js';
import { fileTempDir } from './support/temp-dir.js';

// The explorer on a phone, without WebGL, and the drawing's readability, in Chromium (issue 15).
// Phones are emulated as playwright does it: a 390x844 viewport with touch and a mobile user
// agent, driven by taps. Every view is saved at both sizes under tests/artifacts/ (git-ignored);
// with UPDATE_DOC_SCREENSHOTS=1 the ones docs/explorer.md shows are copied into docs/ too.

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const DOCS = new URL('../docs/', import.meta.url).pathname;
const SOURCES = new URL('../graph-data/sources/', import.meta.url);
const SOURCE_TEXTS = readdirSync(SOURCES).map((name) => readFileSync(new URL(name, SOURCES), 'utf8'));
const POLL = { timeout: 10_000 };

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

let server: AppServer;
let base: string;
let browser: Browser;
let page: Page | null = null;
let pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  const explorerDir = `${fileTempDir('explorer-screens')}/`;
  await buildExplorer({ outdir: explorerDir });
  server = await serveApp(createApp({ current: await loadRealGraph() }, DEFAULT_CONFIG, { explorerDir }));
  base = server.base;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

afterEach(async () => {
  await page?.context().close();
  page = null;
  // No script error on any view, whatever the test looked at.
  expect(pageErrors).toEqual([]);
}, 30_000);

async function open(on: Browser, options: BrowserContextOptions, path = '/explore'): Promise<Page> {
  const context = await on.newContext(options);
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${base}${path}`);
  await page.waitForSelector('body[data-state=ready]', { timeout: 15_000 });
  return page;
}

/** Saves a screenshot under tests/artifacts/, and into docs/ when asked to update those. */
async function shoot(p: Page, name: string, { doc = false, fullPage = false } = {}): Promise<void> {
  const path = `${ARTIFACTS}${name}.png`;
  await p.screenshot({ path, fullPage });
  if (doc && process.env.UPDATE_DOC_SCREENSHOTS === '1') copyFileSync(path, `${DOCS}${name}.png`);
}

/** Elements that stick out of the screen on the right, by tag, id and class, with their right edge. */
function overflowing(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('[hidden]')) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (box.right > width + 0.5)
        out.push(
          `${element.tagName.toLowerCase()}#${element.id}.${element.className} ends at ${Math.round(box.right)}`,
        );
    }
    return out;
  });
}

/** Controls shown on screen that are smaller than 44 by 44 CSS pixels (checkboxes count by their label). */
function smallTargets(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const selector = [
      'button',
      'a[href]',
      'input:not([type=checkbox]):not([type=radio])',
      'select',
      'summary',
      '[role=option]',
      'label:has(> input[type=checkbox])',
    ].join(',');
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('[hidden]') || element.classList.contains('skip')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (box.width < 44 || box.height < 44)
        small.push(
          `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

async function tapTab(p: Page, name: string): Promise<void> {
  await p.tap(`[role=tab]:has-text("${name}")`);
  await expect
    .poll(() => p.getAttribute(`[role=tab]:has-text("${name}")`, 'aria-selected'), POLL)
    .toBe('true');
}

/** Types into a search box and taps its first suggestion. */
async function tapSuggestion(p: Page, input: string, text: string): Promise<void> {
  await p.tap(input);
  await p.fill(input, text);
  const option = p.locator(`${input} + [role=listbox] [role=option]`).first();
  await option.waitFor();
  await option.tap();
}

describe('the explorer on a 390x844 phone, by touch', () => {
  it.each([
    [360, 740],
    [390, 844],
  ])(
    'is never wider than a %ix%i screen and has 44 px touch targets, in every view',
    async (width, height) => {
      const phone = { ...PHONE, viewport: { width, height } };
      const p = await open(browser, phone, '/explore?entity=nsatu');
      await expect
        .poll(() => p.locator('#entity-name').textContent(), POLL)
        .toBe('NATO Security Assistance and Training for Ukraine');
      // Touch reads its own hint: no keyboard shortcuts.
      expect(await p.textContent('#graph-hint')).toMatch(/^Tap an entity/);
      expect(await p.textContent('#graph-hint')).not.toContain('Keys');
      expect(await p.getAttribute('#search', 'placeholder')).not.toContain('press /');
      expect(await overflowing(p)).toEqual([]);
      expect(await smallTargets(p)).toEqual([]);
      const suffix = width === 390 ? 'phone' : `phone-${width}`;
      if (width === 390) await shoot(p, 'explorer-phone', { doc: true });
      await shoot(p, `explorer-graph-${suffix}`);

      for (const [tab, name] of [
        ['Path', 'path'],
        ['Filters', 'filters'],
        ['Funding', 'funding'],
        ['Source', 'source-list'],
      ] as const) {
        await tapTab(p, tab);
        if (name === 'funding') await p.locator('.funding').waitFor();
        if (name === 'source-list') await p.locator('.reading').waitFor(POLL);
        if (name === 'filters') await p.click('summary:has-text("Relation types")');
        expect(await overflowing(p), tab).toEqual([]);
        expect(await smallTargets(p), tab).toEqual([]);
        await shoot(p, `explorer-${name}-${suffix}`);
      }
    },
  );

  it('searches and opens the panel under the drawing by tapping, moves to a neighbour, and taps an entity on the drawing', async () => {
    const p = await open(browser, PHONE);
    await tapSuggestion(p, '#search', 'Wiesbaden');
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Wiesbaden');
    const graph = (await p.locator('#graph-view').boundingBox())!;
    const panel = (await p.locator('#panel').boundingBox())!;
    // The panel stacks under the drawing, the screen's whole width.
    expect(panel.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    expect(panel.width).toBeGreaterThanOrEqual(389);
    expect(graph.height).toBeGreaterThan(200);
    await shoot(p, 'explorer-entity-phone');

    await p.tap('button.neighbour[data-key=nsatu]');
    await expect
      .poll(() => p.locator('#entity-name').textContent(), POLL)
      .toBe('NATO Security Assistance and Training for Ukraine');
    await p.tap('#panel .close');
    await expect.poll(() => p.locator('#panel').isHidden(), POLL).toBe(true);

    // NSATU stays in the middle of the drawing, where the panel sent the camera: a tap there opens it.
    await p.waitForTimeout(600);
    const drawing = (await p.locator('#graph').boundingBox())!;
    await p.touchscreen.tap(drawing.x + drawing.width / 2, drawing.y + drawing.height / 2);
    await expect
      .poll(() => p.locator('#entity-name').textContent(), POLL)
      .toBe('NATO Security Assistance and Training for Ukraine');
  });

  it('finds a path by tapping, lists it, and shows it on the drawing', async () => {
    const p = await open(browser, PHONE);
    await tapTab(p, 'Path');
    await tapSuggestion(p, '#path-from', 'Netherlands');
    await tapSuggestion(p, '#path-to', 'Wiesbaden');
    await p.tap('label:has(#path-forward)');
    await p.tap('#path-form button[type=submit]');
    const steps = p.locator('.path-steps > li');
    await steps.first().waitFor();
    expect(await p.textContent('.path-summary')).toMatch(
      /^\d steps? from Netherlands to Wiesbaden, each along/,
    );
    expect(p.url()).toContain('direction=forward');
    expect(await overflowing(p)).toEqual([]);
    await shoot(p, 'explorer-path-phone');
    const onPath = (p.url().match(/from=([^&]+)&to=([^&]+)/) ?? []).slice(1);
    await p.tap('button.show-on-graph');
    await expect.poll(() => p.locator('#graph-view').isVisible(), POLL).toBe(true);
    expect(await p.getAttribute('#tab-graph', 'aria-selected')).toBe('true');
    // The camera frames the path, as it does a sentence's facts: both ends labelled, and the
    // path's entities (the only ones labelled) spread over the drawing rather than crowded in a
    // corner of the whole graph.
    await p.waitForTimeout(700);
    const drawing = (await p.locator('#graph').boundingBox())!;
    const labels = JSON.parse((await p.getAttribute('#graph', 'data-labels')) ?? '[]') as [
      string,
      number,
      number,
    ][];
    expect(labels.map(([key]) => key)).toEqual(expect.arrayContaining(onPath));
    const spread = Math.max(
      ...labels.flatMap(([, x1, y1]) =>
        labels.map(([, x2, y2]) =>
          Math.max(Math.abs(x1 - x2) / drawing.width, Math.abs(y1 - y2) / drawing.height),
        ),
      ),
    );
    // (about 0.6 framed; under 0.3 with the whole graph in view)
    expect(spread).toBeGreaterThan(0.45);
  });

  it('shows the funding view with its bars inside the screen, and changes programme', async () => {
    const p = await open(browser, PHONE);
    await tapTab(p, 'Funding');
    await expect
      .poll(() => p.locator('#funding-heading').textContent(), POLL)
      .toBe('Funding: Prioritised Ukraine Requirements List');
    const tracks = await p
      .locator('.bar-track')
      .evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect()).map((box) => [box.left, box.right]),
      );
    expect(tracks.length).toBeGreaterThan(2);
    for (const [left, right] of tracks) {
      expect(right).toBeLessThanOrEqual(390);
      expect(right! - left!).toBeGreaterThan(300);
    }
    expect(await overflowing(p)).toEqual([]);
    await shoot(p, 'explorer-funding-phone');
    await p.selectOption('#programme', 'all');
    await expect
      .poll(() => p.locator('#funding-heading').textContent(), POLL)
      .toBe('Funding: all programmes and packages');
  });
});

describe('the drawing, readable', () => {
  it('keeps the labels around Ukraine apart, inside the drawing and off the zoom buttons', async () => {
    const p = await open(browser, DESKTOP, '/explore?entity=ukraine');
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Ukraine');
    await p.waitForTimeout(800);
    const graph = (await p.locator('#graph').boundingBox())!;
    const zoom = (await p.locator('.zoom').boundingBox())!;
    const labels = JSON.parse((await p.getAttribute('#graph', 'data-labels')) ?? '[]') as [
      string,
      number,
      number,
      number,
      number,
    ][];
    expect(labels[0]?.[0]).toBe('ukraine');
    expect(labels.length).toBeGreaterThan(10);
    const boxes = labels.map(([key, x, y, width, height]) => ({ key, x, y, width, height }));
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(graph.width + 1);
      const zoomX = zoom.x - graph.x;
      const zoomY = zoom.y - graph.y;
      const underZoom =
        a.x < zoomX + zoom.width &&
        zoomX < a.x + a.width &&
        a.y < zoomY + zoom.height &&
        zoomY < a.y + a.height;
      expect(underZoom, a.key).toBe(false);
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.key} and ${b.key}`).toBe(false);
      }
    }
    expect(await overflowing(p)).toEqual([]);
    await shoot(p, 'explorer-entity-desktop');
  });

  it('shows what a move of the date hides, in the drawing and in words, with the day in ISO in the field', async () => {
    const p = await open(browser, DESKTOP);
    expect(await p.getAttribute('#as-of-date', 'type')).toBe('text');
    await p.waitForTimeout(300);
    const labelKeys = (labels: string | null | undefined) =>
      (JSON.parse(labels ?? '[]') as [string][]).map(([key]) => key);
    const labelled = async () => labelKeys(await p.getAttribute('#graph', 'data-labels'));
    const all = await p.locator('#entity-list button').count();
    // Every drawing the page makes from here on is recorded with the length of the list at that
    // moment, so the shrinking frames are seen even when a loaded machine polls too late to catch
    // them on screen (the transition lasts under a second).
    type Drawing = { listed: number; labels: string | undefined };
    await p.evaluate(() => {
      const graph = document.getElementById('graph')!;
      const drawn: Drawing[] = [];
      (window as unknown as { drawn: Drawing[] }).drawn = drawn;
      new MutationObserver(() => {
        drawn.push({
          listed: document.querySelectorAll('#entity-list button').length,
          labels: graph.dataset.labels,
        });
      }).observe(graph, { attributes: true, attributeFilter: ['data-labels'] });
    });
    await p.fill('#as-of-date', '8 November 2024');
    await p.press('#as-of-date', 'Enter');
    await expect.poll(() => p.locator('#entity-list button').count(), POLL).toBeLessThan(all);
    const shown = new Set(
      await p
        .locator('#entity-list button')
        .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.key)),
    );
    // While they shrink away, the entities the date hides are still drawn, ringed and labelled:
    // some drawing made after the list shrank labels one of them.
    const drawn = () => p.evaluate(() => (window as unknown as { drawn: Drawing[] }).drawn);
    await expect
      .poll(
        async () =>
          (await drawn()).some(
            ({ listed, labels }) => listed === shown.size && labelKeys(labels).some((key) => !shown.has(key)),
          ),
        POLL,
      )
      .toBe(true);
    await expect.poll(() => p.locator('#as-of-date').inputValue(), POLL).toBe('2024-11-08');
    expect(await p.textContent('#as-of-label')).toBe('The graph as known on 8 November 2024');
    // The line counts what left the list of entities shown, and names three of them.
    const left = all - shown.size;
    expect(left).toBeGreaterThan(3);
    expect(await p.textContent('#as-of-change')).toMatch(
      new RegExp(`^${left} entities left the drawing \\(.+ and ${left - 3} more\\)\\.$`),
    );
    await shoot(p, 'explorer-as-of-desktop');
    // ... and then they are gone.
    await expect.poll(async () => (await labelled()).filter((key) => !shown.has(key)), POLL).toEqual([]);

    await p.fill('#as-of-date', '11/08/2024');
    await p.press('#as-of-date', 'Enter');
    await expect
      .poll(() => p.locator('#as-of-date-error').textContent(), POLL)
      .toBe('“11/08/2024” is not a day: write it as 2024-11-08 or 8 November 2024.');
    expect(await p.getAttribute('#as-of-date', 'aria-invalid')).toBe('true');
    // The view keeps the last day it could read.
    expect(p.url()).toContain('asOf=2024-11-08');
  });

  it('says when a path step is read backwards, and can walk relations only forwards', async () => {
    const p = await open(browser, DESKTOP, '/explore?entity=nsatu&from=netherlands&to=wiesbaden');
    const texts = () => p.locator('.path-steps .step-text').allTextContents();
    // Through a group both belong to, two steps walk their relation backwards, and say so.
    await expect
      .poll(texts, POLL)
      .toEqual([
        'Netherlands is a member of European Allies and Canada',
        'Germany is a member of European Allies and Canada, read backwards',
        'Wiesbaden lies in Germany, read backwards',
      ]);
    expect(await p.textContent('.path-summary')).toContain('2 are read backwards');
    await p.check('#path-forward');
    await expect
      .poll(texts, POLL)
      .toEqual([
        'Netherlands is a member of NATO Allies',
        'NATO Allies established NATO Security Assistance and Training for Ukraine',
        'NATO Security Assistance and Training for Ukraine is based in Wiesbaden',
      ]);
    expect(await p.locator('.path-steps li[data-direction=backwards]').count()).toBe(0);
    expect(p.url()).toContain('direction=forward');
    // Without membership and geography, forward still, the path runs through the money.
    await p.goto(
      `${base}/explore?entity=nsatu&from=netherlands&to=wiesbaden&direction=forward&hideTypes=LOCATED_IN,MEMBER_OF`,
    );
    await p.waitForSelector('body[data-state=ready]');
    await expect
      .poll(texts, POLL)
      .toEqual([
        'Netherlands funds Package of U.S. equipment funded by the Netherlands (4 August 2025)',
        'Package of U.S. equipment funded by the Netherlands (4 August 2025) is a package of Prioritised Ukraine Requirements List',
        'Prioritised Ukraine Requirements List delivers through NATO Security Assistance and Training for Ukraine',
        'NATO Security Assistance and Training for Ukraine is based in Wiesbaden',
      ]);
    expect(p.url()).toContain('direction=forward');
    for (const quote of await p.locator('.path-steps blockquote q').allTextContents())
      expect(
        SOURCE_TEXTS.some((text) => text.includes(quote)),
        quote,
      ).toBe(true);
    await p.waitForTimeout(500);
    await shoot(p, 'explorer', { doc: true });
    await shoot(p, 'explorer-path-desktop');
  });

  it('opens the funding view at 1280x800', async () => {
    const p = await open(browser, DESKTOP, '/explore?view=funding');
    await p.locator('.funding').waitFor();
    expect(await overflowing(p)).toEqual([]);
    await shoot(p, 'explorer-funding-desktop');
    await p.goto(`${base}/explore`);
    await p.waitForSelector('body[data-state=ready]');
    expect(await p.textContent('#graph-hint')).toContain('Keys: / search');
    await shoot(p, 'explorer-graph-desktop');
  });
});

describe('the explorer without WebGL', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await launchChromium({ webgl: false });
  }, 60_000);
  afterAll(async () => {
    await plain?.close();
  }, 30_000);

  for (const [size, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`says so in one sentence and offers the table, search, panel, path and funding (${size})`, async () => {
      const p = await open(plain, options);
      const message = (await p.textContent('#no-drawing')) ?? '';
      expect(message).toMatch(/^This browser does not offer WebGL, which the drawing needs/);
      expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
      const kg = await loadRealGraph();
      expect(await p.locator('table.entities tbody tr').count()).toBe(kg.graph.order);
      expect(await overflowing(p)).toEqual([]);
      await shoot(p, `explorer-no-webgl-${size}`);

      // Sorting from the keyboard keeps the focus on the heading pressed.
      await p.focus('table.entities button.sort[data-column=date]');
      await p.keyboard.press('Enter');
      await expect
        .poll(() => p.locator('table.entities th[aria-sort] .sort').getAttribute('data-column'), POLL)
        .toBe('date');
      expect(
        await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.column ?? null),
      ).toBe('date');

      // The table opens the panel, and sorts.
      await p.click('table.entities button.sort[data-column=relations]');
      const counts = await p.locator('table.entities td.number').allTextContents();
      expect(counts.map(Number)).toEqual(counts.map(Number).sort((a, b) => b - a));
      const first = p.locator('table.entities tbody tr:first-child button.entity-link');
      const name = await first.textContent();
      await first.click();
      await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe(name);

      // No date is broken inside a word ("Septem/ber"), even with the panel open beside the
      // table: every word of the Date column on one line.
      const brokenDates = await p.locator('table.entities td[data-label="Date"]').evaluateAll((cells) =>
        cells.flatMap((cell) => {
          const text = cell.firstChild;
          if (!(text instanceof Text)) return [];
          const range = document.createRange();
          const broken: string[] = [];
          for (const match of text.data.matchAll(/\S+/g)) {
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            if (range.getClientRects().length > 1) broken.push(text.data);
          }
          return broken;
        }),
      );
      expect(brokenDates).toEqual([]);

      await p.fill('#search', 'Wiesbaden');
      await p.locator('#search + [role=listbox] [role=option]').first().click();
      await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Wiesbaden');

      if (size === 'phone') await p.click('#tab-path');
      await p.fill('#path-from', 'Netherlands');
      await p.locator('#path-from + [role=listbox] [role=option]').first().click();
      await p.fill('#path-to', 'Wiesbaden');
      await p.locator('#path-to + [role=listbox] [role=option]').first().click();
      await p.click('#path-form button[type=submit]');
      await expect.poll(() => p.locator('.path-steps > li').count(), POLL).toBeGreaterThan(1);

      await p.click('#tab-funding');
      await expect
        .poll(() => p.locator('#funding-heading').textContent(), POLL)
        .toBe('Funding: Prioritised Ukraine Requirements List');
      expect(await p.locator('.bar-row').count()).toBeGreaterThan(2);
    });
  }

  it('still links a sentence to its facts, marked in the table, and back (desktop and phone)', async () => {
    const nato = await natoSource();
    for (const [size, options] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const p = await open(plain, options, '/explore?view=source');
      const sentence = p.locator('button.sentence', { hasText: NSATU_SENTENCE });
      await sentence.waitFor(POLL);
      await sentence.click();
      if (size === 'phone') {
        await p.click(`[data-index="${nato.index}"] .show-on-graph`);
        await expect.poll(() => p.getAttribute('#tab-graph', 'aria-selected'), POLL).toBe('true');
        expect(await p.textContent('#facts-bar q')).toMatch(new RegExp(`^${NSATU_SENTENCE}`));
      }
      // The table lists the sentence's entities first, each saying so in words.
      const marked = p.locator('table.entities tbody tr.in-sentence');
      await expect.poll(() => marked.count(), POLL).toBeGreaterThan(1);
      const keys = await marked.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.key));
      expect(keys).toEqual(expect.arrayContaining(['nsatu', 'wiesbaden']));
      const first = await p
        .locator('table.entities tbody tr')
        .evaluateAll(
          (rows, n) => rows.slice(0, n).map((row) => (row as HTMLElement).dataset.key),
          keys.length,
        );
      expect(first.sort()).toEqual([...keys].sort());
      expect(await marked.first().locator('.in-sentence-tag').textContent()).toBe('in the sentence');
      expect(await p.textContent('table.entities caption')).toContain('in the chosen sentence first');
      expect(await overflowing(p)).toEqual([]);
      await shoot(p, `explorer-source-no-webgl-${size}`);

      // And back: NSATU's panel opens the sentence in the reading view.
      await marked.locator('button.entity-link[data-key=nsatu]').click();
      const read = p.locator('#panel [data-relation=nsatu-based-in-wiesbaden] button.read-in-source');
      await read.waitFor(POLL);
      if (size === 'desktop') {
        await p.click(`#sentence-${nato.index}`);
        expect(await p.getAttribute(`#sentence-${nato.index}`, 'aria-expanded')).toBe('false');
      }
      await read.click();
      await expect.poll(() => p.getAttribute(`#sentence-${nato.index}`, 'aria-expanded'), POLL).toBe('true');
      expect(await p.getAttribute('#tab-source', 'aria-selected')).toBe('true');
      expect(pageErrors).toEqual([]);
      await p.context().close();
      page = null;
    }
  });
});

/** How many pixels of the drawing are close to a colour ("#rrggbb"). */
async function pixelsOfGraphNear(p: Page, colour: string): Promise<number> {
  const [count] = await pixelsNear(p, await p.locator('#graph').screenshot(), [colour], 40);
  return count!;
}

/** What the drawing lights up for a sentence (src/explorer/graph-view.ts writes it on #graph). */
async function litFacts(p: Page): Promise<{ entities: string[]; relations: string[] } | null> {
  const facts = await p.getAttribute('#graph', 'data-facts');
  return facts ? (JSON.parse(facts) as { entities: string[]; relations: string[] }) : null;
}

async function labelled(p: Page): Promise<string[]> {
  return (JSON.parse((await p.getAttribute('#graph', 'data-labels')) ?? '[]') as [string][]).map(
    ([key]) => key,
  );
}

/** The NATO page's sentence about NSATU's base, and what the service says of its source. */
const NSATU_SENTENCE = 'Based in Wiesbaden, Germany, with three logistics hubs in the east of the Alliance';
async function natoSource(): Promise<{ sentences: number; captured: number; index: number }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ source(key: "nato-support-for-ukraine") { coverage { sentences captured } sentences(first: 100) { edges { node { index text } } } } }',
    }),
  });
  const { data } = (await response.json()) as {
    data: {
      source: {
        coverage: { sentences: number; captured: number };
        sentences: { edges: { node: { index: number; text: string } }[] };
      };
    };
  };
  const nsatu = data.source.sentences.edges.find(({ node }) => node.text.startsWith(NSATU_SENTENCE));
  return { ...data.source.coverage, index: nsatu?.node.index ?? -1 };
}

describe('the source beside the graph', () => {
  it('links a sentence of the NATO page to its facts on the drawing, and a fact back to its sentence, at 1280x800', async () => {
    const nato = await natoSource();
    const p = await open(browser, DESKTOP, '/explore?view=source');
    await p.locator('.reading[data-source="nato-support-for-ukraine"]').waitFor(POLL);
    // Every sentence of the page, each marked in words; the counts are the service's.
    expect(await p.locator('.sentence-item').count()).toBe(nato.sentences);
    expect(await p.textContent('.coverage-filter')).toContain(`Captured: ${nato.captured}`);
    const sentence = p.locator('button.sentence', { hasText: NSATU_SENTENCE });
    expect(await sentence.getAttribute('id')).toBe(`sentence-${nato.index}`);
    expect(await sentence.locator('.coverage-word').textContent()).toBe('Captured ');
    await p.waitForTimeout(300);
    const crimsonBefore = await pixelsOfGraphNear(p, '#c2185b');

    // A sentence lights up its facts: NSATU, Wiesbaden and the relation between them.
    await sentence.click();
    expect(p.url()).toContain(`view=source&source=nato-support-for-ukraine&sentence=${nato.index}`);
    const facts = p.locator(`[data-index="${nato.index}"] .facts`);
    expect(await facts.locator('[data-relation=nsatu-based-in-wiesbaden]').textContent()).toBe(
      '→NATO Security Assistance and Training for Ukraine is based in Wiesbaden',
    );
    await expect.poll(() => litFacts(p), POLL).not.toBeNull();
    const lit = (await litFacts(p))!;
    expect(lit.entities).toEqual(expect.arrayContaining(['nsatu', 'wiesbaden']));
    expect(lit.relations).toContain('nsatu-based-in-wiesbaden');
    // The camera frames them and both are named on the drawing, their relations in crimson.
    await p.waitForTimeout(700);
    expect(await labelled(p)).toEqual(expect.arrayContaining(['nsatu', 'wiesbaden']));
    expect(await pixelsOfGraphNear(p, '#c2185b')).toBeGreaterThan(crimsonBefore + 50);
    expect(await overflowing(p)).toEqual([]);
    await shoot(p, 'explorer-source', { doc: true });
    await shoot(p, 'explorer-source-desktop');

    // A fact opens in the panel; its quote leads back to the sentence, from any view.
    await facts.locator('button.neighbour[data-key=nsatu]').first().click();
    await expect
      .poll(() => p.locator('#entity-name').textContent(), POLL)
      .toBe('NATO Security Assistance and Training for Ukraine');
    await p.click('#tab-graph');
    await expect.poll(() => litFacts(p), POLL).toBeNull();
    const read = p.locator('#panel [data-relation=nsatu-based-in-wiesbaden] button.read-in-source');
    expect(await read.getAttribute('data-sentence')).toBe(String(nato.index));
    await read.click();
    await expect.poll(() => p.getAttribute(`#sentence-${nato.index}`, 'aria-expanded'), POLL).toBe('true');
    expect(await p.getAttribute('#tab-source', 'aria-selected')).toBe('true');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(`sentence-${nato.index}`);
    const box = (await sentence.boundingBox())!;
    const view = (await p.locator('#source-view').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    await expect.poll(() => litFacts(p), POLL).not.toBeNull();
  });

  it("marks the project's own compiled sentences wherever they are quoted, and opens them as its compilation", async () => {
    const p = await open(browser, DESKTOP, '/explore?entity=netherlands&from=netherlands&to=wiesbaden');
    const member = p.locator('#panel [data-relation=netherlands-member-of-nato] blockquote');
    await member.waitFor(POLL);
    expect(await member.locator('.compiled-marker').textContent()).toBe('Compiled by this project');
    // The path through NATO membership quotes the compilation too, and says so.
    await expect.poll(() => p.locator('.path-steps .compiled-marker').count(), POLL).toBeGreaterThan(0);
    await member.locator('button.read-in-source').click();
    await p.locator('.reading[data-source="nato-member-countries"]').waitFor(POLL);
    expect(await p.textContent('.compiled-note')).toMatch(/^Compiled by this project These sentences are/);
    const chosen = p.locator('button.sentence[aria-expanded=true]');
    expect(await chosen.locator('.sentence-text').textContent()).toBe(
      'The Netherlands became a member of NATO in 1949.',
    );
    // Its sentences are on no page: no link offers one.
    expect(await p.locator('.sentence-facts a').count()).toBe(0);
    await shoot(p, 'explorer-source-compiled-desktop');
  });

  it('opens a sentence from a quote, shows its facts on the drawing and comes back, by touch at 390x844', async () => {
    const nato = await natoSource();
    const p = await open(browser, PHONE, '/explore?entity=nsatu');
    const read = p.locator('#panel [data-relation=nsatu-based-in-wiesbaden] button.read-in-source');
    await read.waitFor(POLL);
    await read.tap();
    await expect.poll(() => p.getAttribute(`#sentence-${nato.index}`, 'aria-expanded'), POLL).toBe('true');
    expect(await p.getAttribute('#tab-source', 'aria-selected')).toBe('true');
    expect(await overflowing(p)).toEqual([]);
    expect(await smallTargets(p)).toEqual([]);
    await shoot(p, 'explorer-source-phone');

    await p.tap(`[data-index="${nato.index}"] .show-on-graph`);
    await expect.poll(() => p.getAttribute('#tab-graph', 'aria-selected'), POLL).toBe('true');
    expect(await p.textContent('#facts-bar q')).toMatch(new RegExp(`^${NSATU_SENTENCE}`));
    const lit = (await litFacts(p))!;
    expect(lit.entities).toEqual(expect.arrayContaining(['nsatu', 'wiesbaden']));
    await p.waitForTimeout(700);
    expect(await labelled(p)).toEqual(expect.arrayContaining(['nsatu', 'wiesbaden']));
    expect(await overflowing(p)).toEqual([]);
    expect(await smallTargets(p)).toEqual([]);
    await shoot(p, 'explorer-source-graph-phone');

    await p.tap('#facts-bar button.facts-back');
    await expect.poll(() => p.getAttribute('#tab-source', 'aria-selected'), POLL).toBe('true');
    expect(await p.getAttribute(`#sentence-${nato.index}`, 'aria-expanded')).toBe('true');
    await p.tap('[role=tab]:has-text("Graph")');
    await p.tap('#facts-bar button.facts-clear');
    await expect.poll(() => litFacts(p), POLL).toBeNull();
    expect(await p.locator('#facts-bar').isHidden()).toBe(true);
    expect(p.url()).not.toContain('sentence=');
  });
});
