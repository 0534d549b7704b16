import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer } from '../scripts/build-explorer.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { loadRealGraph } from './support/client.js';
import { entity, graphData } from './support/fixtures.js';
import { serveApp, type AppServer } from './support/app-server.js';
import { launchChromium, pixelsNear } from './support/browser.js';
import { fileTempDir } from './support/temp-dir.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { KIND_STYLE } from '../src/explorer/vocabulary.js';

// The explorer in a real browser: Debian's Chromium, headless, driven by playwright-core, against
// the real app over HTTP (the page needs a server to load from). The bundle is built fresh into a
// temporary folder, so the test needs no earlier `npm run build`. Screenshots of the main views
// go to tests/artifacts/ (git-ignored) for a reviewer to look at.

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const SOURCES = new URL('../graph-data/sources/', import.meta.url);
const SOURCE_TEXTS = readdirSync(SOURCES).map((name) => readFileSync(new URL(name, SOURCES), 'utf8'));

/** True when a quote the page shows is, word for word, in one of the sources the graph cites. */
function inSources(quote: string): boolean {
  return quote.length > 0 && SOURCE_TEXTS.some((text) => text.includes(quote));
}

let server: AppServer;
let browser: Browser;
let base: string;
let explorerDir: string;
let page: Page;
let pageErrors: string[];
/** The page answers within a few hundred milliseconds; a slow CI machine gets ten seconds. */
const POLL = { timeout: 10_000 };

beforeAll(async () => {
  // The browser first: when none can start, that is the one error this file reports.
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  explorerDir = `${fileTempDir('explorer')}/`;
  await buildExplorer({ outdir: explorerDir });
  const app = createApp({ current: await loadRealGraph() }, DEFAULT_CONFIG, { explorerDir });
  server = await serveApp(app);
  base = server.base;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

async function open(path = '/explore'): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${base}${path}`);
  return page;
}

async function ready(p: Page): Promise<void> {
  await p.waitForSelector('body[data-state=ready]', { timeout: 15_000 });
}

afterEach(async () => {
  await page?.close();
  // No script error on any view, whatever the test looked at.
  expect(pageErrors).toEqual([]);
});

/** Picks the first suggestion a search box offers for `text`. */
async function pick(p: Page, input: string, text: string): Promise<string> {
  await p.fill(input, text);
  const option = p.locator(`${input} + [role=listbox] [role=option]`).first();
  await option.waitFor();
  const label = (await option.textContent()) ?? '';
  await p.press(input, 'Enter');
  return label;
}

describe('the explorer page', () => {
  it('is linked from the root page and served with a strict content security policy', async () => {
    const root = await (await fetch(`${base}/`)).text();
    expect(root).toContain('href="/explore"');
    const response = await fetch(`${base}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    await open();
  });

  it('loads and draws the whole graph: nodes of several kinds on the canvas', async () => {
    const p = await open();
    await ready(p);
    const kg = await loadRealGraph();
    expect(await p.textContent('#status')).toBe(
      `Showing ${kg.graph.order} of ${kg.graph.order} entities and ${kg.graph.size} of ${kg.graph.size} relations.`,
    );
    await p.waitForTimeout(500);
    const png = await p.locator('#graph').screenshot();
    // Countries, programmes and funding packages, in their legend colours (src/explorer/vocabulary.ts).
    const [countries, programmes, packages] = await pixelsNear(p, png, [
      KIND_STYLE.COUNTRY.colour,
      KIND_STYLE.PROGRAMME.colour,
      KIND_STYLE.PACKAGE.colour,
    ]);
    expect(countries).toBeGreaterThan(200);
    expect(programmes).toBeGreaterThan(100);
    expect(packages).toBeGreaterThan(20);
    await p.screenshot({ path: `${ARTIFACTS}explorer-graph.png` });
  });

  it('finds Wiesbaden by search and opens it: NSATU is based there, with the quote and a link to the source', async () => {
    const p = await open();
    await ready(p);
    expect(await pick(p, '#search', 'Wiesbaden')).toContain('Wiesbaden');
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Wiesbaden');
    expect(p.url()).toContain('entity=wiesbaden');
    const nsatuButton = p.locator('button.neighbour', {
      hasText: 'NATO Security Assistance and Training for Ukraine',
    });
    const nsatu = p.locator('.relation', { has: nsatuButton });
    expect(await p.locator('.relation-group', { has: nsatuButton }).locator('h4').textContent()).toBe(
      'Based here (1)',
    );
    const quote = (await nsatu.locator('blockquote q').first().textContent()) ?? '';
    expect(quote).toContain('Based in Wiesbaden, Germany');
    expect(inSources(quote), quote).toBe(true);
    expect(await nsatu.locator('a.source-link').first().getAttribute('href')).toMatch(
      /^https:\/\/(www\.)?nato\.int\/.*#:~:text=/,
    );
    await p.screenshot({ path: `${ARTIFACTS}explorer-entity-wiesbaden.png` });
  });

  it('moves to a neighbour on click, and back with the browser', async () => {
    const p = await open('/explore?entity=wiesbaden');
    await ready(p);
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Wiesbaden');
    await p.click('button.neighbour[data-key=nsatu]');
    await expect
      .poll(() => p.locator('#entity-name').textContent(), POLL)
      .toBe('NATO Security Assistance and Training for Ukraine');
    expect(p.url()).toContain('entity=nsatu');
    await p.goBack();
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Wiesbaden');
  });

  it("marks a quote from this project's compiled reference data, with no link into NATO's page", async () => {
    const p = await open('/explore?entity=kyiv');
    await ready(p);
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Kyiv');
    const compiled = p.locator('blockquote.quote.compiled', { hasText: 'Kyiv is the capital of Ukraine.' });
    expect(await compiled.locator('.compiled-marker').textContent()).toBe('Compiled by this project');
    expect(await compiled.locator('a').count()).toBe(0);
    const published = p.locator('blockquote.quote:not(.compiled)').first();
    expect(await published.locator('.compiled-marker').count()).toBe(0);
    expect(await published.locator('a.source-link').getAttribute('href')).toMatch(/#:~:text=/);
  });

  it('suggests entities by alias ("North Korea") and says when nothing matches', async () => {
    const p = await open();
    await ready(p);
    expect(await pick(p, '#search', 'North Korea')).toContain("Democratic People's Republic of Korea");
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toContain('Korea');
    await p.fill('#search', 'zzqx');
    await expect
      .poll(() => p.locator('#search + [role=listbox]').textContent(), POLL)
      .toBe('Nothing found for “zzqx”');
  });

  it('finds the path from the Netherlands to Wiesbaden, highlighted and listed as cited steps', async () => {
    const p = await open();
    await ready(p);
    expect(await pick(p, '#path-from', 'Netherlands')).toContain('Netherlands');
    expect(await pick(p, '#path-to', 'Wiesbaden')).toContain('Wiesbaden');
    await p.click('#path-form button[type=submit]');
    const steps = p.locator('.path-steps > li');
    await steps.first().waitFor();
    expect(p.url()).toMatch(/from=netherlands&to=wiesbaden/);
    const texts = await steps.locator('.step-text').allTextContents();
    expect(texts[0]).toMatch(/^Netherlands /);
    expect(texts.at(-1)).toContain('Wiesbaden');
    for (const quote of await steps.locator('blockquote q').allTextContents())
      expect(inSources(quote), quote).toBe(true);

    // The shortest chain runs through a group both belong to, two of its steps against their
    // relation (Germany is a member of the group, walked from the group to Germany), and says so.
    expect(texts).toEqual([
      'Netherlands is a member of European Allies and Canada',
      'Germany is a member of European Allies and Canada, read backwards',
      'Wiesbaden lies in Germany, read backwards',
    ]);
    expect(await p.locator('.path-steps > li[data-direction=backwards]').count()).toBe(2);
    // Without membership and geography it runs through the money: the Netherlands funds a PURL
    // package, a package of PURL, which delivers through NSATU, based in Wiesbaden.
    await p.click('summary:has-text("Relation types")');
    await p.uncheck('input[name=type][value=MEMBER_OF]');
    await p.uncheck('input[name=type][value=LOCATED_IN]');
    await expect
      .poll(() => p.locator('.path-steps .step-text').nth(2).textContent(), POLL)
      .toBe(
        'Prioritised Ukraine Requirements List delivers through NATO Security Assistance and Training for Ukraine',
      );
    const chain = await p.locator('.path-steps .step-text').allTextContents();
    // The package is named by its title, which does not say "PURL" (graph-data, 02b253a).
    expect(chain[0]).toBe(
      'Netherlands funds Package of U.S. equipment funded by the Netherlands (4 August 2025)',
    );
    expect(chain.at(-1)).toBe('NATO Security Assistance and Training for Ukraine is based in Wiesbaden');
    expect(await p.locator('.path-steps li[data-direction=backwards]').count()).toBe(0);
    await p.screenshot({ path: `${ARTIFACTS}explorer-path.png` });
  });

  it('keeps the path finder\'s fields and "Forward only" in step with the address on Back and Forward', async () => {
    const p = await open();
    await ready(p);
    const fields = async () => [
      await p.locator('#path-from').inputValue(),
      await p.locator('#path-to').inputValue(),
      await p.locator('#path-forward').isChecked(),
    ];
    await pick(p, '#path-from', 'Netherlands');
    await pick(p, '#path-to', 'Wiesbaden');
    await p.click('#path-form button[type=submit]');
    await expect.poll(() => p.url(), POLL).toMatch(/from=netherlands&to=wiesbaden/);
    await pick(p, '#path-from', 'Canada');
    await pick(p, '#path-to', 'Kyiv');
    await p.click('#path-form button[type=submit]');
    await expect.poll(() => p.url(), POLL).toMatch(/from=canada&to=kyiv/);
    await p.check('#path-forward');
    await expect.poll(() => p.url(), POLL).toContain('direction=forward');

    await p.goBack();
    await expect.poll(fields, POLL).toEqual(['Canada', 'Kyiv', false]);
    await p.goBack();
    await expect.poll(fields, POLL).toEqual(['Netherlands', 'Wiesbaden', false]);
    await expect
      .poll(() => p.locator('.path-steps .step-text').first().textContent(), POLL)
      .toMatch(/^Netherlands /);
    await p.goForward();
    await p.goForward();
    await expect.poll(fields, POLL).toEqual(['Canada', 'Kyiv', true]);
    // "Find path" uses the ends shown, not the ones before Back.
    await p.click('#path-form button[type=submit]');
    expect(await p.locator('#path-result').textContent()).not.toContain('Pick both ends');
    expect(p.url()).toMatch(/from=canada&to=kyiv/);
  });

  it('shows the graph as of 15 August 2025: the later PURL packages are hidden, the earlier ones stay', async () => {
    const p = await open();
    await ready(p);
    await p.fill('#as-of-date', '2025-08-15');
    await expect
      .poll(() => p.locator('#as-of-label').textContent(), POLL)
      .toBe('The graph as known on 15 August 2025');
    expect(p.url()).toContain('asOf=2025-08-15');
    await p.click('summary:has-text("Entities shown")');
    const shown = await p.locator('#entity-list button').allTextContents();
    expect(shown).toContain('PURL package to be funded by Germany (13 August 2025)');
    expect(shown).toContain('Package of U.S. equipment funded by the Netherlands (4 August 2025)');
    expect(shown).not.toContain('PURL package to be funded by Canada (24 August 2025)');
    expect(shown).not.toContain(
      'Joint PURL package to be funded by the Nordic and Baltic Allies (13 November 2025)',
    );
    // The slider follows, and the keyboard moves it from one change to the next: back to the
    // Denmark, Norway and Sweden package (5 August), then on to Germany's (13 August).
    await p.focus('#as-of-range');
    await p.keyboard.press('ArrowLeft');
    await expect.poll(() => p.locator('#as-of-date').inputValue(), POLL).toBe('2025-08-05');
    expect(await p.getAttribute('#as-of-range', 'aria-valuetext')).toBe('5 August 2025');
    expect(await p.locator('#entity-list button').allTextContents()).not.toContain(
      'PURL package to be funded by Germany (13 August 2025)',
    );
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.locator('#as-of-date').inputValue(), POLL).toBe('2025-08-13');
    await p.screenshot({ path: `${ARTIFACTS}explorer-as-of-2025-08-15.png` });
  });

  it('applies only a whole day typed in the date field, and keeps the date in force when the day does not exist', async () => {
    const p = await open('/explore?asOf=2024-11-08');
    await ready(p);
    // Every label the page shows from here on is recorded, so a day flashed in passing is seen.
    await p.evaluate(() => {
      const label = document.getElementById('as-of-label')!;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(label.textContent ?? '')).observe(label, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const seen = () => p.evaluate(() => (window as unknown as { seen: string[] }).seen);
    await p.click('#as-of-date');
    await p.keyboard.press('ControlOrMeta+a');
    await p.keyboard.type('2024-02-30', { delay: 30 });
    await expect
      .poll(() => p.locator('#as-of-date-error').textContent(), POLL)
      .toBe('“2024-02-30” is not a day: write it as 2024-11-08 or 8 November 2024.');
    await p.keyboard.press('Enter');
    expect(p.url()).toContain('asOf=2024-11-08');
    expect(await p.textContent('#as-of-label')).toBe('The graph as known on 8 November 2024');
    expect(await seen()).toEqual([]);
    // A two-digit day applies once, whole: the 13th, never the 1st on the way.
    await p.keyboard.press('ControlOrMeta+a');
    await p.keyboard.type('2024-02-13', { delay: 30 });
    await expect.poll(() => p.url(), POLL).toContain('asOf=2024-02-13');
    expect(await p.locator('#as-of-date-error').isHidden()).toBe(true);
    expect([...new Set(await seen())]).toEqual(['The graph as known on 13 February 2024']);
  });

  it('says an open entity the date hides is not yet known, and fades nothing around its empty place', async () => {
    const p = await open('/explore?entity=purl');
    await ready(p);
    await expect
      .poll(() => p.locator('#entity-name').textContent(), POLL)
      .toBe('Prioritised Ukraine Requirements List');
    await p.fill('#as-of-date', '2024-11-08');
    await p.press('#as-of-date', 'Enter');
    await expect
      .poll(() => p.locator('#panel .not-yet-known').textContent(), POLL)
      .toBe(
        'Not yet known on 8 November 2024: the graph knows it from 4 August 2025. Move the date later, or clear it, to see it.',
      );
    expect(await p.locator('#panel .relations-heading').count()).toBe(0);
    expect(await p.locator('#panel .intro').count()).toBe(0);
    // The other entities keep their colours: nothing is faded around a selection not drawn.
    await p.waitForTimeout(800);
    const png = await p.locator('#graph').screenshot();
    const [countries] = await pixelsNear(p, png, [KIND_STYLE.COUNTRY.colour]);
    // (about 2,600 pixels drawn in colour; about 100 when all but the selection's neighbours fade)
    expect(countries).toBeGreaterThan(1000);
  });

  it('shows PURL funding by funder, per currency, with qualifiers and the sentences behind each sum', async () => {
    const p = await open('/explore?view=funding');
    await ready(p);
    await p.locator('.funding').waitFor();
    await expect
      .poll(() => p.locator('#funding-heading').textContent(), POLL)
      .toBe('Funding: Prioritised Ukraine Requirements List');
    const germany = p.locator('.bar-row', { hasText: 'Germany' }).first();
    await expect.poll(() => germany.locator('.bar-value').textContent(), POLL).toContain('USD 500 million');
    // The qualifier is said once, in the amount's own words ("over 4 billion"), not again in a badge.
    const values = await p.locator('.bar-value').allTextContents();
    expect(values.some((value) => value.startsWith('over 4 billion'))).toBe(true);
    for (const value of values) expect(value.match(/\b(over|up to)\b/g)?.length ?? 0, value).toBeLessThan(2);
    for (const quote of await p.locator('table.sums blockquote q').allTextContents())
      expect(inSources(quote), quote).toBe(true);
    // One chart per stage and currency: the packages are all in the headline's "over 4 billion
    // in PURL packages", which names no currency, so they are drawn faded under it, added to nothing.
    await expect
      .poll(() => p.locator('figure.chart figcaption').allTextContents(), POLL)
      .toEqual(['Announced, currency not stated', 'Pledged or committed, USD']);
    expect(await p.locator('figure.chart .total').allTextContents()).toEqual([
      'Total stated by the source: over 4 billion (currency not stated), a running total to 10 December 2025',
      'Total stated by the source: USD 4 billion, a running total',
    ]);
    // What each line is not added to, and why, is on the page (a touch screen has no hover).
    expect(await p.locator('figure.chart .besides li').allTextContents()).toEqual([
      'Not added to pledged USD 4 billion: a different stage, perhaps the same money.',
      'Not added to announced over 4 billion (currency not stated): a different stage, perhaps the same money.',
    ]);
    // The table says what the totals made of each sum in names and the page's dates, not keys.
    const inTotals = p.locator('table.sums td[data-label="In the totals"]');
    expect(
      await p
        .locator(
          'table.sums tr[data-sum="purl-package-germany-2025-08-13-package-of-purl"] td[data-label="In the totals"]',
        )
        .textContent(),
    ).toBe(
      'Already in over 4 billion (currency not stated) from NATO Allies and partners, a running total to 10 December 2025: not added',
    );
    for (const cell of await inTotals.allTextContents()) {
      expect(cell).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(cell).not.toMatch(/[a-z]+-[a-z]+-[a-z]+/);
    }
    expect(await p.locator('figure.chart[data-currency=unstated] .bar-row.included').count()).toBe(4);
    await p.screenshot({ path: `${ARTIFACTS}explorer-funding.png`, fullPage: true });

    await p.fill('#as-of-date', '2025-08-15');
    await expect
      .poll(() => p.locator('#funding-heading').textContent(), POLL)
      .toBe('Funding: Prioritised Ukraine Requirements List as of 15 August 2025');
    await expect.poll(() => p.locator('table.sums').textContent(), POLL).not.toContain('Canada');

    // A running total for a period says so: the Pledge's EUR 35 billion is for 2025.
    await p.fill('#as-of-date', '');
    await p.press('#as-of-date', 'Enter');
    await p.selectOption('#programme', 'all');
    await expect
      .poll(() => p.locator('figure.chart .total').allTextContents(), POLL)
      .toContain(
        'Total stated by the source, Pledge of Long-Term Security Assistance for Ukraine: EUR 35 billion, a running total for 2025',
      );
    expect(await p.locator('figure.chart .besides li').allTextContents()).toContain(
      'Not added to pledged at least EUR 40 billion: a target is a level to reach, not money given.',
    );
  });

  it('says when the address names no programme with funding, and shows PURL with every programme to choose from', async () => {
    for (const [programme, said] of [
      ['nsatu', 'NATO Security Assistance and Training for Ukraine is not a programme with funding'],
      ['no-such-programme', '“no-such-programme” is not a programme the graph knows'],
    ]) {
      const p = await open(`/explore?view=funding&programme=${programme}`);
      await ready(p);
      await expect
        .poll(() => p.locator('#funding-content .notice').textContent(), POLL)
        .toBe(`${said}; showing Prioritised Ukraine Requirements List instead.`);
      expect(await p.locator('#funding-heading').textContent()).toBe(
        'Funding: Prioritised Ukraine Requirements List',
      );
      expect(await p.locator('#funding-content .error').count()).toBe(0);
      expect(await p.locator('#programme').inputValue()).toBe('purl');
      expect(await p.locator('#programme option').count()).toBeGreaterThan(3);
      expect(p.url()).not.toContain('programme=');
      // The view stays usable: another programme can be chosen.
      await p.selectOption('#programme', 'all');
      await expect
        .poll(() => p.locator('#funding-heading').textContent(), POLL)
        .toBe('Funding: all programmes and packages');
      expect(await p.locator('#funding-content .notice').count()).toBe(0);
      await p.close();
    }
  });

  it('opens a relation chosen in the reading view in its panel, scrolled to it and marked', async () => {
    const relation = 'nato-allies-supplies-artillery-systems-to-ukraine';
    const p = await open('/explore?entity=nato-allies');
    await ready(p);
    const inPanel = p.locator(`#panel .relation[data-relation="${relation}"]`);
    await inPanel.locator('button.read-in-source').first().click();
    const fact = p.locator(`.sentence-facts [data-relation="${relation}"] button`);
    await fact.waitFor(POLL);
    const shown = async () => {
      const box = await inPanel.boundingBox();
      const panel = await p.locator('#panel').boundingBox();
      return (
        box !== null &&
        panel !== null &&
        box.y >= panel.y &&
        box.y + Math.min(box.height, 40) <= panel.y + panel.height &&
        (await inPanel.getAttribute('class'))?.includes('focused') === true &&
        (await inPanel.evaluate((element) => element === document.activeElement))
      );
    };
    // From a panel already open at the top, and from a closed one: the relation, not the top.
    for (const start of ['open', 'closed']) {
      if (start === 'open') await p.locator('#panel').evaluate((element) => element.scrollTo(0, 0));
      else {
        await p.locator('#panel button.close').click();
        await expect.poll(() => p.locator('#panel').isHidden(), POLL).toBe(true);
      }
      await fact.click();
      await expect.poll(shown, POLL).toBe(true);
      expect(await p.locator('#panel').evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
      expect(await p.locator('#panel .relation.focused').count()).toBe(1);
    }
  });

  it('restores a shared view from its address', async () => {
    const p = await open(
      '/explore?entity=nsatu&from=netherlands&to=wiesbaden&asOf=2025-08-15&hideKinds=RESOURCE',
    );
    await ready(p);
    await expect
      .poll(() => p.locator('#entity-name').textContent(), POLL)
      .toBe('NATO Security Assistance and Training for Ukraine');
    await expect.poll(() => p.locator('#as-of-date').inputValue(), POLL).toBe('2025-08-15');
    await expect.poll(() => p.locator('#path-from').inputValue(), POLL).toBe('Netherlands');
    await expect.poll(() => p.locator('.path-steps > li').first().isVisible(), POLL).toBe(true);
    await expect.poll(() => p.locator('input[name=kind][value=RESOURCE]').isChecked(), POLL).toBe(false);
    await expect
      .poll(() => p.locator('.relations-heading').textContent(), POLL)
      .toContain('known by 15 August 2025');
  });

  it('says what it did with a date before the graph, or a sentence the source does not have, in the address', async () => {
    let p = await open('/explore?asOf=1800-01-01');
    await ready(p);
    await expect
      .poll(() => p.locator('#as-of-change').textContent(), POLL)
      .toBe('1 January 1800 is before the first day the graph has facts for: showing 1 January 1949.');
    expect(p.url()).toContain('asOf=1949-01-01');
    expect(await p.locator('#as-of-date').inputValue()).toBe('1949-01-01');
    expect(await p.textContent('#as-of-label')).toBe('The graph as known on 1 January 1949');
    await p.close();

    p = await open('/explore?view=source&source=nato-support-for-ukraine&sentence=9999');
    await ready(p);
    await expect
      .poll(() => p.locator('#source-view .notice').textContent(), POLL)
      .toMatch(/^“.+” has no sentence 9999 \(its \d+ are numbered from 0\), so none is chosen\.$/);
    expect(p.url()).not.toContain('sentence=');
    await p.locator('button.sentence').first().click();
    await expect.poll(() => p.locator('#source-view .notice').count(), POLL).toBe(0);
  });

  it('works from the keyboard: / to search, arrows and Enter to pick, Escape to close', async () => {
    const p = await open();
    await ready(p);
    await p.locator('body').press('/');
    await expect
      .poll(() => p.locator('#search').evaluate((element) => element === document.activeElement), POLL)
      .toBe(true);
    await p.keyboard.type('Bydgoszcz');
    await p.locator('#search + [role=listbox] [role=option]').first().waitFor();
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator('#entity-name').textContent(), POLL).toBe('Bydgoszcz');
    await expect
      .poll(() => p.locator('#entity-name').evaluate((element) => element === document.activeElement), POLL)
      .toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator('#panel').isHidden(), POLL).toBe(true);
    expect(p.url()).not.toContain('entity=');
  });

  it('says when an entity in a link does not exist', async () => {
    const p = await open('/explore?entity=no-such-entity');
    await ready(p);
    await expect
      .poll(() => p.locator('#panel').textContent(), POLL)
      .toContain('No entity has the key “no-such-entity”');
  });

  it('says when the service is down, and recovers when it answers again', async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${base}/explore`);
    const alert = page.locator('#alert');
    await expect.poll(() => alert.isVisible(), POLL).toBe(true);
    await expect.poll(() => alert.textContent(), POLL).toContain('The service is not answering');
    await expect.poll(() => page.locator('body').getAttribute('data-state'), POLL).toBe('error');
    await page.screenshot({ path: `${ARTIFACTS}explorer-service-down.png` });
    await page.unroute('**/graphql');
    await alert.locator('button.retry').click();
    await ready(page);
    await expect.poll(() => alert.isHidden(), POLL).toBe(true);
  });

  it('does not try to draw a graph too large to read, and still searches it', async () => {
    const many = Array.from({ length: 5_001 }, (_, i) => entity(`entity-${i}`, 'COUNTRY', `Entity ${i}`));
    const large = await serveApp(
      createApp({ current: buildKnowledgeGraph(graphData(many, [])) }, DEFAULT_CONFIG, { explorerDir }),
    );
    try {
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${large.base}/explore`);
      await ready(page);
      expect(await page.textContent('#graph')).toContain(
        'This graph has 5,001 entities: the explorer draws graphs of up to 5,000.',
      );
      expect(await pick(page, '#search', 'Entity 4242')).toContain('Entity 4242');
      await expect.poll(() => page.locator('#entity-name').textContent(), POLL).toBe('Entity 4242');
    } finally {
      await page.close();
      await large.close();
    }
  });
});
