// `npm start` runs this first (prestart): it builds only when the build is missing or was made
// from other sources, so a second start is ready in about a second instead of rebuilding for
// 25 s. "Other sources" is decided by content, not by modification times, which a checkout or a
// copy resets: a hash of every file the build reads, kept beside the build. `npm run build`
// writes that hash when it finishes (--stamp). Plain JavaScript, so that checking costs no
// TypeScript loader.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-inputs');
/** What `npm run build` reads, and what `npm start` needs from it. */
const INPUT_FOLDERS = ['src', 'scripts'];
const INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'src/explorer/tsconfig.json',
];
const OUTPUTS = ['dist/server.bundle.mjs', 'dist/explorer/index.html'];

function filesUnder(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)));
}

function inputsHash() {
  const files = [
    ...INPUT_FOLDERS.flatMap(filesUnder),
    ...INPUT_FILES.filter((file) => existsSync(join(ROOT, file))),
  ];
  const hash = createHash('sha256');
  for (const file of files.sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${inputsHash()}\n`);
} else {
  const current =
    OUTPUTS.every((file) => existsSync(join(ROOT, file))) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === inputsHash();
  if (!current) {
    console.error('The build is missing or older than the sources: building (npm run build).');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}
