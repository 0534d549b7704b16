import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { CSRF_HEADER } from './csrf.js';

type CorsOption = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

/**
 * Yoga's CORS default reflects any origin and allows credentials: any site could read answers
 * with the visitor's cookies. Here an empty allow-list (the default) sends no CORS headers, so
 * browsers keep other sites from reading answers; listed origins get their own origin back;
 * `*` lets any site read. Credentials are never allowed: the service has no cookies or logins.
 */
export function corsOptions(allowedOrigins: readonly string[]): CorsOption {
  if (allowedOrigins.length === 0) return false;
  const anyOrigin = allowedOrigins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || (!anyOrigin && !allowedOrigins.includes(origin))) return false;
    return {
      // The origin is checked above; '*' makes the library echo it back with `Vary: Origin`.
      origin: ['*'],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', CSRF_HEADER],
      // Readable by the page: which data version answered (a replica or worker mid-reload may
      // serve the previous one), and the id the log knows the request by.
      exposedHeaders: ['x-data-version', 'x-request-id'],
      maxAge: 600,
    };
  };
}

/**
 * A CORS preflight (OPTIONS) that the CORS policy above did not answer, because CORS is off or
 * the origin is not on the list: 204 with no `access-control-*` headers, so the browser refuses
 * the cross-origin request, instead of the CSRF error meant for GraphQL requests.
 */
export function unansweredPreflightPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'OPTIONS') return;
      endResponse(new fetchAPI.Response(null, { status: 204, headers: { allow: 'GET, POST, OPTIONS' } }));
    },
  };
}
