import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getDirectiveValues,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isUnionType,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { STEPS_PER_COST_POINT, type Context, type QueryLimits } from '../context.js';
import { recordOf, type CostReport } from '../request-record.js';
import { type ClientBudgets, rateLimitedError } from './client-budget.js';

/**
 * The cost of an operation, known before it runs, from the schema's declarations and the request's
 * real sizes:
 *
 * - each field costs what it declares (`complexity` in the Pothos schema; 1 by default), and a
 *   list field multiplies the cost of what is selected under it: a page field by its `first`,
 *   `nodes(ids)` by the number of ids, any other list by 10;
 * - every list given as an argument, inline or in variables, adds its length: a variable with
 *   3,500 ids is 3,500 points before anything is selected under it;
 * - `@skip` and `@include` are applied as execution will apply them; a fragment is costed once
 *   per type it is spread on, so nesting fragments cannot make the estimate itself expensive.
 *
 * Depth and breadth count fields as the Pothos complexity plugin did (introspection fields count
 * as one field each, so GraphiQL's schema query stays within them). Introspection is costed in
 * full, with the same multipliers.
 *
 * Pothos's plugin checked the same formula when the first root field started to resolve, from
 * inside the execution; here it is checked before execution, so a refused operation runs
 * nothing, the client's budget can be charged up front, and the cost can be reported.
 */

/** A list without a declared multiplier counts as this many items. */
export const DEFAULT_LIST_MULTIPLIER = 10;

export interface CostEstimate {
  /** Cost points: an upper bound on what the operation can resolve, given its arguments. */
  cost: number;
  depth: number;
  breadth: number;
  /** The estimate of its introspection (`__schema`, `__type`), which `cost` counts as INTROSPECTION_COST. */
  introspection: number;
}

/**
 * What an operation that introspects the schema costs, however much of it it asks for: the
 * schema is small and fixed, so introspection is bounded by its own limit (no costlier than the
 * full schema query GraphiQL sends) rather than by MAX_COST, and charged a flat price.
 */
export const INTROSPECTION_COST = 1_000;

/** Every operation costs this much besides its fields: parsing, validating and the HTTP exchange. */
export const REQUEST_COST = 25;

/**
 * What an operation refused by a limit costs its client: about what refusing the largest ones
 * costs the server (parsing and validating a document of a thousand tokens or fifteen path
 * searches takes one to two milliseconds). A client that keeps sending refused operations runs
 * out of budget and is then refused before its requests are even read.
 */
export const REFUSED_COST = 250;

/** The error codes of an operation refused by a limit (src/protections/*), charged REFUSED_COST. */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  'QUERY_TOO_COMPLEX',
  'REQUEST_TOO_LARGE',
  'BAD_REQUEST',
]);

type ComplexityOption =
  | number
  | { field?: number; multiplier?: number }
  | ((args: Record<string, unknown>, context: unknown, field: GraphQLField<unknown, unknown>) => unknown);

/**
 * What the introspection lists hold in this schema, on average (rounded up): `__Schema.types` is
 * every type, `__Type.fields` the mean field count of the types that have fields, and so on. An
 * introspection query is costed by these real sizes rather than by the default 10 per list:
 * GraphiQL's schema query costs about what it resolves, and a query that nests `fields { type {
 * fields ...` is still refused a few levels down.
 */
function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  let sizes = introspectionSizesOf.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const mean = (counts: number[]) =>
    counts.length === 0 ? 1 : Math.max(1, Math.ceil(counts.reduce((sum, n) => sum + n, 0) / counts.length));
  const withFields = types.filter((type) => isObjectType(type) || isInterfaceType(type));
  const fields = withFields.flatMap((type) => Object.values(type.getFields()));
  const directives = schema.getDirectives();
  sizes = new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', mean(withFields.map((type) => Object.keys(type.getFields()).length))],
    ['__Type.interfaces', mean(withFields.map((type) => type.getInterfaces().length))],
    [
      '__Type.possibleTypes',
      mean(
        types
          .filter((type) => isUnionType(type) || isInterfaceType(type))
          .map(
            (type) => schema.getPossibleTypes(type as Parameters<typeof schema.getPossibleTypes>[0]).length,
          ),
      ),
    ],
    ['__Type.enumValues', mean(types.filter(isEnumType).map((type) => type.getValues().length))],
    [
      '__Type.inputFields',
      mean(types.filter(isInputObjectType).map((type) => Object.keys(type.getFields()).length)),
    ],
    ['__Field.args', mean(fields.map((field) => field.args.length))],
    ['__Directive.args', mean(directives.map((directive) => directive.args.length))],
  ]);
  introspectionSizesOf.set(schema, sizes);
  return sizes;
}

const introspectionSizesOf = new WeakMap<GraphQLSchema, Map<string, number>>();

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  context: unknown;
  /** Results per selection set and type: a fragment spread many times is walked once. */
  done: Map<SelectionSetNode, Map<GraphQLNamedType, CostEstimate>>;
  active: Set<SelectionSetNode>;
}

/** Items in every array inside an argument value, counted without recursion. */
function listItems(value: unknown): number {
  let items = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      items += next.length;
      for (const item of next) if (typeof item === 'object' && item !== null) pending.push(item);
    } else if (typeof next === 'object' && next !== null) {
      for (const item of Object.values(next))
        if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return items;
}

function included(walk: Walk, node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, walk.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, walk.variables);
  return include?.if !== false;
}

function fieldDefinition(
  walk: Walk,
  type: GraphQLNamedType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (type === walk.schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

const leaf = (): CostEstimate => ({ cost: 1, depth: 1, breadth: 1, introspection: 0 });

function fieldCost(walk: Walk, node: FieldNode, type: GraphQLNamedType): CostEstimate {
  const definition = fieldDefinition(walk, type, node.name.value);
  // Validation has refused unknown fields; one here is costed as a leaf.
  if (!definition) return leaf();
  const option = definition.extensions?.complexity as ComplexityOption | undefined;
  // Arguments matter only when given (their lists count) or when the declared cost reads them.
  let args: Record<string, unknown> = {};
  if (typeof option === 'function' || (node.arguments && node.arguments.length > 0)) {
    try {
      args = getArgumentValues(definition, node, walk.variables);
    } catch {
      // Arguments execution will refuse: the field fails without resolving what is under it.
      return leaf();
    }
  }
  const declared = typeof option === 'function' ? option(args, walk.context, definition) : option;
  const shape =
    typeof declared === 'object' && declared !== null
      ? (declared as { field?: number; multiplier?: number })
      : null;
  const own = typeof declared === 'number' ? declared : (shape?.field ?? 1);
  const isList = isListType(getNullableType(definition.type));
  const multiplier =
    shape?.multiplier !== undefined
      ? shape.multiplier
      : !isList
        ? 1
        : isIntrospectionType(type)
          ? (introspectionSizes(walk.schema).get(`${type.name}.${definition.name}`) ??
            DEFAULT_LIST_MULTIPLIER)
          : DEFAULT_LIST_MULTIPLIER;
  const result: CostEstimate = { cost: own + listItems(args), depth: 1, breadth: 1, introspection: 0 };
  if (node.selectionSet) {
    const under = selectionSetCost(walk, node.selectionSet, getNamedType(definition.type));
    result.cost += under.cost * Math.max(multiplier, 0);
    result.introspection += under.introspection * Math.max(multiplier, 0);
    // Introspection's depth and breadth are not counted: GraphiQL's schema query nests `ofType`
    // seven times. Its size is bounded by the introspection limit instead.
    if (!isIntrospectionType(getNamedType(definition.type))) {
      result.depth += under.depth;
      result.breadth += under.breadth;
    }
  }
  if (definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) {
    return { cost: 0, depth: 1, breadth: 1, introspection: result.cost + result.introspection };
  }
  return result;
}

function selectionSetCost(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLNamedType): CostEstimate {
  const known = walk.done.get(selectionSet)?.get(type);
  if (known) return known;
  // Validation refuses fragment cycles; a cycle here is costed as nothing rather than looping.
  if (walk.active.has(selectionSet)) return { cost: 0, depth: 0, breadth: 0, introspection: 0 };
  walk.active.add(selectionSet);
  const total: CostEstimate = { cost: 0, depth: 0, breadth: 0, introspection: 0 };
  const add = (part: CostEstimate) => {
    total.cost += part.cost;
    total.introspection += part.introspection;
    total.breadth += part.breadth;
    total.depth = Math.max(total.depth, part.depth);
  };
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      add(fieldCost(walk, selection, type));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (on) add(selectionSetCost(walk, selection.selectionSet, on));
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      const on = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && on) add(selectionSetCost(walk, fragment.selectionSet, on));
    }
  }
  walk.active.delete(selectionSet);
  let byType = walk.done.get(selectionSet);
  if (!byType) {
    byType = new Map();
    walk.done.set(selectionSet, byType);
  }
  byType.set(type, total);
  return total;
}

/**
 * The cost, depth and breadth of the operation `operationName` selects in `document`, with its
 * variables, before it runs. Null when execution will refuse the request anyway (no such
 * operation, or variables that do not fit their definitions): execution reports that error.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  context: unknown = {},
): CostEstimate | null {
  let operation: OperationDefinitionNode | undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (operationName ? definition.name?.value === operationName : operation === undefined) {
        operation = definition;
      } else if (!operationName) {
        return null;
      }
    }
  }
  if (!operation) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const estimate = selectionSetCost(
    {
      schema,
      variables: coerced.coerced,
      fragments,
      context,
      done: new Map(),
      active: new Set(),
    },
    operation.selectionSet,
    root,
  );
  return {
    ...estimate,
    cost: REQUEST_COST + estimate.cost + (estimate.introspection > 0 ? INTROSPECTION_COST : 0),
  };
}

/**
 * Estimates already made, per parsed document: by schema, then by operation name and variables.
 * The estimate depends on nothing else (every declared cost reads only the field's arguments), and
 * Yoga's parse cache hands the same document object to every request with the same text, so a
 * question asked again, by anyone, skips the walk: what was a tenth of a small query's time with
 * the response cache off. Bounded: keys longer than MEMO_KEY_CHARS are not kept, nor more than
 * MEMO_ENTRIES per document (the oldest goes first); a document's estimates go with it.
 */
const estimates = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, Map<string, CostEstimate | null>>>();
const MEMO_KEY_CHARS = 2_000;
const MEMO_ENTRIES = 500;

/** `estimateCost`, remembered per document, schema, operation name and variables. */
export function estimateCostOnce(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): CostEstimate | null {
  const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  if (key.length > MEMO_KEY_CHARS) return estimateCost(schema, document, operationName, variables);
  let bySchema = estimates.get(document);
  if (!bySchema) {
    bySchema = new WeakMap();
    estimates.set(document, bySchema);
  }
  let known = bySchema.get(schema);
  if (!known) {
    known = new Map();
    bySchema.set(schema, known);
  }
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const estimate = estimateCost(schema, document, operationName, variables);
  if (known.size >= MEMO_ENTRIES) known.delete(known.keys().next().value!);
  known.set(key, estimate);
  return estimate;
}

const introspectionLimits = new WeakMap<GraphQLSchema, number>();

/**
 * The most introspection one operation may ask for: the estimate of the fullest schema query
 * (graphql's getIntrospectionQuery with every option, what GraphiQL sends at most).
 */
export function introspectionLimit(schema: GraphQLSchema): number {
  let limit = introspectionLimits.get(schema);
  if (limit === undefined) {
    const full = parse(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );
    limit = estimateCost(schema, full, null, {})?.introspection ?? 0;
    introspectionLimits.set(schema, limit);
  }
  return limit;
}

/** Which limit an estimate breaks first, as the QUERY_TOO_COMPLEX error clients know. */
export function limitError(
  estimate: CostEstimate,
  limits: QueryLimits,
  maxIntrospection = Number.POSITIVE_INFINITY,
): GraphQLError | null {
  const broken: [string, number, number] | null =
    estimate.introspection > maxIntrospection
      ? ['introspection', estimate.introspection, maxIntrospection]
      : estimate.depth > limits.depth
        ? ['depth', estimate.depth, limits.depth]
        : estimate.breadth > limits.breadth
          ? ['breadth', estimate.breadth, limits.breadth]
          : estimate.cost > limits.complexity
            ? ['complexity', estimate.cost, limits.complexity]
            : null;
  if (!broken) return null;
  const [limit, measured, max] = broken;
  return new GraphQLError(
    `Query ${limit} is ${measured}, over the limit of ${max}` +
      (limit === 'complexity'
        ? ': ask for smaller pages (first) or fewer nested lists'
        : limit === 'introspection'
          ? ' (the full schema query GraphiQL sends)'
          : ''),
    {
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        limit,
        max,
        measured,
        // Refused before it ran, so the answer has no data: 400 where the client accepts
        // application/graphql-response+json, as for a validation error; 200 for plain JSON
        // (`spec`: graphql-yoga's rule for statuses the GraphQL-over-HTTP spec sets). Not sent.
        http: { spec: true, status: 400 },
      },
    },
  );
}

function withCost(result: ExecutionResult, cost: CostReport): ExecutionResult {
  return { ...result, extensions: { ...result.extensions, cost } };
}

/**
 * Checks each operation's cost, depth and breadth before it runs, charges the client's budget
 * (when there are budgets), and reports the cost in `extensions.cost`: `requested` (the estimate
 * the checks used), `actual` (the fields it resolved and the relations its traversals looked at,
 * counted by the schema's execution guard), `limit`, and the client's `budget` after the
 * operation. The operation runs when the budget is positive and is charged `actual` when done.
 */
export function costPlugin(limits: QueryLimits, budgets: ClientBudgets | null): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Partial<Context> & { request?: Request };
      const estimate = estimateCostOnce(args.schema, args.document, args.operationName, args.variableValues);
      if (!estimate) return undefined;
      const record = context.request ? recordOf(context.request) : undefined;
      const report: CostReport = { requested: estimate.cost, actual: 0, limit: limits.complexity };
      if (record) record.cost = report;
      const client = record?.client ?? null;
      const refusal = limitError(estimate, limits, introspectionLimit(args.schema));
      if (refusal) {
        // Refused, it cost its parsing and validation: a client sending refused operations pays.
        report.actual = REFUSED_COST;
        if (budgets && client !== null)
          report.budget = budgets.describe(budgets.charge(client, REFUSED_COST));
        setResultAndStopExecution(withCost({ errors: [refusal] }, report));
        return undefined;
      }
      if (budgets && client !== null) {
        // Checked again here: the client's other operations may have spent its budget since its
        // request arrived (src/protections/client-budget.ts refuses a spent budget on arrival).
        const admission = budgets.admit(client);
        if (!admission.granted) {
          report.budget = budgets.describe(admission.available);
          setResultAndStopExecution(withCost({ errors: [rateLimitedError(budgets, admission)] }, report));
          return undefined;
        }
      }
      // What every operation pays besides its fields, counted as the estimate counts it.
      const fixed = REQUEST_COST + (estimate.introspection > 0 ? INTROSPECTION_COST : 0);
      context.actualCost = 0;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const steps = context.work?.steps ?? 0;
          report.actual = fixed + (context.actualCost ?? 0) + Math.ceil(steps / STEPS_PER_COST_POINT);
          if (budgets && client !== null)
            report.budget = budgets.describe(budgets.charge(client, report.actual));
          setResult(withCost(result, report));
        },
      };
    },
  };
}
