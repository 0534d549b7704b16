import { isAsyncIterable } from '@envelop/core';
import type { Plugin } from 'graphql-yoga';

/**
 * An answer none of the request's `Accept` types can carry. graphql-yoga answers 406 with no body,
 * and for a subscription it has already subscribed by then: the stream was never closed, so each
 * such request held one of the client's streams (src/protections/stream-limit.ts) and a listener
 * on the graph's changes until the next reload; eight of them locked the client out of live
 * updates. This closes the stream and says in the body what to send instead. It must come after
 * graphql-yoga's own result processors, which run first as Yoga's built-in plugins do.
 */
export function notAcceptablePlugin(): Plugin {
  return {
    onResultProcess({ request, result, resultProcessor, acceptableMediaTypes, setResultProcessor }) {
      if (resultProcessor) return;
      const stream = isAsyncIterable(result);
      if (stream) void result[Symbol.asyncIterator]().return?.();
      const sent = request.headers.get('accept') ?? '';
      const types = [...new Set(acceptableMediaTypes)];
      const message = stream
        ? `A subscription is answered as a stream of server-sent events: send "Accept: text/event-stream" (this request accepts "${clip(sent)}")`
        : `This answer is sent as ${types.join(' or ')}, none of which this request's Accept header ("${clip(sent)}") allows`;
      setResultProcessor(
        (_result, fetchAPI) =>
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_ACCEPTABLE', accept: types } }] }),
            {
              status: 406,
              statusText: 'Not Acceptable',
              headers: { 'content-type': 'application/json; charset=utf-8' },
            },
          ),
        'application/json',
      );
    },
  };
}

/** An Accept header is the client's own text: quoted back short. */
function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
