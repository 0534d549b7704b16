import type { KnowledgeGraph } from './knowledge-graph.js';
import type { Direction } from './relations.js';
import type { RelationData } from './types.js';
import { isRelationKnownBy } from './known-from.js';
import { asOfDay } from './time.js';
import { InvalidArgumentError } from './errors.js';
import { RELATION_TYPES, type RelationType } from './vocabulary.js';

/**
 * Counts the work a walk does: one step for each relation it looks at. The schema passes one per
 * request, so that what an operation costs includes the traversals it ran, not only the fields it
 * returned (a path search may look at 250,000 relations to return ten paths).
 */
export interface WorkMeter {
  steps: number;
}

/** Which relations a walk may use: their types, the way they point, and a cut-off date. */
export interface WalkOptions {
  types?: readonly RelationType[] | null;
  /** OUT follows relations from `from` to `to`, IN against them, BOTH either way. */
  direction?: Direction;
  /** A date (YYYY, YYYY-MM or YYYY-MM-DD): relations not known by then (known-from.ts) are not walked. */
  asOf?: string | null;
  /** Where the walk counts its steps; none by default. */
  meter?: WorkMeter | null;
}

/**
 * Calls `visit(relation, other, direction)` for each relation the walk may take from `node`,
 * until `visit` returns true. `direction` is OUT when the relation points away from `node`.
 * Returns true when `visit` stopped it: a walk that has what it needs must not pay for the
 * rest of a hub's relations.
 */
export type Stepper = (
  node: string,
  visit: (relation: RelationData, other: string, direction: 'OUT' | 'IN') => unknown,
) => boolean;

/** A walk's options resolved once: which relations it may use and which ways it may walk them. */
export interface WalkRule {
  allowed: (relation: RelationData) => boolean;
  walkOut: boolean;
  walkIn: boolean;
}

/** Checks a walk's options and resolves them; `reversed` swaps OUT and IN. */
export function walkRuleFor(kg: KnowledgeGraph, options: WalkOptions, reversed = false): WalkRule {
  const types = options.types && options.types.length > 0 ? new Set<string>(options.types) : null;
  if (types) {
    for (const type of types) {
      if (!(type in RELATION_TYPES))
        throw new InvalidArgumentError('types', `"${type}" is not a relation type`);
    }
  }
  const day = asOfDay(options.asOf);
  let direction = options.direction ?? 'BOTH';
  if (reversed && direction !== 'BOTH') direction = direction === 'OUT' ? 'IN' : 'OUT';
  const allowed = (relation: RelationData) =>
    (types === null || types.has(relation.type)) && isRelationKnownBy(kg, relation, day);
  return { allowed, walkOut: direction !== 'IN', walkIn: direction !== 'OUT' };
}

/**
 * Builds the step function for one walk, with its filters resolved once. `reversed` walks the
 * other way (for the backward half of a bidirectional search).
 */
export function stepperFor(kg: KnowledgeGraph, options: WalkOptions, reversed = false): Stepper {
  return stepperWith(kg, walkRuleFor(kg, options, reversed), options.meter);
}

/**
 * The step function for a resolved walk rule; each relation looked at counts a step on `meter`.
 * It reads the flat adjacency (src/graph/adjacency.ts), which gives each entity's relations in
 * graphology's order, so a walk finds what a walk over graphology would, in the same order.
 */
export function stepperWith(kg: KnowledgeGraph, rule: WalkRule, meter?: WorkMeter | null): Stepper {
  const { positionOf, keys, offsets, inFrom, others, relations } = kg.adjacency;
  const { allowed, walkOut, walkIn } = rule;
  const counted = meter ?? { steps: 0 };
  return (node, visit) => {
    const at = positionOf.get(node);
    if (at === undefined) return false;
    const outEnd = inFrom[at]!;
    if (walkOut) {
      for (let k = offsets[at]!; k < outEnd; k++) {
        counted.steps++;
        const relation = relations[k]!;
        if (allowed(relation) && visit(relation, keys[others[k]!]!, 'OUT') === true) return true;
      }
    }
    if (!walkIn) return false;
    const end = offsets[at + 1]!;
    for (let k = outEnd; k < end; k++) {
      counted.steps++;
      const other = others[k]!;
      // A self-loop was already offered as OUT.
      if (walkOut && other === at) continue;
      const relation = relations[k]!;
      if (allowed(relation) && visit(relation, keys[other]!, 'IN') === true) return true;
    }
    return false;
  };
}

/** Checks an integer argument against its bounds, naming the bound when it is exceeded. */
export function boundedInteger(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      argument,
      `${argument} must be an integer from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}
