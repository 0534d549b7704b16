import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { readDoc } from './support/docs.js';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { childEnv, testTempDir } from './support/temp-dir.js';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The HTTP layer itself: the real server process on a free port (PORT=0), as `npm start` runs it
// but through tsx, so the test needs no build step.

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: childEnv({ HOST: '127.0.0.1', PORT: '0', WORKERS: '1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * What the stream prints, up to the first match of `until`, or all of it. The stream keeps
 * flowing afterwards (the server logs each request), so the child never writes into a closed pipe.
 */
function output(stream: NodeJS.ReadableStream, until?: RegExp): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    let done = false;
    stream.on('data', (chunk) => {
      if (done) return;
      text += String(chunk);
      if (until?.test(text)) {
        done = true;
        resolve(text);
      }
    });
    stream.on('end', () => {
      if (!done) resolve(text);
    });
  });
}

describe('the server process', () => {
  it('refuses to start on invalid data, naming the file, entry and field', async () => {
    const dir = testTempDir('bad-graph-data');
    for (const folder of ['sources', 'entities', 'relations']) mkdirSync(join(dir, folder));
    writeFileSync(join(dir, 'sources', 'doc.md'), '---\ntitle: Doc\n---\nSome text.\n');
    writeFileSync(
      join(dir, 'entities', 'things.yaml'),
      'entities:\n  - key: thing\n    name: Thing\n    kind: GADGET\n',
    );
    writeFileSync(join(dir, 'relations', 'links.yaml'), 'relations: []\n');
    const child = startServer({ GRAPH_DATA_DIR: dir });
    const [stderr, [code]] = await Promise.all([output(child.stderr!), once(child, 'exit')]);
    expect(code).toBe(1);
    expect(stderr).toContain('Refusing to start');
    expect(stderr).toContain('entities/things.yaml');
    expect(stderr).toContain('thing');
    expect(stderr).toContain('kind');
  });

  it('refuses to start on an invalid setting, naming the variable and what it accepts', async () => {
    const child = startServer({ MAX_ALIASES: 'lots', INTROSPECTION: 'off' });
    const [stderr, [code]] = await Promise.all([output(child.stderr!), once(child, 'exit')]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'Refusing to start: 2 settings are invalid.\n' +
        '  INTROSPECTION must be true or false, got "off"\n' +
        '  MAX_ALIASES must be an integer from 0 to 1,000, got "lots"\n',
    );
  });

  describe('on the real data', () => {
    let child: ChildProcess;
    let base: string;

    beforeAll(async () => {
      child = startServer({});
      const stdout = await output(child.stdout!, /at (http:\/\/\S+)\/graphql/);
      const match = /at (http:\/\/\S+)\/graphql/.exec(stdout);
      if (!match) throw new Error(`server did not report its address: ${stdout}`);
      base = match[1]!;
    });

    afterAll(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });

    it('reports readiness and the graph counts on /health', async () => {
      const response = await fetch(`${base}/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        ready: boolean;
        graph: { entities: number; relations: number };
      };
      expect(body.ready).toBe(true);
      expect(body.graph.entities).toBeGreaterThan(100);
      expect(body.graph.relations).toBeGreaterThan(100);
    });

    it('answers the GET example of docs/operations.md exactly as written there', async () => {
      const command = /^ {2}(curl -G .*)$/m.exec(readDoc('docs/operations.md'))![1]!;
      const args = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!).slice(1);
      const { stdout } = await promisify(execFile)(
        'curl',
        ['--silent', ...args.map((arg) => arg.replace('http://localhost:4000', base))],
        { encoding: 'utf8' },
      );
      expect(JSON.parse(stdout)).toEqual({
        data: { stats: { version: expect.any(String) } },
        extensions: { cost: expect.objectContaining({ requested: expect.any(Number) }) },
      });
    });

    it('serves GraphiQL opening on the PURL funders question', async () => {
      const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toMatch(
        /^default-src 'self'; script-src 'self';/,
      );
      const html = await response.text();
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets) {
        expect(asset).toMatch(/^\/graphiql\/assets\//);
        const served = await fetch(`${base}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
        expect(served.status, asset).toBe(200);
        expect(served.headers.get('cache-control')).toContain('immutable');
        const text = await served.text();
        if (asset.includes('/boot-')) expect(text).toContain('WhichAlliesFundedPurl');
      }
    });

    it('answers a query over HTTP and a malformed one with a syntax error', async () => {
      const ok = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(key: "purl") { name } }' }),
      });
      expect(((await ok.json()) as { data: unknown }).data).toEqual({
        entity: { name: 'Prioritised Ukraine Requirements List' },
      });
      const bad = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(key: "purl") { name }' }),
      });
      const body = (await bad.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toMatch(/Syntax Error/);
    });

    /** POSTs `body` over a plain socket, chunked (no content-length) when asked, as slowly as the socket takes it. */
    function postRaw(body: string, chunked: boolean): Promise<{ status: number; body: string }> {
      return new Promise((resolve, reject) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
        const req = request(`${base}/graphql`, { method: 'POST', headers }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += String(chunk)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        for (let at = 0; at < body.length; at += 16_384) req.write(body.slice(at, at + 16_384));
        req.end();
      });
    }
    const padded = (bytes: number) =>
      JSON.stringify({ query: '{ stats { entityCount } }', variables: { padding: 'x'.repeat(bytes) } });
    const tooLarge = {
      errors: [
        {
          message: 'Request body is larger than the limit of 100000 bytes',
          extensions: { code: 'REQUEST_TOO_LARGE', max: 100_000 },
        },
      ],
    };

    it('refuses a body over the cap with 413, and the client still reads the answer', async () => {
      const response = await postRaw(padded(300_000), false);
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body)).toEqual(tooLarge);
    });

    it('refuses a chunked body (no content-length) once it passes the cap', async () => {
      const response = await postRaw(padded(300_000), true);
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body)).toEqual(tooLarge);
    });

    it('answers a chunked body under the cap', async () => {
      const response = await postRaw(padded(90_000), true);
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({
        data: { stats: { entityCount: expect.any(Number) } },
      });
    });

    it('closes cleanly on SIGTERM', async () => {
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    });
  });
});
