import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileTempDir } from './temp-dir.js';
import { type Browser, chromium, type LaunchOptions, type Page } from 'playwright-core';

/**
 * The Chromium the browser tests drive, found without downloading anything: CHROMIUM_PATH when
 * set, else Debian's /usr/bin/chromium, else the binary that the npm package @sparticuz/chromium
 * ships inside itself (a devDependency, so `npm install` already brought it). That one is
 * unpacked once per package version into node_modules/.cache/, never into the system temp
 * folder, and reused.
 */

export interface ChromiumChoice {
  path: string;
  /** Where it came from, for the one line the tests print. */
  origin: 'CHROMIUM_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium';
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const NODE_MODULES = new URL('../../node_modules/', import.meta.url);

/**
 * The folder @sparticuz/chromium's binary is unpacked into, named after the package's version so
 * that an `npm install` which changes the version never reuses the binary of the previous one.
 */
function unpackedFolder(): string {
  const { version } = JSON.parse(
    readFileSync(new URL('@sparticuz/chromium/package.json', NODE_MODULES), 'utf8'),
  ) as { version: string };
  return fileURLToPath(new URL(`.cache/sparticuz-chromium-${version}`, NODE_MODULES));
}

/** The browser is not there or does not start: one message that says what was tried. */
export class NoBrowserError extends Error {
  constructor(tried: string, cause: unknown) {
    super(
      `The browser tests could not start Chromium (${tried}): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}. ` +
        'Set CHROMIUM_PATH to a Chromium binary, install Debian\'s "chromium", or run `npm install` so that @sparticuz/chromium is present.',
    );
    this.name = 'NoBrowserError';
  }
}

/**
 * Unpacks @sparticuz/chromium's binary into node_modules/.cache/sparticuz-chromium-<version>/.
 * It unpacks into `os.tmpdir()`, so TMPDIR points at a staging folder of this process for the
 * duration; the staging folder is then renamed into place, which makes parallel test files safe:
 * the first rename wins and the others use its result.
 */
async function unpackSparticuz(): Promise<string> {
  const unpacked = unpackedFolder();
  const binary = join(unpacked, 'chromium');
  if (existsSync(binary)) return binary;
  await mkdir(join(unpacked, '..'), { recursive: true });
  const staging = await mkdtemp(`${unpacked}.staging-`);
  const previous = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const { default: Sparticuz } = await import('@sparticuz/chromium');
    await Sparticuz.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  try {
    await rename(staging, unpacked);
  } catch {
    // Another test file unpacked it first.
    await rm(staging, { recursive: true, force: true });
  }
  return binary;
}

/** The Chromium to use, by the order above. */
export async function findChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return { path: fromEnv, origin: 'CHROMIUM_PATH' };
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, origin: '/usr/bin/chromium' };
  return { path: await unpackSparticuz(), origin: '@sparticuz/chromium' };
}

/**
 * Flags for a headless Chromium on a machine without a GPU or a network: background networking
 * off (the machine refuses those connections), and WebGL through SwiftShader, since sigma draws
 * with it. `webgl: false` turns WebGL off, as some browsers and machines have it.
 */
function argsFor(webgl: boolean): string[] {
  return [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-sync',
    '--no-first-run',
    ...(webgl
      ? ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']
      : ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']),
  ];
}

/**
 * Launches the Chromium found by findChromium, headless, and prints once which one it is.
 * Throws NoBrowserError, with what was tried, when none starts.
 */
export async function launchChromium(
  options: { webgl?: boolean } & Pick<LaunchOptions, 'timeout'> = {},
): Promise<Browser> {
  let choice: ChromiumChoice | null = null;
  try {
    choice = await findChromium();
    const browser = await chromium.launch({
      executablePath: choice.path,
      headless: true,
      timeout: options.timeout ?? 30_000,
      args: argsFor(options.webgl ?? true),
      // Chromium keeps scratch files in the temp folder and may not have removed them all when
      // it is closed on a loaded machine: give it a folder of the test file's own.
      env: { ...process.env, TMPDIR: fileTempDir('chromium') },
    });
    console.info(`Browser tests: Chromium ${browser.version()} from ${choice.origin} (${choice.path})`);
    return browser;
  } catch (error) {
    throw new NoBrowserError(choice ? `${choice.path}, from ${choice.origin}` : 'looking for one', error);
  }
}

/**
 * How many pixels of a screenshot are close to each colour ("#rrggbb"): within `tolerance` of it,
 * summed over red, green and blue. Counted in the page, which decodes the PNG.
 */
export async function pixelsNear(p: Page, png: Buffer, colours: string[], tolerance = 30): Promise<number[]> {
  return p.evaluate(
    async ({ data, colours, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = targets.map(() => 0);
      for (let i = 0; i < pixels.length; i += 4) {
        targets.forEach(([r, g, b], t) => {
          if (
            Math.abs(pixels[i]! - r!) + Math.abs(pixels[i + 1]! - g!) + Math.abs(pixels[i + 2]! - b!) <
            tolerance
          )
            counts[t]!++;
        });
      }
      return counts;
    },
    { data: png.toString('base64'), colours, tolerance },
  );
}
