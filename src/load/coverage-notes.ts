import { quotingFacts } from '../graph/coverage.js';
import { splitSentences, type Sentence } from '../graph/sentences.js';
import type { CoverageNote, EntityData, RelationData, SourceDoc } from '../graph/types.js';
import type { DataProblem } from './errors.js';
import { coverageNoteSchema, fieldIssuesOf } from './schemas.js';
import { sourceKeyOf } from './sources.js';
import type { RawEntry } from './yaml-lists.js';

/**
 * Validates the coverage notes of graph-data/coverage/<source>.yaml against the source's
 * sentences and the facts that quote them (see src/graph/coverage.ts for the rules). Every
 * problem names the file, the note (by the start of its sentence) and the field.
 */
export function validateCoverageNotes(
  entries: readonly RawEntry[],
  sources: readonly SourceDoc[],
  unreadableSources: ReadonlySet<string>,
  entities: readonly EntityData[],
  relations: readonly RelationData[],
  problems: DataProblem[],
): CoverageNote[] {
  const notes: CoverageNote[] = [];
  const byFile = new Map<string, RawEntry[]>();
  for (const entry of entries) {
    const list = byFile.get(entry.file) ?? [];
    list.push(entry);
    byFile.set(entry.file, list);
  }
  for (const [file, fileEntries] of byFile) {
    const sourceKey = coverageSourceKeyOf(file);
    const source = sources.find((candidate) => candidate.key === sourceKey);
    if (source === undefined) {
      if (!unreadableSources.has(sourceKey)) {
        problems.push({
          file,
          key: null,
          field: null,
          message: `notes on a source that does not exist: there is no sources/${sourceKey}.md`,
        });
      }
      continue;
    }
    const sentences = splitSentences(source.text, source.headingsLost);
    const facts = quotingFacts(source.key, source.text, sentences, [
      ...entities.map((item) => ({ kind: 'entity' as const, item })),
      ...relations.map((item) => ({ kind: 'relation' as const, item })),
    ]);
    const claimed = new Map<number, number>();
    for (const entry of fileEntries) {
      const note = readNote(file, entry, source, sentences, problems);
      if (note === null) continue;
      const report = (field: string | null, message: string) =>
        problems.push({ file, key: noteLabel(note.sentence), field, message });
      let ok = true;
      for (const index of note.indexes) {
        const earlier = claimed.get(index);
        if (earlier !== undefined) {
          report('sentence', `sentence ${index} already has a note (entry ${earlier + 1})`);
          ok = false;
          continue;
        }
        claimed.set(index, entry.index);
        const anchoring = facts[index]!.anchoring;
        const named = anchoring.slice(0, 3).join(', ') + (anchoring.length > 3 ? ', …' : '');
        if (note.status === 'NO_FACT' && anchoring.length > 0) {
          report(
            'status',
            `NO_FACT, but ${named} quote${anchoring.length === 1 ? 's' : ''} this sentence and no other: it states a fact; use PARTLY_CAPTURED for what is not held, or drop the note`,
          );
          ok = false;
        }
        if (note.status === 'PARTLY_CAPTURED' && anchoring.length === 0) {
          report('status', 'PARTLY_CAPTURED, but no fact quotes this sentence alone: use NOT_CAPTURED');
          ok = false;
        }
        if (note.status === 'NOT_CAPTURED' && anchoring.length > 0) {
          report(
            'status',
            `NOT_CAPTURED, but ${named} quote${anchoring.length === 1 ? 's' : ''} it: use PARTLY_CAPTURED`,
          );
          ok = false;
        }
      }
      if (ok) notes.push(note);
    }
  }
  return notes;
}

/** "coverage/nato-support-for-ukraine.yaml" → "nato-support-for-ukraine". */
export function coverageSourceKeyOf(file: string): string {
  return sourceKeyOf(file).replace(/\.ya?ml$/, '');
}

/** A note's key in problems: the start of its sentence. */
function noteLabel(sentence: string): string {
  return sentence.length > 60 ? `"${sentence.slice(0, 57)}…"` : `"${sentence}"`;
}

function readNote(
  file: string,
  entry: RawEntry,
  source: SourceDoc,
  sentences: readonly Sentence[],
  problems: DataProblem[],
): CoverageNote | null {
  const raw = entry.value;
  const rawSentence =
    raw !== null && typeof raw === 'object' && typeof (raw as { sentence?: unknown }).sentence === 'string'
      ? ((raw as { sentence: string }).sentence as string)
      : null;
  const key = rawSentence === null ? null : noteLabel(rawSentence);
  const report = (field: string | null, message: string) =>
    problems.push({
      file,
      key,
      field,
      message: key === null ? `${message} (entry ${entry.index + 1}, line ${entry.line})` : message,
    });
  const parsed = coverageNoteSchema.safeParse(raw);
  if (!parsed.success) {
    for (const { field, message } of fieldIssuesOf(parsed.error, raw)) report(field, message);
    return null;
  }
  const { sentence, status, reason, note } = parsed.data;
  if (status === 'NO_FACT' && reason === null) {
    report('reason', "required for NO_FACT: why the sentence states no fact of the graph's kind");
    return null;
  }
  if (status !== 'NO_FACT' && reason !== null) {
    report('reason', `only NO_FACT takes a reason; for ${status} say in \`note\` what is not held`);
    return null;
  }
  // A note names its sentence by the whole text (which wins: "NATO member countries" is a link
  // label of its own and also the start of another sentence) or by a part found in one only.
  const exact = sentences.filter((candidate) => candidate.text === sentence);
  const matches =
    exact.length > 0 ? exact : sentences.filter((candidate) => candidate.text.includes(sentence));
  if (matches.length === 0) {
    report('sentence', `no sentence of sources/${source.key}.md contains this text word for word`);
    return null;
  }
  if (matches.some((match) => match.text !== matches[0]!.text)) {
    report(
      'sentence',
      `found in ${matches.length} different sentences (${matches.map((m) => m.index).join(', ')}); quote more of the one meant`,
    );
    return null;
  }
  return {
    source: source.key,
    sentence,
    indexes: matches.map((match) => match.index),
    status,
    reason,
    note,
    file,
  };
}
