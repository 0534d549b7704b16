import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import { noteErrorCode, type Refusal } from '../observability.js';

/**
 * The request body cap, enforced where it costs almost nothing. Yoga 5.24 has a limiter of its
 * own (`maxRequestBodySize`), but it pipes every request body through a counting TransformStream
 * and builds a new Request around it, which halves throughput on Node 20 (issue 4's figures), so it is switched off (src/yoga.ts) and the cap is checked here, from
 * the `content-length` header alone when there is one (what every GraphQL client sends): the
 * body is never read. Node's parser never delivers more than `content-length` bytes as the body,
 * so a lying header cannot smuggle in more.
 *
 * - server.ts wraps its Node handler in capRequestBodies, which also reads a chunked body (no
 *   length up front) into memory, stopping at the cap.
 * - bodySizePlugin does the header check inside Yoga, for `yoga.fetch` and any other host.
 */

function tooLargeBody(maxBytes: number): string {
  return JSON.stringify({
    errors: [
      {
        message: `Request body is larger than the limit of ${maxBytes} bytes`,
        extensions: { code: 'REQUEST_TOO_LARGE', max: maxBytes },
      },
    ],
  });
}

/** Answers 413 to a request whose `content-length` is over the cap, before its body is read. */
export function bodySizePlugin(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > maxBytes) {
        noteErrorCode(request, 'REQUEST_TOO_LARGE');
        // `connection: close`: otherwise the host may read the whole declared body to reuse
        // the connection, the very work the cap refuses.
        endResponse(
          new fetchAPI.Response(tooLargeBody(maxBytes), {
            status: 413,
            headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
          }),
        );
      }
    },
  };
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** How much of a refused body is still read (and dropped) so that the client sees the answer. */
const LINGER = { ms: 3_000, bytesPerCap: 10 };

/**
 * Answers 413. The status goes out at once; the rest of the answer waits until the client has
 * finished sending, reading and dropping what it sends, as nginx's "lingering close" does:
 * closing while a client is mid-upload resets the connection under it before it reads the
 * answer. A client still sending after 3 s or 10 times the cap is cut off.
 */
function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  maxBytes: number,
  onRefused: ((refusal: Refusal) => string) | null,
): void {
  const id = onRefused?.({
    method: request.method ?? 'POST',
    path: request.url ?? '',
    status: 413,
    code: 'REQUEST_TOO_LARGE',
  });
  response
    .writeHead(413, {
      'content-type': 'application/json; charset=utf-8',
      ...(id ? { 'x-request-id': id } : {}),
    })
    .flushHeaders();
  let dropped = 0;
  const answer = (cutOff: boolean) => {
    clearTimeout(timer);
    request.off('data', drop).off('end', finished);
    response.end(tooLargeBody(maxBytes), () => {
      if (cutOff) request.socket.destroy();
    });
  };
  const drop = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER.bytesPerCap * maxBytes) answer(true);
  };
  const finished = () => answer(false);
  const timer = setTimeout(() => answer(true), LINGER.ms).unref();
  request.on('data', drop).once('end', finished);
}

/**
 * Wraps the Node handler with the body cap. A `content-length` over the cap is refused unread;
 * a chunked body is read into memory up to the cap and handed to Yoga as `request.body`, the way
 * body-parsing middleware does, or refused as soon as it passes the cap. Everything else goes
 * straight through, paying for one header lookup.
 */
export function capRequestBodies(
  handler: Handler,
  maxBytes: number,
  onRefused: ((refusal: Refusal) => string) | null = null,
): Handler {
  return (request, response) => {
    const length = request.headers['content-length'];
    if (length !== undefined) {
      if (Number(length) > maxBytes) refuse(request, response, maxBytes, onRefused);
      else handler(request, response);
      return;
    }
    if (request.headers['transfer-encoding'] === undefined) {
      handler(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', collect).off('end', done);
      refuse(request, response, maxBytes, onRefused);
    };
    const done = () => {
      // A stream rather than the Buffer itself: Yoga's Node adapter tests `body` with
      // Object.keys(), which on a 100 KB Buffer lists 100,000 indexes (14 ms).
      Object.assign(request, { body: Readable.from([Buffer.concat(chunks, size)]) });
      handler(request, response);
    };
    request.on('data', collect).on('end', done);
  };
}
