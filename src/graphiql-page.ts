import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/**
 * GraphiQL served entirely by this server, so that it works offline and no request of the page
 * leaves the machine. Yoga's own GraphiQL loads its code from a CDN; @graphql-yoga/render-graphiql
 * carries the same GraphiQL inside the package but renders it as one 9 MB page of inline scripts,
 * which a strict Content Security Policy forbids. Here its parts (script, stylesheet, the three
 * Monaco workers, the icon) are files of their own under /graphiql/assets/, named by content hash
 * and cached for a year, and the page is a few lines that load them from this origin only.
 */

export interface GraphiQLPageOptions {
  title: string;
  /** The query the editor opens with. */
  defaultQuery: string;
}

interface Asset {
  body: Uint8Array;
  gzip: Uint8Array;
  type: string;
}

interface Assets {
  byName: Map<string, Asset>;
  script: string;
  styles: string;
  boot: string;
  icon: string;
}

const ASSETS_PATH = '/graphiql/assets/';

/** Only this origin, for every kind of resource; Monaco sets styles inline and its icons are data URIs. */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const gzipAsync = promisify(gzip);

/** Adds one part under a content-hashed name; compressed off the event loop, in libuv's pool. */
async function named(
  byName: Map<string, Asset>,
  stem: string,
  extension: string,
  text: string | Buffer,
): Promise<string> {
  const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const name = `${stem}-${hash}.${extension}`;
  const type =
    extension === 'js'
      ? 'text/javascript; charset=utf-8'
      : extension === 'css'
        ? 'text/css; charset=utf-8'
        : 'image/x-icon';
  byName.set(name, { body, gzip: await gzipAsync(body), type });
  return name;
}

/**
 * Reads GraphiQL's parts from the package, once, on the first visit: the package is about 9 MB
 * of text, which a server that nobody opens GraphiQL on should not pay for at start-up.
 */
async function loadAssets(options: GraphiQLPageOptions): Promise<Assets> {
  const parts = await import('@graphql-yoga/render-graphiql/graphiql');
  const byName = new Map<string, Asset>();
  const [editorWorkerService, json, graphql, script, styles, icon] = await Promise.all([
    named(byName, 'editor-worker', 'js', parts.editorWorkerService),
    named(byName, 'json-worker', 'js', parts.jsonWorker),
    named(byName, 'graphql-worker', 'js', parts.graphqlWorker),
    named(byName, 'graphiql', 'js', parts.js),
    named(byName, 'graphiql', 'css', parts.css),
    named(
      byName,
      'favicon',
      'ico',
      Buffer.from(parts.favicon.slice(parts.favicon.indexOf(',') + 1), 'base64'),
    ),
  ]);
  const workers = { editorWorkerService, json, graphql };
  // What render-graphiql's page does inline, as a file: Monaco's workers from this origin, then
  // GraphiQL with this service's title and opening query.
  const boot = await named(
    byName,
    'boot',
    'js',
    `const workers = ${JSON.stringify(Object.fromEntries(Object.entries(workers).map(([label, name]) => [label, `${ASSETS_PATH}${name}`])))};\n` +
      'self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };\n' +
      `YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${JSON.stringify(options)});\n`,
  );
  return { byName, script, styles, boot, icon };
}

function pageHtml(assets: Assets, title: string): string {
  const escapedTitle = title.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapedTitle}</title>
    <link rel="icon" href="${ASSETS_PATH}${assets.icon}" />
    <link rel="stylesheet" href="${ASSETS_PATH}${assets.styles}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript; the endpoint itself answers POST /graphql without it.</noscript>
    <div id="root"></div>
    <script src="${ASSETS_PATH}${assets.script}"></script>
    <script src="${ASSETS_PATH}${assets.boot}"></script>
  </body>
</html>
`;
}

/** True when a browser asks for a page at the endpoint, as Yoga decides it. */
function wantsPage(request: Request, pathname: string, endpoint: string): boolean {
  return (
    request.method === 'GET' &&
    (pathname === endpoint || pathname === `${endpoint}/`) &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

/**
 * Serves GraphiQL at `endpoint` (for a browser's GET) and its assets under /graphiql/assets/.
 * Put it before Yoga's own GraphiQL, which should be off.
 */
export function graphiqlPagePlugin(options: GraphiQLPageOptions, endpoint = '/graphql'): Plugin {
  let assets: Promise<Assets> | null = null;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      const isAsset = pathname.startsWith(ASSETS_PATH);
      if (!isAsset && !wantsPage(request, pathname, endpoint)) return;
      assets ??= loadAssets(options);
      const loaded = await assets;
      if (!isAsset) {
        endResponse(
          new fetchAPI.Response(pageHtml(loaded, options.title), {
            headers: {
              'content-type': 'text/html; charset=utf-8',
              'cache-control': 'no-cache',
              'content-security-policy': GRAPHIQL_CONTENT_SECURITY_POLICY,
              'x-content-type-options': 'nosniff',
            },
          }),
        );
        return;
      }
      const asset = loaded.byName.get(pathname.slice(ASSETS_PATH.length));
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(
          new fetchAPI.Response(asset ? 'Use GET.' : 'No such GraphiQL asset.', {
            status: asset ? 405 : 404,
            headers: {
              'content-type': 'text/plain; charset=utf-8',
              ...(asset ? { allow: 'GET, HEAD' } : {}),
            },
          }),
        );
        return;
      }
      const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = gzip ? asset.gzip : asset.body;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          headers: {
            'content-type': asset.type,
            'cache-control': 'public, max-age=31536000, immutable',
            'content-length': String(body.length),
            'x-content-type-options': 'nosniff',
            vary: 'accept-encoding',
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
          },
        }),
      );
    },
  };
}
