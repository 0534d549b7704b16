import { builder } from './builder.js';
import { RelationRef } from './refs.js';
import {
  FUNDING_SHARES,
  FUNDING_STAGES,
  SUM_KINDS,
  type FundingShare,
  type FundingStage,
  type SumKind,
} from '../graph/funding-stages.js';
import { FUNDING_CREDITS, type FundingCredit } from '../graph/funding-groups.js';

/** Enum values with their descriptions, from a description table. */
export function describedValues<K extends string>(descriptions: Record<K, string>) {
  return Object.fromEntries(
    Object.entries(descriptions).map(([name, description]) => [name, { value: name, description }]),
  ) as Record<K, { value: K; description: string }>;
}

export const FundingStageEnum = builder.enumType('FundingStage', {
  description:
    "The stage the source's verb puts money at. Stages are never added together: a pledge and the money later provided may be the same money.",
  values: describedValues<FundingStage>(FUNDING_STAGES),
});

export const SumKindEnum = builder.enumType('SumKind', {
  description: 'What an amount is: what decides whether it may be added to another.',
  values: describedValues<SumKind>(SUM_KINDS),
});

export const FundingShareEnum = builder.enumType('FundingShare', {
  description: "How a package's amount is divided between its funders, where the source says.",
  values: describedValues<FundingShare>(FUNDING_SHARES),
});

export const FundingCreditEnum = builder.enumType('FundingCredit', {
  description: 'How a funder takes part in a sum.',
  values: describedValues<FundingCredit>(FUNDING_CREDITS),
});

builder.objectFields(RelationRef, (t) => ({
  stage: t.field({
    type: FundingStageEnum,
    nullable: true,
    description:
      "Money relations (FUNDS, PLEDGES, PACKAGE_OF with an amount): the stage the source's verb puts the money at; null for other relations.",
    resolve: (relation) => relation.stage ?? null,
  }),
  sumKind: t.field({
    type: SumKindEnum,
    nullable: true,
    description:
      'With an amount on a money relation: what the amount is (a discrete sum, a running or period total, a target).',
    resolve: (relation) => relation.sumKind ?? null,
  }),
  period: t.field({
    type: 'PartialDate',
    nullable: true,
    description:
      'The period the money or figure is for, where the source gives one ("in 2024", "for 2026", "almost 60% of which" of 2024\'s money): not the date of the fact.',
    resolve: (relation) => relation.period ?? null,
  }),
  share: t.field({
    type: FundingShareEnum,
    nullable: true,
    description: "FUNDS or PLEDGES to a package: the funder's share, where the source states one.",
    resolve: (relation) => relation.share ?? null,
  }),
}));
