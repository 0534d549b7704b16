import {
  entitiesInOrder,
  relationsInKeyOrder,
  type EntityOrder,
  type KnowledgeGraph,
} from './knowledge-graph.js';
import type { OrderedList } from './pagination.js';
import type { EntityData, RelationData } from './types.js';
import type { Currency, EntityKind, RelationType } from './vocabulary.js';
import type { Direction } from './relations.js';
import { InvalidArgumentError, LimitExceededError } from './errors.js';
import { comparePeriods, parseDateArgument, periodOfFact, type DateComparison, type Period } from './time.js';
import { foldText } from './fold-text.js';
import { incidenceOf } from './incidence.js';

/**
 * Where-filters over entities and relations, in the shape of the Neo4j GraphQL Library's
 * generated `where` inputs: field operators, AND/OR/NOT, and relation quantifiers
 * (some/none/all). Several conditions in one object must all hold. A filter is checked and
 * turned into a test function once, then run on each candidate; the work it does is counted,
 * and a filter that would need more than MAX_FILTER_STEPS tests stops with LIMIT_EXCEEDED.
 */

/** `eq` and `in` compare exactly; `contains` and `startsWith` ignore case and accents. */
export interface StringFilter {
  eq?: string | null;
  in?: readonly string[] | null;
  contains?: string | null;
  startsWith?: string | null;
}

/** A value from a closed vocabulary (an entity kind, a relation type). */
export interface ChoiceFilter<T extends string> {
  eq?: T | null;
  in?: readonly T[] | null;
}

/** Partial dates, compared as periods (see `comparePeriods`). Undated facts never match. */
export type DateFilter = Partial<Record<DateComparison, string | null>>;

/** An amount in its own currency; relations without an amount never match. */
export interface MoneyFilter {
  currency?: Currency | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
}

export interface EntityWhere {
  AND?: readonly EntityWhere[] | null;
  OR?: readonly EntityWhere[] | null;
  NOT?: EntityWhere | null;
  key?: StringFilter | null;
  name?: StringFilter | null;
  kind?: ChoiceFilter<EntityKind> | null;
  date?: DateFilter | null;
  relations?: RelationQuantifier | null;
}

/** Conditions on an entity's relations: at least one, none, or every one matches. */
export interface RelationQuantifier {
  some?: RelationWhere | null;
  none?: RelationWhere | null;
  all?: RelationWhere | null;
}

export interface RelationWhere {
  AND?: readonly RelationWhere[] | null;
  OR?: readonly RelationWhere[] | null;
  NOT?: RelationWhere | null;
  type?: ChoiceFilter<RelationType> | null;
  /** Seen from the entity whose relations are filtered: OUT when it is the relation's `from`. */
  direction?: Direction | null;
  date?: DateFilter | null;
  amount?: MoneyFilter | null;
  /** The far end, seen from the entity whose relations are filtered. */
  other?: EntityWhere | null;
  from?: EntityWhere | null;
  to?: EntityWhere | null;
}

export type EntityTest = (entity: EntityData) => boolean;
/** `seenFrom` is the key of the entity whose relations are filtered; null on a plain relation list. */
export type RelationTest = (relation: RelationData, seenFrom: string | null) => boolean;

/** Input objects a filter may nest (`where` → relations → some → other counts 4). */
export const MAX_FILTER_DEPTH = 10;
/** Entity and relation tests one filtered list may run before it stops. */
export const MAX_FILTER_STEPS = 12_000_000;
/** What each relation quantifier multiplies the cost of its condition by, as a nested list does. */
export const RELATION_COST_FACTOR = 10;

const list = <T>(items: readonly T[] | null | undefined): readonly T[] => items ?? [];

/** The condition objects nested directly in a filter (AND, OR, NOT and the entity conditions). */
function childrenOf(where: EntityWhere | RelationWhere): (EntityWhere | RelationWhere | null | undefined)[] {
  const relation = where as RelationWhere;
  return [
    ...list<EntityWhere | RelationWhere>(where.AND),
    ...list<EntityWhere | RelationWhere>(where.OR),
    where.NOT,
    relation.other,
    relation.from,
    relation.to,
  ];
}

function quantified(where: EntityWhere | RelationWhere): (RelationWhere | null | undefined)[] {
  const quantifier = (where as EntityWhere).relations;
  return quantifier ? [quantifier.some, quantifier.none, quantifier.all] : [];
}

/** How deeply the filter nests condition objects: 1 for a flat filter, 0 for none. */
export function filterDepth(where: EntityWhere | RelationWhere | null | undefined): number {
  if (!where) return 0;
  let deepest = 0;
  for (const child of childrenOf(where)) deepest = Math.max(deepest, filterDepth(child));
  // The quantifier object (some/none/all) is a level of its own.
  for (const child of quantified(where)) deepest = Math.max(deepest, 1 + filterDepth(child));
  return 1 + deepest;
}

/**
 * What a filter adds to the cost of the field it is given to: one per condition object, and
 * each relation quantifier multiplies its condition by RELATION_COST_FACTOR, because it is
 * tested on every relation of every candidate.
 */
export function filterCost(where: EntityWhere | RelationWhere | null | undefined): number {
  if (!where) return 0;
  let cost = 1;
  for (const child of childrenOf(where)) cost += filterCost(child);
  for (const child of quantified(where)) cost += RELATION_COST_FACTOR * filterCost(child);
  return cost;
}

/** How often a filter looks at the clock: every this many tests. */
const CLOCK_EVERY = 4096;

/**
 * Counts the tests a filter runs and watches the request's deadline, so that no filter runs
 * unbounded: every resolver is synchronous, so nothing else could stop a scan once it started.
 */
class Budget {
  private steps = 0;
  constructor(
    private readonly argument: string,
    private readonly max: number,
    /** When the request must stop, on performance.now()'s clock. */
    private readonly deadline: number,
  ) {}

  spend(): void {
    if (++this.steps > this.max) {
      throw new LimitExceededError(
        this.argument,
        `${this.argument}: the filter ran more than ${this.max} tests; narrow it (a kind or a type at the top level) or nest fewer relation conditions`,
      );
    }
    if (this.steps % CLOCK_EVERY === 0 && performance.now() > this.deadline) {
      throw new LimitExceededError(
        this.argument,
        `${this.argument}: the filter ran past the request's time limit after ${this.steps} tests; narrow it (a kind or a type at the top level)`,
      );
    }
  }
}

interface Compiler {
  kg: KnowledgeGraph;
  budget: Budget;
}

const ALWAYS = () => true;

// Tests take a value, or a relation and the entity it is seen from: two fixed parameters rather
// than rest arguments, which would allocate an array on every call of a hot loop.
type Test = (a: never, b: never) => boolean;

function all<F extends Test>(tests: F[]): F {
  if (tests.length === 0) return ALWAYS as unknown as F;
  if (tests.length === 1) return tests[0] as F;
  return ((a: never, b: never) => {
    for (const test of tests) if (!test(a, b)) return false;
    return true;
  }) as unknown as F;
}

function any<F extends Test>(tests: F[]): F {
  return ((a: never, b: never) => {
    for (const test of tests) if (test(a, b)) return true;
    return false;
  }) as unknown as F;
}

function stringTest(filter: StringFilter): (value: string) => boolean {
  const tests: ((value: string) => boolean)[] = [];
  if (filter.eq != null) {
    const eq = filter.eq;
    tests.push((value) => value === eq);
  }
  if (filter.in != null) {
    const values = new Set(filter.in);
    tests.push((value) => values.has(value));
  }
  if (filter.contains != null) {
    const needle = foldText(filter.contains);
    tests.push((value) => foldText(value).includes(needle));
  }
  if (filter.startsWith != null) {
    const prefix = foldText(filter.startsWith);
    tests.push((value) => foldText(value).startsWith(prefix));
  }
  return all(tests);
}

function choiceTest<T extends string>(filter: ChoiceFilter<T>): (value: T) => boolean {
  const tests: ((value: T) => boolean)[] = [];
  if (filter.eq != null) {
    const eq = filter.eq;
    tests.push((value) => value === eq);
  }
  if (filter.in != null) {
    const values = new Set<string>(filter.in);
    tests.push((value) => values.has(value));
  }
  return all(tests);
}

const DATE_COMPARISONS: readonly DateComparison[] = ['eq', 'gt', 'gte', 'lt', 'lte', 'within'];

/**
 * A test on a fact's partial date; null dates never pass. Null for a filter with no bound
 * (`date: {}`, every bound null): like `key: {}`, it asks nothing, so it must not drop the
 * undated facts, which is what a form with empty date fields sends.
 */
function dateTest(filter: DateFilter, path: string): ((date: string | null) => boolean) | null {
  const bounds: [DateComparison, Period][] = [];
  for (const comparison of DATE_COMPARISONS) {
    const value = filter[comparison];
    if (value != null) bounds.push([comparison, parseDateArgument(`${path}.${comparison}`, value)]);
  }
  if (bounds.length === 0) return null;
  return (date) => {
    if (date === null) return false;
    const period = periodOfFact(date);
    if (period === null) return false;
    for (const [comparison, bound] of bounds) if (!comparePeriods(period, comparison, bound)) return false;
    return true;
  };
}

/** A test on a relation's amount; null, as for dates, for a filter that sets nothing. */
function moneyTest(filter: MoneyFilter): ((relation: RelationData) => boolean) | null {
  const { currency = null, gt = null, gte = null, lt = null, lte = null } = filter;
  if ([currency, gt, gte, lt, lte].every((value) => value === null)) return null;
  return (relation) => {
    const amount = relation.amount;
    if (amount === null) return false;
    if (currency !== null && amount.currency !== currency) return false;
    if (gt !== null && !(amount.value > gt)) return false;
    if (gte !== null && !(amount.value >= gte)) return false;
    if (lt !== null && !(amount.value < lt)) return false;
    if (lte !== null && !(amount.value <= lte)) return false;
    return true;
  };
}

function compileEntity(compiler: Compiler, where: EntityWhere, path: string): EntityTest {
  const tests: EntityTest[] = [];
  where.AND?.forEach((part, index) => {
    tests.push(compileEntity(compiler, part, `${path}.AND[${index}]`));
  });
  if (where.OR != null) {
    tests.push(any(where.OR.map((part, index) => compileEntity(compiler, part, `${path}.OR[${index}]`))));
  }
  if (where.NOT != null) {
    const not = compileEntity(compiler, where.NOT, `${path}.NOT`);
    tests.push((entity) => !not(entity));
  }
  if (where.key != null) {
    const test = stringTest(where.key);
    tests.push((entity) => test(entity.key));
  }
  if (where.name != null) {
    const test = stringTest(where.name);
    tests.push((entity) => test(entity.name));
  }
  if (where.kind != null) {
    const test = choiceTest(where.kind);
    tests.push((entity) => test(entity.kind));
  }
  const entityDate = where.date == null ? null : dateTest(where.date, `${path}.date`);
  if (entityDate !== null) tests.push((entity) => entityDate(entity.date));
  if (where.relations != null) tests.push(quantifierTest(compiler, where.relations, `${path}.relations`));
  const test = all(tests);
  const { budget } = compiler;
  return (entity) => {
    budget.spend();
    return test(entity);
  };
}

/**
 * The entities with at least one relation that passes `test`, when the condition requires one
 * relation type: found from that type's relations alone (a semi-join), rather than by walking
 * every candidate's relations. Null when the condition allows every type. Worked out on first use.
 */
function entitiesWithRelation(
  compiler: Compiler,
  where: RelationWhere,
  test: RelationTest,
): (() => ReadonlySet<string>) | null {
  const type = onlyChoice(where.type);
  if (type === undefined) return null;
  let found: Set<string> | undefined;
  return () => {
    if (!found) {
      found = new Set();
      for (const relation of relationsInKeyOrder(compiler.kg, type).items) {
        if (test(relation, relation.from)) found.add(relation.from);
        if (relation.to !== relation.from && test(relation, relation.to)) found.add(relation.to);
      }
    }
    return found;
  };
}

/** some / none / all over the relations at either end of an entity. */
function quantifierTest(compiler: Compiler, quantifier: RelationQuantifier, path: string): EntityTest {
  const incidence = incidenceOf(compiler.kg);
  const tests: EntityTest[] = [];
  const anyRelation = (key: string, test: RelationTest, wanted: boolean): boolean =>
    incidence.some(key, (relation) => test(relation, key) === wanted);
  for (const [condition, negate] of [
    [quantifier.some, false],
    [quantifier.none, true],
  ] as const) {
    if (condition == null) continue;
    const test = compileRelation(compiler, condition, `${path}.${negate ? 'none' : 'some'}`, true);
    const known = entitiesWithRelation(compiler, condition, test);
    tests.push(
      known
        ? (entity) => known().has(entity.key) !== negate
        : (entity) => anyRelation(entity.key, test, true) !== negate,
    );
  }
  if (quantifier.all != null) {
    const test = compileRelation(compiler, quantifier.all, `${path}.all`, true);
    tests.push((entity) => !anyRelation(entity.key, test, false));
  }
  return all(tests);
}

function compileRelation(
  compiler: Compiler,
  where: RelationWhere,
  path: string,
  seenFromEntity: boolean,
): RelationTest {
  const { graph } = compiler.kg;
  const tests: RelationTest[] = [];
  where.AND?.forEach((part, index) => {
    tests.push(compileRelation(compiler, part, `${path}.AND[${index}]`, seenFromEntity));
  });
  if (where.OR != null) {
    tests.push(
      any(
        where.OR.map((part, index) =>
          compileRelation(compiler, part, `${path}.OR[${index}]`, seenFromEntity),
        ),
      ),
    );
  }
  if (where.NOT != null) {
    const not = compileRelation(compiler, where.NOT, `${path}.NOT`, seenFromEntity);
    tests.push((relation, seenFrom) => !not(relation, seenFrom));
  }
  if (where.type != null) {
    const test = choiceTest(where.type);
    tests.push((relation) => test(relation.type));
  }
  if (!seenFromEntity) {
    for (const field of ['direction', 'other'] as const) {
      if (where[field] != null) {
        throw new InvalidArgumentError(
          `${path}.${field}`,
          `${path}.${field}: direction and other need an entity to look from (Entity.relations, or relations in an EntityWhere); on a plain list of relations use from and to`,
        );
      }
    }
  }
  if (where.direction != null && where.direction !== 'BOTH') {
    const out = where.direction === 'OUT';
    tests.push((relation, seenFrom) => (out ? relation.from === seenFrom : relation.to === seenFrom));
  }
  const relationDate = where.date == null ? null : dateTest(where.date, `${path}.date`);
  if (relationDate !== null) tests.push((relation) => relationDate(relation.date));
  const amount = where.amount == null ? null : moneyTest(where.amount);
  if (amount !== null) tests.push(amount);
  const end = (key: string) => graph.getNodeAttributes(key);
  if (where.other != null) {
    const test = compileEntity(compiler, where.other, `${path}.other`);
    tests.push((relation, seenFrom) => test(end(relation.from === seenFrom ? relation.to : relation.from)));
  }
  if (where.from != null) {
    const test = compileEntity(compiler, where.from, `${path}.from`);
    tests.push((relation) => test(end(relation.from)));
  }
  if (where.to != null) {
    const test = compileEntity(compiler, where.to, `${path}.to`);
    tests.push((relation) => test(end(relation.to)));
  }
  const test = all(tests);
  const { budget } = compiler;
  return (relation, seenFrom) => {
    budget.spend();
    return test(relation, seenFrom);
  };
}

function checkDepth(where: EntityWhere | RelationWhere, argument: string): void {
  const depth = filterDepth(where);
  if (depth > MAX_FILTER_DEPTH) {
    throw new InvalidArgumentError(
      argument,
      `${argument} nests ${depth} levels of conditions, over the limit of ${MAX_FILTER_DEPTH}`,
    );
  }
}

export interface FilterOptions {
  /** The argument the filter was given as, for errors: `where` unless said otherwise. */
  argument?: string;
  /** Entity and relation tests the filter may run in all: MAX_FILTER_STEPS unless said otherwise. */
  maxSteps?: number;
  /** When to give up, on performance.now()'s clock (the request's deadline); never by default. */
  deadline?: number;
}

const budgetFor = (argument: string, options: FilterOptions) =>
  new Budget(argument, options.maxSteps ?? MAX_FILTER_STEPS, options.deadline ?? Number.POSITIVE_INFINITY);

/**
 * Checks an entity filter and turns it into a test. Throws InvalidArgumentError naming the
 * part at fault (`where.relations.some.date.gt`) for an unreadable date or a filter nested
 * deeper than MAX_FILTER_DEPTH; the test throws LimitExceededError once it has run more than
 * `maxSteps` entity and relation tests in all, or past the deadline.
 */
export function entityTest(kg: KnowledgeGraph, where: EntityWhere, options: FilterOptions = {}): EntityTest {
  const argument = options.argument ?? 'where';
  checkDepth(where, argument);
  return compileEntity({ kg, budget: budgetFor(argument, options) }, where, argument);
}

/**
 * Checks a relation filter and turns it into a test. `seenFromEntity` is true where the
 * relations are an entity's (so `direction` and `other` mean something); on a plain list of
 * relations they are refused, naming them.
 */
export function relationTest(
  kg: KnowledgeGraph,
  where: RelationWhere,
  options: FilterOptions & { seenFromEntity: boolean },
): RelationTest {
  const argument = options.argument ?? 'where';
  checkDepth(where, argument);
  return compileRelation(
    { kg, budget: budgetFor(argument, options) },
    where,
    argument,
    options.seenFromEntity,
  );
}

/** The one value a choice filter allows, when it allows only one. */
function onlyChoice<T extends string>(filter: ChoiceFilter<T> | null | undefined): T | undefined {
  if (!filter) return undefined;
  if (filter.eq != null) return filter.eq;
  return filter.in?.length === 1 ? filter.in[0] : undefined;
}

/**
 * The entities a filter need look at, in `order`: those of the one kind its top level requires
 * (`kind: { eq: COUNTRY }`), or all of them. The filter still runs on each.
 */
export function entitiesToFilter(
  kg: KnowledgeGraph,
  where: EntityWhere | null | undefined,
  order: EntityOrder = 'NAME',
): OrderedList<EntityData> {
  return entitiesInOrder(kg, order, onlyChoice(where?.kind));
}

/** The relations a filter need look at, in key order: those of the one type it requires, or all. */
export function relationsToFilter(
  kg: KnowledgeGraph,
  where: RelationWhere | null | undefined,
): OrderedList<RelationData> {
  return relationsInKeyOrder(kg, onlyChoice(where?.type));
}
