/**
 * Replicas behind nginx on loopback (issue 14, item 3): N servers as `npm start` runs them
 * (`node dist/server.bundle.mjs`, each on a free port, each a single process unless WORKERS is
 * set), and nginx from Debian's package (`apt-get install nginx`) in front on one more free
 * port, with a configuration written to a temp folder that is removed on exit. Every replica
 * reads the same data folder (GRAPH_DATA_DIR, else graph-data/) and so serves the same data
 * version: each answer says which in `X-Data-Version`.
 *
 *   npm run build && node --import tsx scripts/nginx-replicas.ts --replicas 2
 *
 * prints the address and each replica's, then runs until Ctrl-C (or SIGTERM), which drains the
 * replicas and stops nginx. bench/workers-row.ts uses the same function for its load-balanced
 * row (`npm run bench:http -- --nginx`). Nothing in `npm test` needs nginx.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_ENTRY = join(ROOT, 'dist', 'server.bundle.mjs');

export interface Replicas {
  /** nginx's address: http://127.0.0.1:<port> */
  url: string;
  /** Each replica's own address. */
  replicas: string[];
  /** The process ids of the replicas and of nginx's master (its workers are its children). */
  pids: number[];
  /** Drains the replicas (SIGTERM), stops nginx and removes the temp folder. */
  stop(): Promise<void>;
}

/** Where nginx is, or null when it is not installed. */
export function findNginx(): string | null {
  for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(path, ['-v']).status === 0) return path;
  }
  return null;
}

/** A port that was free a moment ago (nginx cannot be given port 0 and report it). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts one server and resolves with its address once it logs that it listens. */
function startReplica(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WORKERS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text = (text + chunk.toString()).slice(-65_536);
      const match = /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/.exec(text);
      if (match) {
        child.stdout!.off('data', onData);
        // Kept flowing: a replica that logs every request must never block on a full pipe.
        child.stdout!.resume();
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      text = (text + chunk.toString()).slice(-65_536);
    });
    child.once('exit', (code) =>
      reject(new Error(`a replica exited (${code}) before it listened:\n${text}`)),
    );
  });
}

/** nginx's configuration: one upstream of the replicas, kept-alive connections, nothing buffered. */
function nginxConfig(folder: string, port: number, replicas: string[]): string {
  const servers = replicas.map((url) => `    server ${new URL(url).host};`).join('\n');
  return `worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  # Request bodies up to MAX_BODY_BYTES stay in memory; answers are streamed, not buffered, so the
  # graphChanged subscription's server-sent events pass through as they come.
  client_max_body_size 10m;
  client_body_buffer_size 1m;
  proxy_request_buffering off;
  proxy_buffering off;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  upstream graph {
    least_conn;
${servers}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://graph;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # The client's address, for per-client budgets (TRUSTED_PROXY_HEADER=x-forwarded-for).
      proxy_set_header X-Forwarded-For $remote_addr;
      # A replica that is draining answers /health with 503; the next one is tried for a request
      # that failed to connect.
      proxy_next_upstream error timeout;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/**
 * Starts `count` replicas and nginx in front of them. `env` goes to every replica (the data
 * folder, the cache size, TRUSTED_PROXY_HEADER is set for them).
 */
export async function startNginxReplicas(count: number, env: Record<string, string> = {}): Promise<Replicas> {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  const folder = mkdtempSync(join(tmpdir(), 'ukraine-support-graph-nginx-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    const exits = children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        return exited;
      });
    await Promise.all(exits);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const started = await Promise.all(
      Array.from({ length: count }, () =>
        startReplica({ TRUSTED_PROXY_HEADER: 'x-forwarded-for', ...env }).then((replica) => {
          children.push(replica.child);
          return replica;
        }),
      ),
    );
    const replicas = started.map((replica) => replica.url);
    for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(folder, name));
    const port = await freePort();
    const config = join(folder, 'nginx.conf');
    writeFileSync(config, nginxConfig(folder, port, replicas));
    const proxy = spawn(nginx, ['-p', folder, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(proxy);
    let errors = '';
    proxy.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const url = `http://127.0.0.1:${port}`;
    // nginx is up once it answers; each try is a request to /health through it.
    for (let attempt = 0; ; attempt++) {
      if (proxy.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
      const answered = await fetch(`${url}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) break;
      if (attempt > 200) throw new Error(`nginx did not answer on ${url}: ${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return {
      url,
      replicas,
      pids: children.map((child) => child.pid!).filter(Boolean),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { replicas: { type: 'string', default: '2' } } });
  const count = Number(values.replicas);
  if (!Number.isInteger(count) || count < 1) {
    console.error('--replicas takes a whole number from 1');
    process.exit(2);
  }
  const running = await startNginxReplicas(count);
  console.log(`nginx at ${running.url}/graphql in front of ${count} replicas:`);
  for (const replica of running.replicas) console.log(`  ${replica}/graphql`);
  console.log('Each answer names its data version in X-Data-Version. Ctrl-C stops everything.');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void running.stop().then(() => process.exit(0));
    });
  }
}
