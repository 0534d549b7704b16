import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Refusal } from '../observability.js';

/**
 * The request line and Host header, checked before the HTTP adapter sees them. The adapter
 * (@whatwg-node/server, under Yoga) builds each request's URL as `http://` + Host + target, and
 * when that is not a URL it answers 500 with the exception's stack: the server's file paths, to
 * anyone who sends `Host: a b`. Here:
 *
 * - a target in absolute form (`GET http://host:port/path`, which HTTP/1.1 servers must accept)
 *   is reduced to its path and query, as if the client had sent the origin form;
 * - any other target that does not start with `/` (`*`, garbage) is refused;
 * - a Host header that does not make a URL (spaces, a bad port, an unclosed `[`) is refused.
 *
 * A refusal is a 400 with a JSON error (`BAD_REQUEST`) and `Connection: close`. The check costs
 * a character test per request; a Host value is parsed once and remembered.
 */

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  message: string,
  onRefused: ((refusal: Refusal) => string) | null,
): void {
  const id = onRefused?.({
    method: request.method ?? 'GET',
    path: request.url ?? '',
    status: 400,
    code: 'BAD_REQUEST',
  });
  response.writeHead(400, {
    'content-type': 'application/json; charset=utf-8',
    connection: 'close',
    ...(id ? { 'x-request-id': id } : {}),
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}

const hostsSeen = new Set<string>();

/** Whether `http://<host>/` is a URL; the answers for the last few hundred hosts are kept. */
function isValidHost(host: string): boolean {
  if (hostsSeen.has(host)) return true;
  try {
    new URL(`http://${host}/`);
  } catch {
    return false;
  }
  if (hostsSeen.size >= 256) hostsSeen.clear();
  hostsSeen.add(host);
  return true;
}

/** Wraps the Node handler with the request-line and Host checks above. */
export function checkRequestTarget(
  handler: Handler,
  onRefused: ((refusal: Refusal) => string) | null = null,
): Handler {
  return (request, response) => {
    const target = request.url ?? '/';
    if (target.charCodeAt(0) !== 47 /* / */) {
      let url: URL | null = null;
      if (/^https?:\/\//i.test(target)) {
        try {
          url = new URL(target);
        } catch {
          url = null;
        }
      }
      if (!url) {
        refuse(
          request,
          response,
          'Bad request: the request target must be a path such as /graphql',
          onRefused,
        );
        return;
      }
      request.url = `${url.pathname}${url.search}`;
    }
    const host = request.headers.host;
    if (host !== undefined && !isValidHost(host)) {
      refuse(request, response, 'Bad request: the Host header is not a host name', onRefused);
      return;
    }
    handler(request, response);
  };
}
