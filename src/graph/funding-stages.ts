import type { RelationData } from './types.js';
import { RELATION_TYPES } from './vocabulary.js';

/**
 * The funding vocabulary: the stage the source's verb puts money at, what kind of sum an amount
 * is, and a funder's stated share of a package. The loader checks every money relation against
 * these (src/load/validate-graph-data.ts); totals never add across stages or kinds that the
 * source does not make additive (src/graph/funding-totals.ts).
 *
 * **The stage rule.** The verb that states the amount decides its stage, by this table:
 *
 * | stage     | the source's words                                                           |
 * | --------- | ---------------------------------------------------------------------------- |
 * | ANNOUNCED | "announce", "to fund", "will provide", "are prepared to", "agree to provide" |
 * | PLEDGED   | "pledge(d)", "commit(ted)", "commitment"                                      |
 * | PROVIDED  | "providing", "provided", "delivering", "delivered", "funded", "fund" as done |
 *
 * A sentence with words of two stages takes the one that states the amount ("Under this Pledge,
 * Allies agreed to provide a minimum baseline": what the Pledge promises, which the next
 * sentence calls "this commitment", so PLEDGED). A FUNDS relation may be at any stage ("Germany
 * to fund $500 million" is FUNDS, ANNOUNCED); a PLEDGES relation is ANNOUNCED or PLEDGED.
 */
export const FUNDING_STAGES = {
  ANNOUNCED:
    'Announced, or agreed or prepared to be funded ("announce", "to fund", "will provide", "are prepared to", "agree to provide"): an intention, not yet a pledge, nor money provided.',
  PLEDGED:
    'Pledged or committed ("pledged", "committed", "commitment", "Pledge"): a promise, not yet money provided.',
  PROVIDED:
    'Provided or delivered ("providing", "provided", "delivering", "funded", "fund" stated as done): money given.',
} as const;

export type FundingStage = keyof typeof FUNDING_STAGES;
export const FUNDING_STAGE_NAMES = Object.keys(FUNDING_STAGES) as FundingStage[];

/**
 * Words that put money at each stage, as whole words, case-insensitive. A money relation's stage
 * must be named by one of its quotes (the loader checks it).
 */
export const STAGE_WORDS: Record<FundingStage, readonly RegExp[]> = {
  ANNOUNCED: [
    /\bannounc(?:e|es|ed|ing)\b/i,
    /\bto fund\b/i,
    /\bwill provide\b/i,
    /\b(?:are|is) prepared to\b/i,
    /\bagree(?:s|d)? to provide\b/i,
  ],
  PLEDGED: [/\bpledge(?:s|d)?\b/i, /\bcommit(?:s|ted)?\b/i, /\bcommitment\b/i],
  PROVIDED: [
    /\bprovid(?:ing|ed)\b/i,
    /\bdeliver(?:ing|ed)\b/i,
    /\bfunded\b/i,
    // "fund" as a done deed: not "to fund", which announces.
    /(?<!\bto )\bfunds?\b/i,
  ],
};

/** The stages whose words appear in `quote`. */
export function stagesNamedIn(quote: string): FundingStage[] {
  return FUNDING_STAGE_NAMES.filter((stage) => STAGE_WORDS[stage].some((word) => word.test(quote)));
}

/**
 * What an amount is. Only DISCRETE sums and PERIOD_TOTALs of periods that do not overlap are
 * ever added; a RUNNING_TOTAL or a TARGET stands on its own line.
 */
export const SUM_KINDS = {
  DISCRETE:
    'A discrete sum: one package or one contribution ("Germany to fund $500 million PURL package"). Discrete sums of one programme, stage and currency add up.',
  RUNNING_TOTAL:
    'A running total: everything at this stage up to its date ("have so far committed", "have already committed", "over 4 billion in PURL packages" as of 10 December 2025). It includes the discrete sums dated up to it and is never added to anything.',
  PERIOD_TOTAL:
    'A total for a whole period ("providing over EUR 50 billion in 2024"). It includes the discrete sums of its period; totals of periods that do not overlap add up.',
  TARGET:
    'A baseline, minimum, ceiling or target ("a minimum baseline funding of EUR 40 billion in 2024", "up to EUR 50 million for 2026"): a level to reach, not money given. Never added.',
} as const;

export type SumKind = keyof typeof SUM_KINDS;
export const SUM_KIND_NAMES = Object.keys(SUM_KINDS) as SumKind[];

/** A funder's share of a package, where the source states one. */
export const FUNDING_SHARES = {
  EQUAL:
    'Equal shares: the package\'s amount is allocated equally between its funders ("allocated equally by NATO and Ukraine").',
} as const;

export type FundingShare = keyof typeof FUNDING_SHARES;
export const FUNDING_SHARE_NAMES = Object.keys(FUNDING_SHARES) as FundingShare[];

/** The relation types that carry or convey money. */
export const MONEY_RELATION_TYPES: ReadonlySet<string> = new Set(['FUNDS', 'PLEDGES', 'PACKAGE_OF']);

/** The stages each funding relation type may carry. */
export const STAGES_OF_TYPE: Record<'FUNDS' | 'PLEDGES', readonly FundingStage[]> = {
  FUNDS: ['ANNOUNCED', 'PLEDGED', 'PROVIDED'],
  PLEDGES: ['ANNOUNCED', 'PLEDGED'],
};

/**
 * The stage of a money relation: as the data tags it, else what its type implies (FUNDS is
 * provided money, PLEDGES a pledge), for data written before stages were tagged. Null for a
 * relation that carries no money, and for a PACKAGE_OF without a tag (its funders decide).
 */
export function stageOf(relation: RelationData): FundingStage | null {
  if (relation.stage != null) return relation.stage;
  if (relation.type === 'FUNDS') return 'PROVIDED';
  if (relation.type === 'PLEDGES') return 'PLEDGED';
  return null;
}

/**
 * What the amount on a money relation is: as tagged, else DISCRETE for a package's amount and
 * RUNNING_TOTAL for a sum stated for a programme as a whole (a total to its date).
 */
export function sumKindOf(relation: RelationData): SumKind {
  if (relation.sumKind != null) return relation.sumKind;
  return relation.type === 'PACKAGE_OF' ? 'DISCRETE' : 'RUNNING_TOTAL';
}

/** The verb phrase for a money relation at its stage; the type's own phrase for any other. */
export function phraseOf(relation: RelationData): string {
  if (relation.type === 'FUNDS' || relation.type === 'PLEDGES') {
    const stage = stageOf(relation);
    if (stage === 'ANNOUNCED') return 'announced funding for';
    if (stage === 'PLEDGED') return 'pledged funding to';
    return 'funds';
  }
  return RELATION_TYPES[relation.type].phrase;
}

/** "announced", "pledged", "provided": the stage as a reader says it. */
export function stageWord(stage: FundingStage): string {
  return stage.toLowerCase();
}
