import { builder } from './builder.js';
import { EntityRef, RelationRef, SourceRef } from './refs.js';
import { CoverageStatusEnum, NoFactReasonEnum, SentenceFormEnum } from './vocabulary.js';
import { citationLink } from '../graph/citations.js';
import type { SourceCoverage, SourceSentence } from '../graph/coverage.js';
import { getSource } from '../graph/knowledge-graph.js';
import type { CoverageNote, SourceDoc } from '../graph/types.js';

const NoFactRef = builder.objectRef<CoverageNote>('NoFact').implement({
  description: "Why a sentence states no fact of the graph's kind: a curator's note.",
  fields: (t) => ({
    reason: t.field({
      type: NoFactReasonEnum,
      description: 'The reason, from a closed list.',
      // Only NO_FACT notes are exposed here, and the loader requires their reason.
      resolve: (note) => note.reason ?? 'SUMMARY',
    }),
    explanation: t.exposeString('note', { description: 'The reason in words, for this sentence.' }),
  }),
});

/** One sentence of a source, with the facts that quote it and its coverage. */
export const SentenceRef = builder.objectRef<SourceSentence>('Sentence').implement({
  description:
    'One sentence of a source, split by the documented rule (docs/api.md, "Sources, sentences and coverage"), with the facts that quote it and how much of it the graph holds.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Its position in the source, from 0, in reading order.' }),
    text: t.exposeString('text', { description: 'The sentence word for word.' }),
    form: t.expose('form', {
      type: SentenceFormEnum,
      description: 'A sentence of running text, a heading, or a link label.',
    }),
    section: t.exposeString('section', {
      nullable: true,
      description:
        "The heading it comes under (for a heading, itself); null before the first heading, and where this copy of the page lost the heading it comes under (the source's `headingsLost`).",
    }),
    paragraph: t.exposeInt('paragraph', {
      description: 'Which line of the source it is on, from 0: sentences of one paragraph share it.',
    }),
    source: t.field({
      type: SourceRef,
      description: 'The source it is from.',
      resolve: (sentence, _args, context) => getSource(context.kg, sentence.source) as SourceDoc,
    }),
    link: t.string({
      nullable: true,
      description:
        'A link that opens the published source scrolled to the sentence; null for a compiled source or one without an address.',
      resolve: (sentence, _args, context) =>
        citationLink(getSource(context.kg, sentence.source), sentence.text),
    }),
    status: t.expose('status', {
      type: CoverageStatusEnum,
      description: 'How much of the sentence the graph holds as structured facts.',
    }),
    noFact: t.field({
      type: NoFactRef,
      nullable: true,
      description: "For NO_FACT: why the sentence states no fact of the graph's kind; null otherwise.",
      resolve: (sentence) => (sentence.status === 'NO_FACT' ? sentence.note : null),
    }),
    notHeld: t.string({
      nullable: true,
      description:
        'For PARTLY_CAPTURED and NOT_CAPTURED: what the sentence states that the graph does not hold, and why, as a curator wrote it; null otherwise, and for a sentence nobody has accounted for (`unaccounted`).',
      resolve: (sentence) =>
        sentence.status === 'PARTLY_CAPTURED' || sentence.status === 'NOT_CAPTURED'
          ? (sentence.note?.note ?? null)
          : null,
    }),
    unaccounted: t.exposeBoolean('unaccounted', {
      description: 'True for a sentence that no fact quotes and no curator has said why: a gap to fill.',
    }),
    entities: t.field({
      type: [EntityRef],
      description: 'The entities whose citations quote this sentence, in key order.',
      resolve: (sentence) => sentence.entities,
    }),
    relations: t.field({
      type: [RelationRef],
      description: 'The relations whose citations quote this sentence, in key order.',
      resolve: (sentence) => sentence.relations,
    }),
  }),
});

export const SourceCoverageRef = builder.objectRef<SourceCoverage>('SourceCoverage').implement({
  description:
    'How many sentences of a source the graph holds, by coverage status. The share captured is CAPTURED over the sentences that state a fact.',
  fields: (t) => ({
    sentences: t.exposeInt('sentences', {
      description: 'Every sentence, headings and link labels included.',
    }),
    captured: t.exposeInt('captured', { description: 'Sentences CAPTURED.' }),
    partlyCaptured: t.exposeInt('partlyCaptured', { description: 'Sentences PARTLY_CAPTURED.' }),
    notCaptured: t.exposeInt('notCaptured', {
      description: 'Sentences NOT_CAPTURED, unaccounted ones included.',
    }),
    noFact: t.exposeInt('noFact', { description: "Sentences that state no fact of the graph's kind." }),
    factual: t.exposeInt('factual', { description: 'Sentences that state a fact: all but NO_FACT.' }),
    unaccounted: t.exposeInt('unaccounted', {
      description: 'NOT_CAPTURED sentences that no curator has accounted for.',
    }),
    capturedShare: t.exposeFloat('capturedShare', {
      nullable: true,
      description: 'Captured / factual, from 0 to 1; null when no sentence states a fact.',
    }),
  }),
});
