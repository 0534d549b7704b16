import type { KnowledgeGraph } from './knowledge-graph.js';
import type { Direction } from './relations.js';
import type { RelationData } from './types.js';
import { asOfDay, isKnownBy } from './time.js';
import { InvalidArgumentError } from './errors.js';
import { RELATION_TYPES, type RelationType } from './vocabulary.js';

/** Which relations a walk may use: their types, the way they point, and a cut-off date. */
export interface WalkOptions {
  types?: readonly RelationType[] | null;
  /** OUT follows relations from `from` to `to`, IN against them, BOTH either way. */
  direction?: Direction;
  /** A date (YYYY, YYYY-MM or YYYY-MM-DD): relations dated after it are not walked. */
  asOf?: string | null;
}

/**
 * Calls `visit(relation, other, direction)` for each relation the walk may take from `node`.
 * `direction` is OUT when the relation points away from `node`.
 */
export type Stepper = (node: string, visit: (relation: RelationData, other: string, direction: 'OUT' | 'IN') => void) => void;

/**
 * Builds the step function for one walk, with its filters resolved once. `reversed` walks the
 * other way (for the backward half of a bidirectional search).
 */
export function stepperFor(kg: KnowledgeGraph, options: WalkOptions, reversed = false): Stepper {
  const { graph } = kg;
  const types = options.types && options.types.length > 0 ? new Set<string>(options.types) : null;
  if (types) {
    for (const type of types) {
      if (!(type in RELATION_TYPES)) throw new InvalidArgumentError('types', `"${type}" is not a relation type`);
    }
  }
  const day = asOfDay(options.asOf);
  let direction = options.direction ?? 'BOTH';
  if (reversed && direction !== 'BOTH') direction = direction === 'OUT' ? 'IN' : 'OUT';
  const allowed = (relation: RelationData) => (types === null || types.has(relation.type)) && isKnownBy(relation.date, day);
  const walkOut = direction !== 'IN';
  const walkIn = direction !== 'OUT';
  return (node, visit) => {
    if (walkOut) {
      graph.forEachOutEdge(node, (_edge, relation, _source, target) => {
        if (allowed(relation)) visit(relation, target, 'OUT');
      });
    }
    if (walkIn) {
      graph.forEachInEdge(node, (_edge, relation, source) => {
        // A self-loop was already offered as OUT.
        if (walkOut && source === node) return;
        if (allowed(relation)) visit(relation, source, 'IN');
      });
    }
  };
}

/** Checks an integer argument against its bounds, naming the bound when it is exceeded. */
export function boundedInteger(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(argument, `${argument} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
