import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.js';
import { createApp } from '../src/yoga.js';
import { serveApp, type AppServer } from './support/app-server.js';
import { launchChromium } from './support/browser.js';
import { loadRealGraph } from './support/client.js';

// GraphiQL in a real browser with every other host unreachable: it must load from this server
// alone and answer the question it opens with.

let browser: Browser;
let server: AppServer;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveApp(createApp({ current: await loadRealGraph() }, DEFAULT_CONFIG));
  base = server.base;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

describe('GraphiQL offline', () => {
  it('loads from this server alone and runs its opening question, which names the PURL funders', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const elsewhere: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${base}/graphql`);
    // The editor opens on the PURL question; running it shows the funders in the result pane.
    await page.getByText('query WhichAlliesFundedPurl').first().waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect
      .poll(async () => (await result.textContent()) ?? '', { timeout: 30_000 })
      .toContain('Netherlands');
    // Monaco draws only the lines in view: the first funder, with its quote, is enough.
    const text = ((await result.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('"fundersConnection"');
    expect(text).toContain('funded by the Netherlands');
    expect(text).not.toContain('Syntax Error');
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
