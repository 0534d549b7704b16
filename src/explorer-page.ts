import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { projectFile } from './project-files.js';

/** The built explorer, as scripts/build-explorer.ts writes it. */
export const EXPLORER_DIR = fileURLToPath(projectFile('dist/explorer/'));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page may talk only to this server and load only its own files: names and quotes from the
 * data are inserted as text, and this keeps it so even if a bug ever inserted them as markup.
 * Inline styles are allowed because sigma positions its canvases with them.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ASSET_NAME = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

/**
 * Serves the explorer page at `/explore` and its bundle at `/explore/assets/*` from `dir`. The
 * assets are named by content hash, so browsers may keep them for a year; the page itself is
 * checked on every visit. A page that was never built gets a 503 that says how to build it.
 */
export function explorerPagePlugin(dir: string = EXPLORER_DIR): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== '/explore' && !pathname.startsWith('/explore/')) return;
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(body, {
            status,
            headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        text(405, `${request.method} is not allowed on ${pathname}; use GET.`, { allow: 'GET, HEAD' });
        return;
      }
      const asset = pathname.startsWith('/explore/assets/')
        ? pathname.slice('/explore/assets/'.length)
        : null;
      if (asset === null && pathname !== '/explore' && pathname !== '/explore/') {
        text(404, `Nothing at ${pathname}: the explorer is at /explore.`);
        return;
      }
      if (asset !== null && !ASSET_NAME.test(asset)) {
        text(404, `No explorer asset named ${asset.slice(0, 80)}.`);
        return;
      }
      const file = asset === null ? `${dir}index.html` : `${dir}assets/${asset}`;
      // The build writes a gzip copy of each script and stylesheet (not of the small page).
      const gzip =
        asset !== null &&
        !asset.endsWith('.gz') &&
        /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      let body: Buffer;
      let encoded = false;
      try {
        const gzipped = gzip ? await readFile(`${file}.gz`).catch(() => null) : null;
        encoded = gzipped !== null;
        body = gzipped ?? (await readFile(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        if (asset !== null) text(404, `No explorer asset named ${asset}.`);
        else
          text(503, 'The explorer page has not been built: run `npm run build` (npm start does it first).', {
            'retry-after': '30',
          });
        return;
      }
      const headers: Record<string, string> =
        asset === null
          ? {
              'content-type': 'text/html; charset=utf-8',
              'cache-control': 'no-cache',
              'content-security-policy': CONTENT_SECURITY_POLICY,
            }
          : {
              'content-type': CONTENT_TYPES[extname(asset)] ?? 'application/octet-stream',
              'cache-control': 'public, max-age=31536000, immutable',
            };
      headers['x-content-type-options'] = 'nosniff';
      if (asset !== null) headers.vary = 'accept-encoding';
      if (encoded) headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(body.length);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers }),
      );
    },
  };
}
