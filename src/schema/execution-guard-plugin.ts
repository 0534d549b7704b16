import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { InvalidArgumentError } from '../graph/errors.js';

/** The code of the error every field throws once the operation is past its deadline. */
export const TIMEOUT_CODE = 'TIMEOUT';

/**
 * How long executions may hold the event loop before they let other work run: once the loop has
 * been busy with executions this many milliseconds without turning, the next field to resolve
 * waits for the next turn (setImmediate), so that requests, timers and sockets queued meanwhile
 * are served first.
 */
export const EXECUTION_SLICE_MS = 10;

/** What the guard reads and writes in the context; a context without a deadline is never stopped or paused. */
export interface ExecutionGuardState {
  /** performance.now() after which every field throws TIMEOUT; set when execution starts. */
  deadline?: number;
  /** Cost points of the fields resolved so far (the operation's actual cost). */
  actualCost?: number;
}

/**
 * Since when the event loop has been running executions without turning; null once it has
 * turned. The slice is shared by every execution in the process: thirty executions started by
 * one batch of sockets, or resumed by one turn, share one slice rather than taking one each.
 */
let busySince: number | null = null;
const loopTurned = () => {
  busySince = null;
};

/** How long the loop has been busy with executions, starting the count if it was not. */
function busyFor(now: number): number {
  if (busySince === null) {
    busySince = now;
    // Immediates run in order: this one runs before any pause queued after it, at the next turn.
    setImmediate(loopTurned);
  }
  return now - busySince;
}

let pause: Promise<void> | null = null;

/** The next turn of the event loop: one setImmediate for every field waiting on it. */
function nextTurn(): Promise<void> {
  pause ??= new Promise((resolve) => {
    setImmediate(() => {
      pause = null;
      resolve();
    });
  });
  return pause;
}

type FieldCost = number | ((args: object, context: unknown) => number);

/** A field's own cost as the Pothos complexity option declares it (1 by default). */
function ownCost(option: unknown): FieldCost {
  if (typeof option === 'number') return option;
  if (typeof option === 'function') {
    return (args, context) => spentOf(option(args, context));
  }
  return spentOf(option);
}

/**
 * What a field spends of what it declares: all of it, but for a traversal's walk bound
 * (traversalCost in src/schema/builder.ts), which `work.steps` replaces by what it walked.
 */
function spentOf(declared: unknown): number {
  if (typeof declared === 'number') return declared;
  const shape = declared as { field?: number; walk?: number } | null | undefined;
  return (shape?.field ?? 1) - (shape?.walk ?? 0);
}

/**
 * Guards every field's resolver, for three things that must happen between fields:
 *
 * - **The deadline.** Every resolver here is synchronous, so a timer alone could never stop an
 *   execution. The clock is read before each field; past `context.deadline` the field throws,
 *   each later one fails at once, and src/protections/execution-timeout.ts answers one
 *   `TIMEOUT` error instead of partial data.
 * - **The event loop.** Once executions have held the loop for EXECUTION_SLICE_MS without it
 *   turning, the field waits for the next turn before it resolves. A long execution becomes a
 *   series of short slices with other requests served between them, and its timeout timer can
 *   fire (the timer then moves the deadline, and the next field stops it).
 * - **The actual cost.** Each resolved field adds its own declared cost to `context.actualCost`,
 *   which src/protections/cost.ts reports and charges.
 *
 * The same clock read serves the first two; an execution that fits in one slice never waits and
 * stays synchronous. A context without a deadline (the benchmarks' direct `execute`) is neither
 * stopped nor paused.
 */
export class PothosExecutionGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const cost = ownCost((fieldConfig.pothosOptions as { complexity?: unknown }).complexity);
    // Lists given as arguments count by their length, as in the estimate (src/protections/cost.ts).
    const listArguments = Object.entries(fieldConfig.args)
      .filter(([, argument]) => argument.type.kind === 'List')
      .map(([name]) => name);
    // A field that declares more than the one point of a plain field (a path search declares its
    // walk bound) gives it back when its arguments are refused (an unknown key, maxHops over its
    // bound), so a typo is not charged 2,500 points; what it walked is counted apart, in
    // `work.steps`. Plain fields skip this: it costs a closure and, for a connection, a promise
    // per call, on the hot path of every answer (about a tenth of a cache-off request).
    const refundable = typeof cost === 'function' || cost > 1 || listArguments.length > 0;
    const guarded: GraphQLFieldResolver<unknown, Types['Context'], object> = (
      parent,
      args,
      context,
      info,
    ) => {
      const state = context as ExecutionGuardState;
      if (state.deadline === undefined) return resolver(parent, args, context, info);
      const now = performance.now();
      if (now > state.deadline) {
        throw new GraphQLError('The operation ran past its time limit', {
          extensions: { code: TIMEOUT_CODE },
        });
      }
      if (busyFor(now) >= EXECUTION_SLICE_MS) {
        return nextTurn().then(() => guarded(parent, args, context, info));
      }
      let spent = typeof cost === 'number' ? cost : cost(args, context);
      for (const name of listArguments) {
        const value: unknown = (args as Record<string, unknown>)[name];
        if (Array.isArray(value)) spent += value.length;
      }
      state.actualCost = (state.actualCost ?? 0) + spent;
      if (!refundable) return resolver(parent, args, context, info);
      // Refused for its arguments before any work: none of its declared cost is spent.
      const refund = (error: unknown): never => {
        if (error instanceof InvalidArgumentError) state.actualCost = (state.actualCost ?? 0) - spent;
        throw error;
      };
      try {
        const result = resolver(parent, args, context, info);
        return result instanceof Promise ? result.catch(refund) : result;
      } catch (error) {
        return refund(error);
      }
    };
    return guarded;
  }
}

const pluginName = 'executionGuard';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      executionGuard: PothosExecutionGuardPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, PothosExecutionGuardPlugin);

export default pluginName;
