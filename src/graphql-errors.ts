import {
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type ExecutionResult,
  type ASTVisitor,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GraphError } from './graph/errors.js';

/**
 * Errors a client can act on. Expected failures (a bad argument, a cursor from elsewhere) reach
 * the client as GraphQL errors with their message, a code and the argument at fault; an invalid
 * value in the query (a date that is not one) or in the variables does too, before anything
 * runs. Anything else is a bug and stays masked by Yoga.
 */

/** The argument a node of the document sits in, as a path: "where.relations.some.date.gt". */
function argumentPathOf(document: DocumentNode, target: ASTNode): string | null {
  let found: string | null = null;
  const path: string[] = [];
  visit(document, {
    enter(node) {
      if (found !== null) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.push(node.name.value);
      if (node === target) found = path.join('.');
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.pop();
    },
  });
  return found || null;
}

/** Where variable `$name` is used: the first argument path that takes it. */
function argumentPathOfVariable(document: DocumentNode, name: string): string | null {
  let usage: ASTNode | null = null;
  visit(document, {
    Variable(node, _key, parent) {
      // `$name: Type` in the operation's header is the definition, not a use.
      const inDefinition = !Array.isArray(parent) && (parent as ASTNode).kind === Kind.VARIABLE_DEFINITION;
      if (usage === null && !inDefinition && node.name.value === name) usage = node;
    },
  });
  return usage ? argumentPathOf(document, usage) : null;
}

function withExtensions(error: GraphQLError, message: string, extensions: Record<string, unknown>) {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, ...extensions },
  });
}

/**
 * A validation error with a code. A value that does not fit its argument's type (a malformed
 * PartialDate, an unknown enum value) is BAD_USER_INPUT naming the argument, with the scalar's
 * own explanation; any other is GRAPHQL_VALIDATION_FAILED. Codes already set (the query limits')
 * stay.
 */
function codedValidationError(document: DocumentNode, error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  const node = error.nodes?.[0];
  // Only a value that does not fit (not an unknown argument or field) is the client's input.
  const argument = node && VALUE_KINDS.has(node.kind) ? argumentPathOf(document, node) : null;
  if (argument === null) return withExtensions(error, error.message, { code: 'GRAPHQL_VALIDATION_FAILED' });
  const reason = error.originalError?.message;
  const message = reason ? `${argument}: ${reason}` : `${argument}: ${error.message}`;
  return withExtensions(error, message, { code: 'BAD_USER_INPUT', argument });
}

/**
 * A validation rule: an operation of a kind the schema has no root type for ("mutation { x }").
 * graphql-js finds it only when executing, with no code; as a rule it is a validation error like
 * any other unknown name, coded by codedValidationError.
 */
const KnownOperationTypeRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This service has no ${node.operation}s: it answers queries and the graphChanged subscription, and changes nothing`,
        { nodes: [node] },
      ),
    );
  },
});

const VARIABLE_ERROR = /^Variable "\$(\w+)"/;
const VALUE_KINDS = new Set<string>([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
  Kind.NULL,
  Kind.LIST,
  Kind.OBJECT,
  Kind.VARIABLE,
]);

/** Errors of one execution with codes: GraphErrors', and the variables' (BAD_USER_INPUT). */
function codedExecutionErrors(document: DocumentNode, errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    const original = error.originalError;
    if (original instanceof GraphError) {
      return withExtensions(error, original.message, {
        code: original.code,
        ...(original.argument ? { argument: original.argument } : {}),
      });
    }
    const variable = error.path === undefined ? VARIABLE_ERROR.exec(error.message)?.[1] : undefined;
    if (variable !== undefined && !error.extensions?.code) {
      const argument = argumentPathOfVariable(document, variable);
      return withExtensions(error, error.message, {
        code: 'BAD_USER_INPUT',
        variable,
        ...(argument ? { argument } : {}),
      });
    }
    return error;
  });
}

/**
 * Gives every error a client can cause a code (and the argument at fault): validation errors
 * before execution, GraphErrors thrown by the graph functions and variable errors after. Runs
 * before Yoga's masking, which then lets them through untouched and unlogged.
 */
export function graphErrorsPlugin(): Plugin {
  const recode = (document: DocumentNode) => ({
    onExecuteDone({ result, setResult }: { result: unknown; setResult: (result: ExecutionResult) => void }) {
      if (Symbol.asyncIterator in (result as object)) return;
      const { errors } = result as ExecutionResult;
      if (!errors) return;
      setResult({ ...(result as ExecutionResult), errors: codedExecutionErrors(document, errors) });
    },
  });
  return {
    onValidate({ params, addValidationRule }) {
      addValidationRule(KnownOperationTypeRule);
      return ({ result, setResult }) => {
        if (result.length > 0)
          setResult(result.map((error) => codedValidationError(params.documentAST, error)));
      };
    },
    onExecute({ args }) {
      return recode(args.document);
    },
    onSubscribe({ args }) {
      return {
        onSubscribeResult({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors) return;
          setResult({ ...result, errors: codedExecutionErrors(args.document, result.errors) });
        },
        onSubscribeError() {},
      };
    },
  };
}
