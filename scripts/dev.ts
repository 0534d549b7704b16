/**
 * `npm run dev`: the server from the TypeScript sources, restarted by `tsx watch` on every change
 * and reloading graph-data/ as it is edited, and the explorer page rebuilt on every change, in one
 * process tree that a signal stops whole. SIGINT or SIGTERM is passed to the server, the
 * explorer's watcher is stopped, and this exits with the server's own status; if the server
 * stops by itself, so does this.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { watchExplorer } from './build-explorer.js';

// The watch build replaces dist/explorer/ with an unminified page, so the build is no longer what
// `npm run build` made: forget its stamp, and the next `npm start` builds again.
await rm(fileURLToPath(new URL('../dist/.build-inputs', import.meta.url)), { force: true });
const explorer = await watchExplorer();
const server = spawn(
  fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url)),
  ['watch', 'src/server.ts'],
  {
    stdio: 'inherit',
    // One process: tsx restarts it on every change, and a stack trace names one process.
    env: {
      ...process.env,
      WATCH_GRAPH_DATA: process.env.WATCH_GRAPH_DATA ?? 'true',
      WORKERS: process.env.WORKERS ?? '1',
    },
  },
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  });
}

server.on('exit', async (code, signal) => {
  await explorer.dispose();
  process.exit(code ?? (signal ? 0 : 1));
});
