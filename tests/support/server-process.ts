import { childEnv } from './temp-dir.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { onTestFinished } from 'vitest';

/**
 * The real server process on a free port (PORT=0), as `npm start` runs it but through tsx, so a
 * test needs no build step. Started inside a test, the process is killed when the test finishes
 * if it is still running; started in beforeAll, the caller stops it with `stop` in afterAll.
 */
export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  base: string;
  port: number;
  /** Every line the server wrote so far, stdout and stderr. */
  lines: () => string[];
  /** The process's exit code (or signal), once it has exited. */
  exited: Promise<number | string | null>;
  /** Kills the process if it is still running. */
  stop: () => void;
}

export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    // One process unless the test is about the workers (src/cluster/).
    env: childEnv({ HOST: '127.0.0.1', PORT: '0', WORKERS: '1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    onTestFinished(stop);
  } catch {
    // Not inside a test: the caller stops it.
  }
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string | null);
  let text = '';
  // Always drained: a server that logs each request must never block on a full pipe.
  child.stdout!.on('data', (chunk) => {
    text += String(chunk);
  });
  child.stderr!.on('data', (chunk) => {
    text += String(chunk);
  });
  const started = performance.now();
  while (!/"event":"listening"/.test(text)) {
    if (child.exitCode !== null) throw new Error(`the server exited before it listened:\n${text}`);
    if (performance.now() - started > 30_000)
      throw new Error(`the server did not listen within 30 s:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const match = /at (http:\/\/127\.0\.0\.1:(\d+))\/graphql/.exec(text);
  if (!match) throw new Error(`the server did not report its address:\n${text}`);
  return {
    child,
    base: match[1]!,
    port: Number(match[2]),
    lines: () => text.split('\n').filter((line) => line.length > 0),
    exited,
    stop,
  };
}

/** Sends raw bytes on a new connection; resolves with everything the server sent back before closing. */
export function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (chunk) => {
      answer += String(chunk);
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}
