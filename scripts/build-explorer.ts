import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  build,
  context as esbuildContext,
  type BuildContext,
  type BuildOptions,
  type Metafile,
  type Plugin,
} from 'esbuild';

/** Where the built page goes; the server serves /explore from here (src/explorer-page.ts). */
export const EXPLORER_DIST = fileURLToPath(new URL('../dist/explorer/', import.meta.url));
const SOURCE = fileURLToPath(new URL('../src/explorer/', import.meta.url));

export interface BuiltFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Bundles the explorer page with esbuild: one script and one stylesheet, named by content hash
 * so the server can let browsers keep them forever, and index.html pointing at both. Returns
 * each file's size, raw and gzipped (what the README quotes).
 */
export async function buildExplorer({ outdir = EXPLORER_DIST, minify = true } = {}): Promise<BuiltFile[]> {
  await emptyOutput(outdir);
  const result = await build(buildOptions(outdir, minify));
  const { script, styles } = await writeIndex(outdir, result.metafile);
  const files: BuiltFile[] = [];
  for (const name of ['index.html', `assets/${script}`, `assets/${styles}`]) {
    const content = await readFile(join(outdir, name));
    // Compressed once here, so the server sends the gzip copy to browsers that accept it
    // instead of compressing on every request.
    const gzipped = gzipSync(content, { level: 9 });
    if (name !== 'index.html') await writeFile(join(outdir, `${name}.gz`), gzipped);
    files.push({ name, bytes: content.length, gzipBytes: gzipped.length });
  }
  return files;
}

/**
 * Rebuilds the page whenever a file it is built from changes (`npm run dev` runs this beside
 * the server), unminified; reload the browser to see the change.
 */
export async function watchExplorer(outdir = EXPLORER_DIST): Promise<BuildContext> {
  await emptyOutput(outdir);
  const rewriteIndex: Plugin = {
    name: 'explorer-index',
    setup(plugin) {
      plugin.onEnd(async (result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        await writeIndex(outdir, result.metafile);
        console.log(`explorer rebuilt into ${outdir}`);
      });
    },
  };
  const context = await esbuildContext({ ...buildOptions(outdir, false), plugins: [rewriteIndex] });
  await context.watch();
  return context;
}

/** Old hashed files would otherwise pile up beside the new ones. */
async function emptyOutput(outdir: string): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, 'assets'), { recursive: true });
}

function buildOptions(outdir: string, minify: boolean): BuildOptions & { metafile: true } {
  return {
    entryPoints: { explorer: join(SOURCE, 'main.ts'), styles: join(SOURCE, 'explorer.css') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify,
    sourcemap: 'linked',
    entryNames: '[name]-[hash]',
    outdir: join(outdir, 'assets'),
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  };
}

/** Writes index.html pointing at this build's script and stylesheet, and returns their names. */
async function writeIndex(outdir: string, metafile: Metafile): Promise<{ script: string; styles: string }> {
  const outputs = Object.keys(metafile.outputs).map((path) => basename(path));
  const script = outputs.find((name) => name.startsWith('explorer-') && name.endsWith('.js'));
  const styles = outputs.find((name) => name.startsWith('styles-') && name.endsWith('.css'));
  if (!script || !styles)
    throw new Error(`esbuild wrote no script or stylesheet for the explorer: ${outputs.join(', ')}`);
  const html = (await readFile(join(SOURCE, 'index.html'), 'utf8'))
    .replace('%SCRIPT%', `/explore/assets/${script}`)
    .replace('%STYLES%', `/explore/assets/${styles}`);
  await writeFile(join(outdir, 'index.html'), html);
  return { script, styles };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildExplorer();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const file of files)
    console.log(`dist/explorer/${file.name}: ${kb(file.bytes)} (${kb(file.gzipBytes)} gzip)`);
  const total = files.reduce(
    (sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzipBytes }),
    { bytes: 0, gzip: 0 },
  );
  console.log(`explorer total: ${kb(total.bytes)} (${kb(total.gzip)} gzip)`);
}
