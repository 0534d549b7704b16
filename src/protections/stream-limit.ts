import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { recordOf } from '../request-record.js';

/**
 * Open `graphChanged` streams, per client and in all. A stream holds a connection for as long as
 * the client likes, and costs nothing after it opens, so one client opening 1,000 of them filled
 * MAX_CONNECTIONS: every other client, /health included, was refused until it let go. A client
 * (its address, or its API key: src/protections/client-budget.ts) may hold `perClient` streams
 * and all clients together `total`, well under the connection cap; a further subscription is
 * refused with TOO_MANY_STREAMS until one closes.
 */
export const MAX_STREAMS_PER_CLIENT = 8;

export interface StreamLimits {
  perClient: number;
  total: number;
}

export function streamLimitPlugin(limits: StreamLimits): Plugin<{ request?: Request }> {
  const open = new Map<string, number>();
  let total = 0;
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const request = args.contextValue.request;
      const client = (request && recordOf(request)?.client) ?? 'unknown';
      const mine = open.get(client) ?? 0;
      const limit = mine >= limits.perClient ? limits.perClient : total >= limits.total ? limits.total : null;
      if (limit !== null) {
        const whose = limit === limits.perClient ? 'this client holds' : 'all clients hold';
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `Too many open subscriptions: ${whose} ${limit}, the most allowed; close one and subscribe again`,
              {
                extensions: {
                  code: 'TOO_MANY_STREAMS',
                  limit: limit === limits.perClient ? 'streamsPerClient' : 'streams',
                  max: limit,
                  http: { status: 429 },
                },
              },
            ),
          ],
        });
        return;
      }
      open.set(client, mine + 1);
      total += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        total -= 1;
        const left = (open.get(client) ?? 1) - 1;
        if (left > 0) open.set(client, left);
        else open.delete(client);
      };
      return {
        onSubscribeResult: ({ result }) => {
          // An error instead of a stream (a bad argument) holds nothing.
          if (!(Symbol.asyncIterator in Object(result))) {
            release();
            return;
          }
          return { onEnd: release };
        },
        onSubscribeError: release,
      };
    },
  };
}
