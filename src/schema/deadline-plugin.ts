import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

/** The code of the error every field throws once the operation is past its deadline. */
export const TIMEOUT_CODE = 'TIMEOUT';

/**
 * Checks the operation's deadline (`context.deadline`, from performance.now()) before each field
 * resolves and throws once it has passed. A timer alone could never stop this schema's
 * executions: every resolver is synchronous, so a timer cannot fire until the execution is
 * over. Checking the clock between fields stops it at the first field after the deadline; each
 * later field then fails at once, and src/protections/execution-timeout.ts answers one `TIMEOUT`
 * error instead of their partial data. A context without a deadline (the benchmarks' direct
 * `execute`) is never stopped.
 */
export class PothosDeadlinePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    _fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    return (parent, args, context, info) => {
      const { deadline } = context as { deadline?: number };
      if (deadline !== undefined && performance.now() > deadline) {
        throw new GraphQLError('The operation ran past its time limit', {
          extensions: { code: TIMEOUT_CODE },
        });
      }
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'deadline';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      deadline: PothosDeadlinePlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, PothosDeadlinePlugin);

export default pluginName;
