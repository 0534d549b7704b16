import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Request parameters that are not JSON get a 400 that names them, briefly. Yoga parses a GET's
 * `variables` and `extensions` with a bare JSON.parse whose SyntaxError it does not catch, so a
 * typo in a URL was a masked 500 "Unexpected error" and an error line in the log; and for a POST
 * body that is not JSON it returns the parser's message, which quotes the whole body back (a 90
 * KB body, a 90 KB error). Both become "what and where": the parameter, and the parser's reason
 * cut to its first words.
 */

/** The most of a parser's message an error repeats: enough for the position, never the body. */
const REASON_CHARS = 120;

function reasonOf(error: unknown): string {
  const { message } = error as { message?: unknown };
  if (typeof message !== 'string') return 'not JSON';
  // V8 appends the text it failed on ("..., "{bad" is not valid JSON"): the client has it.
  const reason = message.replace(/,\s*".*$/s, '');
  return reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS)}…` : reason;
}

function badParameter(parameter: 'variables' | 'extensions' | 'body', error: unknown) {
  const what = parameter === 'body' ? 'The request body' : `The \`${parameter}\` parameter`;
  return createGraphQLError(`${what} is not valid JSON: ${reasonOf(error)}`, {
    extensions: { code: 'BAD_REQUEST', parameter, http: { status: 400 } },
  });
}

export function requestParametersPlugin(): Plugin {
  return {
    onRequestParse({ request, url, requestParser, setRequestParser }) {
      if (request.method === 'GET' || request.method === 'HEAD') {
        for (const name of ['variables', 'extensions'] as const) {
          const value = url.searchParams.get(name);
          if (value === null || value === '') continue;
          try {
            JSON.parse(value);
          } catch (error) {
            throw badParameter(name, error);
          }
        }
        return;
      }
      if (requestParser === undefined) return;
      setRequestParser(async (parsed) => {
        try {
          return await requestParser(parsed);
        } catch (error) {
          const original = (error as { extensions?: { originalError?: unknown } }).extensions?.originalError;
          if (original instanceof SyntaxError || (original as Error | undefined)?.name === 'SyntaxError') {
            throw badParameter('body', original);
          }
          throw error;
        }
      });
    },
  };
}
