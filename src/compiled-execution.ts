import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { isPromise, type Plugin } from 'graphql-yoga';
import type { Context } from './context.js';

/**
 * Queries that clients repeat run compiled to JavaScript by graphql-jit rather than interpreted
 * by graphql-js: a document is compiled once it has been executed `compileAfter` times, and every
 * later execution runs the compiled function. The resolvers are the same functions (the Pothos
 * schema's, with every wrapper its plugins put around them: the deadline, the complexity check),
 * and every protection before execution is untouched; what goes away is graphql-js's per-field
 * work of finding each field's definition, collecting its arguments and checking each value's type
 * again on every request.
 *
 * An answer with errors is made by graphql-js: when the compiled function reports an error, the
 * operation runs again on the interpreter, and that answer is sent. graphql-jit words variable
 * errors differently ('Expected type RelationType' for 'Value "FUND" does not exist in
 * "RelationType" enum') and leaves `locations` off a masked error, so this keeps every answer as
 * graphql-js writes it, at the price of a second run for answers that have errors. Its deadline is
 * the first run's, so a timed-out operation is not run twice, and the work the first run counted
 * (`actualCost`, `work`) is set back, so a client is charged what graphql-js alone would charge.
 *
 * What is never compiled, and runs on graphql-js as before:
 *
 * - **A document seen fewer than `compileAfter` times.** Compiling takes 5 to 50 ms (bounded by
 *   the token limit): a document sent once is cheaper to interpret, and one that arrives many
 *   times pays for its compilation within a second.
 * - **Subscriptions, and documents with several operations.**
 * - **A document whose variables have a recursive input type** (`RelationWhere` takes an
 *   `EntityWhere`, which takes a `RelationWhere`...). graphql-jit 0.8 generates the variables'
 *   coercion inline, type by type, and on a recursive type it never stops: after five seconds of
 *   work it fails with a stack overflow (graphql-jit issue 81, open since 2020). A where-filter
 *   written in the query text is not compiled either: see the next item.
 * - **A document giving arguments to a field that takes a recursive input type**, such as
 *   `relations(first: 100)`: graphql-jit generates the coercion of `where` for every type the field
 *   can be on, 0.7 s for the explorer's entity panel and 4.8 s for the war supporters question,
 *   holding the event loop all that time (`givesRecursiveArguments`).
 *
 * A compiled function lives as long as Yoga's parse cache keeps its document.
 */
export function compiledExecutionPlugin(options: {
  compileAfter: number;
  /** Told of each document when it is compiled, or found not to be compilable. */
  onCompiled?: (document: DocumentNode, compiled: boolean) => void;
}): Plugin {
  /** Per document: executions so far on graphql-js, its compiled query, or NOT_COMPILED. */
  const documents = new WeakMap<DocumentNode, number | CompiledQuery | typeof NOT_COMPILED>();
  const recursiveInputs = new WeakMap<GraphQLSchema, ReadonlySet<GraphQLInputObjectType>>();

  /** The compiled query, null to run on graphql-js, or COMPILE when it is time to compile. */
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null | typeof COMPILE => {
    let state = documents.get(args.document);
    if (state === undefined) {
      state = compilableOperation(args) ?? NOT_COMPILED;
      documents.set(args.document, state);
      if (state === NOT_COMPILED) options.onCompiled?.(args.document, false);
    }
    if (state === NOT_COMPILED) return null;
    if (typeof state === 'object') return state;
    if (state < options.compileAfter) {
      documents.set(args.document, state + 1);
      return null;
    }
    return COMPILE;
  };

  const compile = (jit: GraphqlJit, args: ExecutionArgs): CompiledQuery | null => {
    // Another request may have compiled it while graphql-jit was loading.
    const state = documents.get(args.document);
    if (typeof state === 'object') return state;
    if (state === NOT_COMPILED) return null;
    const compiled = jit.compileQuery(args.schema, args.document, args.operationName ?? undefined);
    const result = jit.isCompiledQuery(compiled) ? compiled : NOT_COMPILED;
    documents.set(args.document, result);
    options.onCompiled?.(args.document, result !== NOT_COMPILED);
    return result === NOT_COMPILED ? null : result;
  };

  /** 0 (no executions yet) for a document graphql-jit can compile, else null. */
  const compilableOperation = ({ schema, document }: ExecutionArgs): 0 | null => {
    let recursive = recursiveInputs.get(schema);
    if (!recursive) {
      recursive = recursiveInputTypes(schema);
      recursiveInputs.set(schema, recursive);
    }
    return isCompilable(schema, document, recursive) ? 0 : null;
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const found = compiledFor(args);
      if (!found) return;
      if (found === COMPILE) {
        // graphql-jit is loaded when the first document is due: a start, and every request until
        // then, does not pay for loading it (and the validator it brings).
        if (loadedJit) return useCompiled(compile(loadedJit, args), executeFn, setExecuteFn);
        return loadGraphqlJit().then((jit) => useCompiled(compile(jit, args), executeFn, setExecuteFn));
      }
      return useCompiled(found, executeFn, setExecuteFn);
    },
  };
}

/**
 * Whether the service compiles this document once it repeats: a single query operation, with no
 * variable of a recursive input type and no arguments given to a field taking one (see
 * compiledExecutionPlugin). `recursive` is recursiveInputTypes(schema), which callers keep.
 */
export function isCompilable(
  schema: GraphQLSchema,
  document: DocumentNode,
  recursive: ReadonlySet<GraphQLInputObjectType> = recursiveInputTypes(schema),
): boolean {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations.length === 1 ? operations[0]! : null;
  if (operation?.operation !== 'query') return false;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    const named = type ? getNamedType(type) : undefined;
    if (named && isInputObjectType(named) && recursive.has(named)) return false;
  }
  return !givesRecursiveArguments(schema, document, operation, recursive);
}

/** Has the operation run by `compiled`, unless it is null; an answer with errors comes from `executeFn`. */
function useCompiled(
  compiled: CompiledQuery | null,
  executeFn: ExecuteFunction,
  setExecuteFn: (fn: ExecuteFunction) => void,
): void {
  if (!compiled) return;
  setExecuteFn(((executionArgs: ExecutionArgs) => {
    const context = executionArgs.contextValue as Partial<Context>;
    const counted = { cost: context.actualCost, steps: context.work?.steps };
    const result = compiled.query(
      executionArgs.rootValue,
      executionArgs.contextValue,
      executionArgs.variableValues ?? {},
    );
    const answer = (outcome: ExecutionResult) => {
      if (!outcome.errors?.length) return outcome;
      // The work the compiled run counted is not charged twice.
      if (counted.cost !== undefined) context.actualCost = counted.cost;
      if (context.work && counted.steps !== undefined) context.work.steps = counted.steps;
      return executeFn(executionArgs);
    };
    return isPromise(result) ? result.then(answer) : answer(result);
  }) as typeof executeFn);
}

type ExecuteFunction = Parameters<NonNullable<Plugin['onExecute']>>[0]['executeFn'];
type GraphqlJit = typeof import('graphql-jit');
let loadedJit: GraphqlJit | null = null;
let loadingJit: Promise<GraphqlJit> | null = null;

/** graphql-jit, imported once, the first time a document is to be compiled. */
function loadGraphqlJit(): Promise<GraphqlJit> {
  loadingJit ??= import('graphql-jit').then((jit) => {
    loadedJit = jit;
    return jit;
  });
  return loadingJit;
}

/**
 * Whether the operation gives arguments to a field that takes a recursive input type
 * (`relations(first: 100, asOf: $asOf)`, whose `where` is a RelationWhere). graphql-jit then
 * generates the argument's coercion for every type the field can be on, and spends seconds doing
 * it: 0.7 s for the explorer's entity panel, 4.8 s for the war supporters question, the event
 * loop held all that time, where the other operations of src/operations/ compile in 2 to 60 ms.
 */
export function givesRecursiveArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  recursive: ReadonlySet<GraphQLInputObjectType>,
): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seen = new Set<SelectionSetNode>();
  const visit = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined): boolean => {
    // Each selection set once per walk: fragments spread many times, and cycles, cost nothing.
    if (seen.has(selectionSet)) return false;
    seen.add(selectionSet);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          type && (isObjectType(type) || isInterfaceType(type))
            ? type.getFields()[selection.name.value]
            : undefined;
        if (!field) continue;
        if (
          (selection.arguments?.length ?? 0) > 0 &&
          field.args.some((argument) => {
            const named = getNamedType(argument.type);
            return isInputObjectType(named) && recursive.has(named);
          })
        ) {
          return true;
        }
        if (selection.selectionSet && visit(selection.selectionSet, getNamedType(field.type))) return true;
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (visit(fragment.selectionSet, condition ?? undefined)) return true;
      }
    }
    return false;
  };
  return visit(operation.selectionSet, schema.getQueryType() ?? undefined);
}

const NOT_COMPILED = Symbol('not compiled');
const COMPILE = Symbol('compile now');

/**
 * The input object types from which a chain of fields leads back to a type already on the
 * chain: every type on a cycle, and every type that reaches one.
 */
export function recursiveInputTypes(schema: GraphQLSchema): ReadonlySet<GraphQLInputObjectType> {
  const recursive = new Set<GraphQLInputObjectType>();
  const settled = new Set<GraphQLInputObjectType>();
  // Depth first; `onPath` holds the chain from the type the walk started at.
  const visit = (type: GraphQLInputObjectType, onPath: Set<GraphQLInputObjectType>): boolean => {
    if (recursive.has(type) || onPath.has(type)) return true;
    if (settled.has(type)) return false;
    onPath.add(type);
    let leadsBack = false;
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (isInputObjectType(next) && visit(next, onPath)) leadsBack = true;
    }
    onPath.delete(type);
    (leadsBack ? recursive : settled).add(type);
    return leadsBack;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) visit(type, new Set());
  }
  return recursive;
}
