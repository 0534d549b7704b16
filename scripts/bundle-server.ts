import { build, type Plugin } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundles the compiled server (dist/server.js) into dist/server.bundle.mjs, the file `npm start`
 * runs, and dist/chunks/ for what it imports later: one file loads faster than hundreds of
 * modules. Run by `npm run build`.
 */

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const GRAPHQL = dirname(createRequire(import.meta.url).resolve('graphql/package.json'));

/**
 * graphql-js exactly once, from its ES modules. Some packages import graphql's files by path:
 * graphql-jit requires `graphql/execution/execute.js`, GraphQL Armor `graphql/language/parser`.
 * Bundled as they resolve, those are graphql's CommonJS files, a second copy of graphql whose
 * `GraphQLNonNull` is not the schema's: graphql-jit then refused every query ("unsupported type:
 * String!"). Each goes to the ES module beside it instead.
 */
const oneGraphql: Plugin = {
  name: 'one-graphql',
  setup(build) {
    build.onResolve({ filter: /^graphql\/./ }, ({ path }) => {
      const file = join(GRAPHQL, path.slice('graphql/'.length).replace(/\.js$/, ''));
      const module = [`${file}.mjs`, join(file, 'index.mjs')].find((candidate) => existsSync(candidate));
      return module ? { path: module } : undefined;
    });
  },
};

// Chunks are named by their hash: those of an earlier build would pile up.
rmSync(dist('chunks'), { recursive: true, force: true });

const result = await build({
  entryPoints: { 'server.bundle': dist('server.js') },
  outdir: dist(''),
  outExtension: { '.js': '.mjs' },
  // What the server imports only when it needs it (graphql-jit, when the first repeated query is
  // compiled) goes into dist/chunks/: the start does not parse or run it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  metafile: true,
  // GraphiQL is loaded on its first visit only (src/graphiql-page.ts); @parcel/watcher loads a
  // native binary for the platform from its own folder.
  external: ['@graphql-yoga/render-graphiql', '@parcel/watcher'],
  // Packages that ship both builds are bundled from their ES modules. From CommonJS, esbuild
  // copies each module's exports into getters, and every call into graphql-js (thousands per
  // request) went through one: a tenth of the server's time with the response cache off.
  mainFields: ['module', 'main'],
  plugins: [oneGraphql],
  // graphql-js checks every `instanceof` twice over outside production, to warn of a second
  // copy of graphql; the bundle holds one copy, checked below.
  define: { 'process.env.NODE_ENV': '"production"' },
  // CommonJS modules inside the bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});

const commonJsGraphql = Object.keys(result.metafile.inputs).filter((input) =>
  /(^|\/)node_modules\/graphql\/.+\.js$/.test(input),
);
if (commonJsGraphql.length > 0) {
  console.error(
    `dist/server.bundle.mjs holds a second copy of graphql, from ${commonJsGraphql.slice(0, 3).join(', ')}: ` +
      'whatever imports it must get graphql through the one-graphql rule in scripts/bundle-server.ts',
  );
  process.exit(1);
}
