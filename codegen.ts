import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation the README, the tests and frontends use. The schema is
 * the committed schema.graphql (printed from Pothos by `npm run schema`), so codegen needs no
 * running server. `npm run codegen` regenerates src/generated/ (with persisted-documents.json,
 * the manifest of operations); CI fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  // Imports with .js suffixes, as Node's ESM resolution (and our tsconfig) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      documents: ['src/operations/**/*.graphql'],
      preset: 'client',
      // persistedDocuments: each typed document carries its sha256 hash (document.__meta__.hash),
      // and persisted-documents.json maps every hash to its text: the allow-list the server
      // serves from when PERSISTED_OPERATIONS_ONLY is on.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string', PartialDate: 'string' } },
    },
    // The explorer page's own operations again, for the browser: each document is only its hash
    // (the same as in the manifest above) and its types, so the bundle carries neither query
    // text nor graphql-js, and the page works when the server runs only persisted operations.
    'src/explorer/generated/': {
      documents: ['src/operations/explorer/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'replaceDocumentWithHash' } },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', PartialDate: 'string' },
      },
    },
  },
};

export default config;
