import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The header a client adds to a GET (or a form-encoded POST) to show it is not a forged request. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Content types a browser sends cross-origin without asking first (a CORS "simple" request). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function wouldBePreflighted(request: Request): boolean {
  const contentType = request.headers.get('content-type')?.toLowerCase();
  if (!contentType) return false;
  return !SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple));
}

/**
 * Refuses GraphQL requests that a page on another site could make a browser send without a CORS
 * preflight: a GET, or a POST with a form or text content type, unless it carries CSRF_HEADER
 * (which no browser adds by itself, so a page must ask, and that asks the CORS policy first).
 * A POST of `application/json` is preflighted already and passes. The same check as Yoga's
 * @graphql-yoga/plugin-csrf-prevention (and Apollo Server's csrfPrevention), in a few lines
 * rather than another dependency, with a message that says what to send instead.
 */
export function csrfPreventionPlugin(): Plugin {
  return {
    onRequestParse({ request }) {
      if (wouldBePreflighted(request) || request.headers.has(CSRF_HEADER)) return;
      throw createGraphQLError(
        `Refused as a possible cross-site request forgery: POST with content-type application/json, ` +
          `or add the header ${CSRF_HEADER}`,
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}
