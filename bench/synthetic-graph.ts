import type { GraphData } from '../src/graph/types.js';
import { SNAPSHOT_FORMAT, type Snapshot } from '../src/load/snapshot.js';
import {
  AMOUNT_QUALIFIERS,
  CURRENCIES,
  ENTITY_KIND_NAMES,
  RELATION_TYPES,
  type RelationType,
} from '../src/graph/vocabulary.js';

/**
 * Synthetic graphs with the shapes of the real data, for the scale benchmark. From the real
 * graph it takes: the share of each entity kind; the share of each relation type and, per
 * type, the share of each (from kind, to kind) pair; per type, how often a relation is dated,
 * carries an amount or a stated equivalent, and how many citations it has; per kind, how often
 * an entity has aliases or a date. Ends are drawn uniformly within a kind, except that a tenth
 * of them go to the kind's first 1% (hubs, like NATO and Ukraine in the real data), so degrees
 * are skewed without a single entity holding a large share of all relations.
 *
 * It writes the snapshot columns directly, never a million objects, so generating a large
 * graph does not cost the memory the benchmark is trying to measure.
 */

/** A small seeded generator (mulberry32): the same size always gives the same graph. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index by weight; `cumulative` holds running totals. */
function pick(cumulative: readonly number[], random: () => number): number {
  const target = random() * cumulative[cumulative.length - 1]!;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((weight) => (sum += weight));
}

interface TypeShape {
  type: number;
  pairs: [number, number][];
  pairWeights: number[];
  dated: number;
  withAmount: number;
  withEquivalent: number;
  citations: number;
}

/** The statistics of the real data that the generator reproduces. */
export interface DataShape {
  kindWeights: number[];
  entityAliasRate: number[];
  entityDateRate: number[];
  types: TypeShape[];
  typeWeights: number[];
  quotes: string[];
  amounts: [number, number, number][];
}

const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];
const QUALIFIERS = Object.keys(AMOUNT_QUALIFIERS);

export function measureShape(data: GraphData): DataShape {
  const kindOf = new Map(data.entities.map((entity) => [entity.key, ENTITY_KIND_NAMES.indexOf(entity.kind)]));
  const kindWeights = ENTITY_KIND_NAMES.map(() => 0);
  const aliases = ENTITY_KIND_NAMES.map(() => 0);
  const dates = ENTITY_KIND_NAMES.map(() => 0);
  for (const entity of data.entities) {
    const kind = kindOf.get(entity.key)!;
    kindWeights[kind]! += 1;
    if (entity.aliases.length > 0) aliases[kind]! += 1;
    if (entity.date !== null) dates[kind]! += 1;
  }
  const types = new Map<number, TypeShape & { count: number; pairCount: Map<string, number> }>();
  for (const relation of data.relations) {
    const type = RELATION_TYPE_NAMES.indexOf(relation.type);
    let shape = types.get(type);
    if (!shape) {
      shape = {
        type,
        pairs: [],
        pairWeights: [],
        dated: 0,
        withAmount: 0,
        withEquivalent: 0,
        citations: 0,
        count: 0,
        pairCount: new Map(),
      };
      types.set(type, shape);
    }
    shape.count += 1;
    const pair = `${kindOf.get(relation.from)},${kindOf.get(relation.to)}`;
    shape.pairCount.set(pair, (shape.pairCount.get(pair) ?? 0) + 1);
    if (relation.date !== null) shape.dated += 1;
    if (relation.amount !== null) shape.withAmount += 1;
    if (relation.statedEquivalent !== null) shape.withEquivalent += 1;
    shape.citations += relation.citations.length;
  }
  const shapes = [...types.values()].map((shape) => ({
    type: shape.type,
    pairs: [...shape.pairCount.keys()].map((pair) => pair.split(',').map(Number) as [number, number]),
    pairWeights: cumulate([...shape.pairCount.values()]),
    dated: shape.dated / shape.count,
    withAmount: shape.withAmount / shape.count,
    withEquivalent: shape.withEquivalent / shape.count,
    citations: shape.citations / shape.count,
  }));
  const amounts = data.relations
    .flatMap((relation) => (relation.amount ? [relation.amount] : []))
    .map((money): [number, number, number] => [
      money.value,
      money.currency === null ? -1 : CURRENCIES.indexOf(money.currency),
      QUALIFIERS.indexOf(money.qualifier),
    ]);
  return {
    kindWeights,
    entityAliasRate: aliases.map((count, kind) => (kindWeights[kind] ? count / kindWeights[kind]! : 0)),
    entityDateRate: dates.map((count, kind) => (kindWeights[kind] ? count / kindWeights[kind]! : 0)),
    types: shapes,
    typeWeights: cumulate([...types.values()].map((shape) => shape.count)),
    quotes: [
      ...new Set(data.relations.flatMap((relation) => relation.citations.map((citation) => citation.quote))),
    ],
    amounts,
  };
}

/** A random date from 2014 to 2026 at year, month or day precision, as the source gives them. */
function randomDate(random: () => number): string {
  const year = 2014 + Math.floor(random() * 13);
  const month = 1 + Math.floor(random() * 12);
  const precision = random();
  if (precision < 0.2) return String(year);
  if (precision < 0.4) return `${year}-${String(month).padStart(2, '0')}`;
  return `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
}

/** A snapshot of `entityCount` entities and `relationsPerEntity` times as many relations. */
export function generateSnapshot(
  shape: DataShape,
  entityCount: number,
  relationsPerEntity = 5,
  seed = 1,
): Snapshot {
  const random = seededRandom(seed);
  const kindCumulative = cumulate(shape.kindWeights);
  const byKind: number[][] = ENTITY_KIND_NAMES.map(() => []);
  const dateTable = new Map<string, number>();
  const dates: string[] = [];
  const dateIndex = (date: string) => {
    let at = dateTable.get(date);
    if (at === undefined) {
      at = dates.length;
      dates.push(date);
      dateTable.set(date, at);
    }
    return at;
  };
  // A pool of real quotes, as citation lists of one and two, shared the way the decoder shares them.
  const citations: [number, string][] = shape.quotes.map((quote) => [0, quote]);
  const citationLists: number[][] = [];
  for (let i = 0; i < citations.length; i++) {
    citationLists.push([i]);
    citationLists.push([i, (i + 1) % citations.length]);
  }
  const entities: Snapshot['entities'] = {
    keys: [],
    names: [],
    kinds: [],
    aliases: [],
    dates: [],
    citations: [],
    files: [],
  };
  const noAliases: string[] = [];
  for (let i = 0; i < entityCount; i++) {
    const kind = pick(kindCumulative, random);
    byKind[kind]!.push(i);
    const kindName = ENTITY_KIND_NAMES[kind]!;
    entities.keys.push(`${kindName.toLowerCase()}-${i}`);
    entities.names.push(`${kindName.charAt(0)}${kindName.slice(1).toLowerCase()} ${i}`);
    entities.kinds.push(kind);
    entities.aliases.push(
      random() < shape.entityAliasRate[kind]! ? [`${kindName.slice(0, 3)}${i}`] : noAliases,
    );
    const dated = random() < shape.entityDateRate[kind]!;
    entities.dates.push(dated ? dateIndex(randomDate(random)) : -1);
    entities.citations.push(dated ? 2 * Math.floor(random() * citations.length) : 2 * (i % citations.length));
    entities.files.push(0);
  }
  const endOf = (kind: number): number => {
    const members = byKind[kind]!;
    if (members.length === 0) return Math.floor(random() * entityCount);
    const hubs = Math.max(1, Math.floor(members.length / 100));
    return members[Math.floor(random() * (random() < 0.1 ? hubs : members.length))]!;
  };
  const relationCount = entityCount * relationsPerEntity;
  const relations: Snapshot['relations'] = {
    keys: new Array(relationCount),
    types: new Array(relationCount),
    from: new Array(relationCount),
    to: new Array(relationCount),
    amounts: new Array(relationCount),
    statedEquivalents: new Array(relationCount),
    dates: new Array(relationCount),
    recipients: new Array(relationCount).fill(-1),
    quantities: new Array(relationCount).fill(-1),
    citations: new Array(relationCount),
    files: new Array(relationCount).fill(1),
    fundingTags: new Array(relationCount).fill(-1),
  };
  const amounts = shape.amounts.length > 0 ? shape.amounts : [[1e9, 0, 0] as [number, number, number]];
  for (let i = 0; i < relationCount; i++) {
    const type = shape.types[pick(shape.typeWeights, random)]!;
    const [fromKind, toKind] = type.pairs[pick(type.pairWeights, random)]!;
    relations.keys[i] = `relation-${i}`;
    relations.types[i] = type.type;
    relations.from[i] = endOf(fromKind);
    relations.to[i] = endOf(toKind);
    const hasAmount = random() < type.withAmount;
    relations.amounts[i] = hasAmount ? Math.floor(random() * amounts.length) : -1;
    relations.statedEquivalents[i] =
      hasAmount && random() < type.withEquivalent / Math.max(type.withAmount, 1e-9) ? 0 : -1;
    relations.dates[i] = random() < type.dated ? dateIndex(randomDate(random)) : -1;
    relations.citations[i] =
      2 * Math.floor(random() * citations.length) + (random() < type.citations - 1 ? 1 : 0);
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: `synthetic-${entityCount}-${seed}`,
    sources: [
      {
        key: 'nato-support-for-ukraine',
        title: 'Synthetic source',
        kind: 'PUBLISHED',
        url: null,
        publisher: null,
        references: [],
        retrieved: null,
        file: 'sources/nato-support-for-ukraine.md',
        text: shape.quotes.join('\n'),
      },
    ],
    files: ['entities/synthetic.yaml', 'relations/synthetic.yaml'],
    dates,
    amounts,
    quantities: [],
    fundingTags: [],
    citations,
    citationLists,
    entities,
    relations,
    coverageNotes: [],
  };
}
