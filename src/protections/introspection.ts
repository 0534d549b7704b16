import { GraphQLError, type ExecutionArgs, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Refuses `__schema` and `__type`; `__typename` stays, since clients need it to tell types apart. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name === '__schema' || name === '__type') {
      context.reportError(
        new GraphQLError(`Introspection is switched off on this server: "${name}" cannot be queried`, {
          nodes: node,
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    }
  },
});

const SUGGESTION = / ?Did you mean .*\?$/;

function withoutSuggestion<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError) || !SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
}

/**
 * With introspection off, the schema should not leak through error messages either: graphql's
 * validation answers `{ entity { nam } }` with 'Did you mean "name"?', and an enum variable of
 * "FUND" with 'Did you mean the enum value "FUNDS"?', which let a client map the schema by
 * guessing. Those sentences are cut from validation and execution errors; for the one placed
 * mid-message (an unknown field of an input object) the executor's `hideSuggestions` leaves it out.
 */
export function disableIntrospectionPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(withoutSuggestion));
      };
    },
    onExecute({ args }) {
      (args as ExecutionArgs & { hideSuggestions?: boolean }).hideSuggestions = true;
      return {
        onExecuteDone({ result, setResult }) {
          if ('errors' in result && result.errors)
            setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
        },
      };
    },
  };
}
