import type { TypedDocumentString } from './generated/graphql.js';

/** The service did not answer, or answered with something that is not GraphQL. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}

/** The service answered with GraphQL errors: a bad argument, a limit, an unknown hash. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/**
 * Runs one of the page's operations. The document is codegen's: only the operation's hash,
 * typed with its result and variables, so a schema change that breaks a query breaks the type
 * check, and the request carries no query text (the server looks it up in its manifest).
 */
export async function runQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { endpoint = '/graphql', signal }: { endpoint?: string; signal?: AbortSignal } = {},
): Promise<TResult> {
  const hash = (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ServiceUnavailableError(`The service did not answer (${(error as Error).message}).`);
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ServiceUnavailableError(
      `The service answered ${response.status} ${response.statusText} without GraphQL.`,
    );
  }
  const [first] = body.errors ?? [];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    throw new QueryError(first.message, code);
  }
  if (!body.data) throw new ServiceUnavailableError(`The service answered ${response.status} with no data.`);
  return body.data;
}
