import { builder } from './builder.js';
import type { EntityData, Money, RelationData, SourceDoc, Citation } from '../graph/types.js';
import type { FundingRecord } from '../graph/funding.js';

// Refs shared across domain files live here, declared before any file implements them, so the
// files can point at each other without an import cycle.
export const EntityRef = builder.interfaceRef<EntityData>('Entity');
export const RelationRef = builder.objectRef<RelationData>('Relation');
export const SourceRef = builder.objectRef<SourceDoc>('Source');
export const MoneyRef = builder.objectRef<Money>('Money');
export const CitationRef = builder.objectRef<Citation>('Citation');
export const FundingRef = builder.objectRef<FundingRecord>('Funding');
