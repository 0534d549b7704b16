import { GraphQLError } from 'graphql';
import { isPromise, maskError, type Plugin } from 'graphql-yoga';
import { errorFields, logLine, type LogWriter } from '../log.js';
import { recordOf } from '../request-record.js';

/**
 * No answer ever carries a stack trace, a file path or an unexpected error's message, whatever the
 * request: Yoga masks what reaches it (`maskedErrors`, set to this module's `maskUnexpected`),
 * and the hooks that run before Yoga's own error handling are guarded here. The request line and
 * Host header, which the HTTP adapter turns into a URL before any hook runs, are checked in
 * src/protections/request-target.ts. What is masked is logged, once, with the request's id.
 */

const INTERNAL_ERROR = {
  message: 'Unexpected error.',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
} as const;

/** What a masked error hid, kept to be logged with the request's id. */
const hidden = new WeakMap<object, unknown>();
/** The errors given to the mask that it replaced: Yoga's logger skips them (logged with an id instead). */
const replaced = new WeakSet<object>();

/** Yoga's `maskedErrors.maskError`: its own masking, remembering what each masked error hid. */
export function maskUnexpected(error: unknown, message: string): Error {
  const masked = maskError(error, message, false);
  if (masked !== error) {
    if (typeof error === 'object' && error !== null) replaced.add(error);
    const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    hidden.set(masked, cause);
  }
  return masked;
}

/** Whether `error` was replaced by the mask (and is logged with its request id). */
export const wasMasked = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && replaced.has(error);

/** What a masked error hid, or undefined for any other error. */
export const hiddenBy = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? hidden.get(error) : undefined;

/** The body of a masked 500, for the hooks that answer before Yoga could. */
export function internalErrorResponse(fetchAPI: { Response: typeof Response }): Response {
  return fetchAPI.Response.json({ errors: [INTERNAL_ERROR] }, { status: 500 });
}

type OnRequest = NonNullable<Plugin['onRequest']>;

/**
 * A plugin whose `onRequest` answers a masked 500 (and logs the error with the request id)
 * instead of letting an exception reach the HTTP adapter, which would answer with the stack.
 */
export function guarded<P extends Plugin>(plugin: P, log: LogWriter | null): P {
  const onRequest = plugin.onRequest as OnRequest | undefined;
  if (!onRequest) return plugin;
  const fail = (payload: Parameters<OnRequest>[0], error: unknown) => {
    log?.(
      logLine('error', 'unexpected-error', {
        requestId: recordOf(payload.request)?.id,
        message: error instanceof Error ? error.message : String(error),
        ...errorFields(error),
      }),
    );
    payload.endResponse(internalErrorResponse(payload.fetchAPI));
  };
  const guardedOnRequest: OnRequest = (payload) => {
    try {
      const result = onRequest(payload);
      if (result && typeof (result as Promise<void>).then === 'function') {
        return (result as Promise<void>).then(undefined, (error: unknown) => fail(payload, error));
      }
      return result;
    } catch (error) {
      fail(payload, error);
      return undefined;
    }
  };
  return { ...plugin, onRequest: guardedOnRequest };
}

/**
 * The first plugin: wraps the rest of the request's handling (Yoga's parsing, execution and
 * result processing) so that an exception nothing else caught becomes a masked 500.
 */
export function lastResortPlugin(log: LogWriter | null): Plugin {
  return {
    onRequest({ request, requestHandler, setRequestHandler, fetchAPI }) {
      const fail = (error: unknown): Response => {
        log?.(
          logLine('error', 'unexpected-error', {
            requestId: recordOf(request)?.id,
            message: error instanceof Error ? error.message : String(error),
            ...errorFields(error),
          }),
        );
        return internalErrorResponse(fetchAPI);
      };
      setRequestHandler((req, serverContext) => {
        try {
          const response = requestHandler(req, serverContext);
          return isPromise(response) ? response.then(undefined, fail) : response;
        } catch (error) {
          return fail(error);
        }
      });
    },
  };
}
