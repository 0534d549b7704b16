import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { projectFile } from '../project-files.js';

/**
 * The manifest graphql-codegen writes beside the typed documents (codegen.ts,
 * `persistedDocuments: true`): every operation in src/operations/, keyed by "sha256:" and the
 * hash of its normalised text.
 */
export const PERSISTED_OPERATIONS_MANIFEST = projectFile('src/generated/persisted-documents.json');

const manifestSchema = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

/** Reads and checks the manifest; a missing or malformed one stops start-up, naming the file. */
export function loadPersistedOperations(
  manifest: URL = PERSISTED_OPERATIONS_MANIFEST,
): ReadonlyMap<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read the persisted operations manifest ${manifest.pathname}: ${(error as Error).message}`,
    );
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new Error(
      `The persisted operations manifest ${manifest.pathname} is not a map of "sha256:<hash>" to operation text; ` +
        'run npm run codegen',
    );
  }
  return new Map(Object.entries(result.data));
}

/**
 * The operation's id from `extensions.persistedQuery.sha256Hash`, the form Apollo's and Yoga's
 * clients send (GET or POST), as the bare hex hash or with the "sha256:" prefix codegen puts in
 * `document.__meta__.hash`.
 */
function persistedOperationId(params: GraphQLParams): string | null {
  const persistedQuery: unknown = params.extensions?.persistedQuery;
  if (typeof persistedQuery !== 'object' || persistedQuery === null) return null;
  const hash: unknown = (persistedQuery as { sha256Hash?: unknown }).sha256Hash;
  if (typeof hash !== 'string') return null;
  return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
}

/**
 * Runs the operations in the manifest by hash, looked up in a map loaded once at start: the
 * explorer page and any codegen client send only the hash. With `only`, query text in a request
 * is refused; without, a request with no hash runs its text as usual. The documents are still
 * validated, and every other limit still applies.
 */
export function persistedOperationsPlugin(
  operations: ReadonlyMap<string, string>,
  { only }: { only: boolean },
): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => operations.get(id) ?? null,
    extractPersistedOperationId: persistedOperationId,
    allowArbitraryOperations: !only,
    customErrors: {
      persistedQueryOnly: {
        message:
          'This server runs only persisted operations: send extensions.persistedQuery.sha256Hash instead of a query',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      keyNotFound: {
        message: "Send the operation's hash in extensions.persistedQuery.sha256Hash",
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
      notFound: {
        message: only
          ? 'No persisted operation has this hash: this server runs only the operations in its manifest'
          : 'No persisted operation has this hash: send the query text instead, or an operation from src/generated/persisted-documents.json',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
    },
  });
}
