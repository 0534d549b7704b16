import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation the README, the tests and frontends use. The schema is
 * the committed schema.graphql (printed from Pothos by `npm run schema`), so codegen needs no
 * running server. `npm run codegen` regenerates src/generated/; CI fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // Imports with .js suffixes, as Node's ESM resolution (and our tsconfig) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string' } },
    },
  },
};

export default config;
