import type { EntityData, GraphData, RelationData, SourceDoc } from '../graph/types.js';
import {
  ENTITY_KIND_NAMES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from '../graph/vocabulary.js';
import {
  FUNDING_STAGE_NAMES,
  MONEY_RELATION_TYPES,
  STAGES_OF_TYPE,
  SUM_KIND_NAMES,
  stagesNamedIn,
  type FundingStage,
} from '../graph/funding-stages.js';
import { closestMatch } from '../graph/closest-match.js';
import { validateCoverageNotes } from './coverage-notes.js';
import { readPartialDate } from './dates.js';
import { compareDataPaths, compareText, dataFolderOf, unexpectedFileProblem } from './data-layout.js';
import { decodeDataFile } from './decode-data-file.js';
import type { DataProblem } from './errors.js';
import type { DataFile } from './load-graph-data.js';
import { findQuote, type QuoteMatch } from './quotes.js';
import { splitSentences, type Sentence } from '../graph/sentences.js';
import { quotedText } from './describe-value.js';
import { entitySchema, fieldIssuesOf, relationSchema } from './schemas.js';
import { readSourceFile, sourceKeyOf } from './sources.js';
import { readYamlList, type RawEntry } from './yaml-lists.js';

/** What the loader has read so far, for the checks that span files. */
interface Context {
  /** Source bodies by key, including sources whose front matter has a problem of its own. */
  sourceBodies: Map<string, string>;
  /** The sentences of each source body, split when a quote first needs them. */
  sourceSentences: Map<string, Sentence[]>;
  /** Sources that exist but could not be read: citing them is not a second problem. */
  unreadableSources: Set<string>;
  /** Where each entity key was first defined, and its kind when that is valid. */
  entityIndex: Map<string, { file: string; line: number; kind: EntityKind | null }>;
  /** Entity files that could not be read at all, so any key might have been defined there. */
  unreadableEntityFiles: string[];
  /** The PACKAGE_OF relation seen for each package, to refuse a second one. */
  packageOf: Map<string, string>;
}

type Report = (field: string | null, message: string) => void;

/**
 * Validates every data file and everything between them, collecting all problems rather than
 * stopping at the first. `unreadablePaths` are files the caller found but could not read (too
 * large, or a read error), so that citing them or their entries is not a second problem.
 */
export function validateGraphData(
  files: readonly DataFile[],
  maxFileBytes: number,
  unreadablePaths: readonly string[] = [],
): { data: GraphData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const context: Context = {
    sourceBodies: new Map(),
    sourceSentences: new Map(),
    unreadableSources: new Set(),
    entityIndex: new Map(),
    unreadableEntityFiles: [],
    packageOf: new Map(),
  };
  const markUnreadable = (path: string): void => {
    const folder = dataFolderOf(path);
    if (folder === 'sources') context.unreadableSources.add(sourceKeyOf(path));
    if (folder === 'entities') context.unreadableEntityFiles.push(path);
  };
  unreadablePaths.forEach(markUnreadable);

  const sources: SourceDoc[] = [];
  const entityEntries: RawEntry[] = [];
  const relationEntries: RawEntry[] = [];
  const noteEntries: RawEntry[] = [];
  for (const file of [...files].sort((a, b) => compareDataPaths(a.path, b.path))) {
    const folder = dataFolderOf(file.path);
    if (folder === null) {
      problems.push(unexpectedFileProblem(file.path));
      continue;
    }
    const decoded = decodeDataFile(file.path, file.bytes, maxFileBytes);
    if (decoded.problem !== null) {
      problems.push(decoded.problem);
      markUnreadable(file.path);
      continue;
    }
    if (folder === 'sources') {
      const reading = readSourceFile(file.path, decoded.text);
      problems.push(...reading.problems);
      if (reading.body === null) context.unreadableSources.add(reading.key);
      else context.sourceBodies.set(reading.key, reading.body);
      if (reading.doc !== null) sources.push(reading.doc);
      continue;
    }
    const reading = readYamlList(file.path, decoded.text, folder === 'coverage' ? 'notes' : folder);
    problems.push(...reading.problems);
    if (reading.entries === null) markUnreadable(file.path);
    else
      ({ entities: entityEntries, relations: relationEntries, coverage: noteEntries })[folder].push(
        ...reading.entries,
      );
  }

  // Index every entity first, so relations can refer to entities in any file.
  const entities = validateEntities(entityEntries, context, problems);
  const relations = validateRelations(relationEntries, context, problems);
  const coverageNotes = validateCoverageNotes(
    noteEntries,
    sources,
    context.unreadableSources,
    entities,
    relations,
    problems,
  );

  collapseMissingKeys(problems, context.unreadableEntityFiles);

  const byKey = (a: { key: string }, b: { key: string }): number => compareText(a.key, b.key);
  return {
    data: {
      sources: sources.sort(byKey),
      entities: entities.sort(byKey),
      relations: relations.sort(byKey),
      coverageNotes: coverageNotes.sort(
        (a, b) => compareText(a.source, b.source) || (a.indexes[0] ?? 0) - (b.indexes[0] ?? 0),
      ),
    },
    // Stable sort: grouped by file, in the order found within each file.
    problems: problems.sort((a, b) => compareDataPaths(a.file, b.file)),
  };
}

/** How many "no entity has the key" problems an unreadable entity file leaves listed one by one. */
const MISSING_KEY_EXAMPLES = 3;

/**
 * One YAML syntax error in an entity file loses every entity in it, and every relation that
 * names one of them then reports its own "no entity has the key": one error in countries.yaml
 * made 222 such lines after it. The first few stay as examples; the rest become one problem on
 * the unreadable file, naming how many and which keys, so the real error is not buried.
 */
function collapseMissingKeys(problems: DataProblem[], unreadable: readonly string[]): void {
  if (unreadable.length === 0) return;
  const caused = (problem: DataProblem) =>
    problem.message.startsWith('no entity has the key ') && problem.message.endsWith('and may define it)');
  const missing = problems.filter(caused);
  if (missing.length <= MISSING_KEY_EXAMPLES) return;
  const rest = new Set(missing.slice(MISSING_KEY_EXAMPLES));
  const keys = [...new Set([...rest].map((problem) => /"([^"]*)"/.exec(problem.message)?.[1] ?? '?'))];
  const kept = problems.filter((problem) => !rest.has(problem));
  problems.length = 0;
  problems.push(...kept, {
    file: unreadable[0]!,
    key: null,
    field: null,
    message:
      `${rest.size} more relation ends name keys no readable entity file defines (${keys.slice(0, 10).join(', ')}` +
      `${keys.length > 10 ? `, and ${keys.length - 10} more` : ''}); ${unreadable.join(', ')} could not be read ` +
      'and may define them: fix it first',
  });
}

/**
 * Records where `key` is first defined; reports a later definition as a duplicate, naming the
 * first. Returns false for a duplicate (or no key), so the entry is not loaded twice.
 */
function claimKey<Extra extends object>(
  index: Map<string, { file: string; line: number } & Extra>,
  what: 'entity' | 'relation',
  entry: RawEntry,
  key: string | null,
  report: Report,
  extra: Extra,
): boolean {
  if (key === null) return true;
  const first = index.get(key);
  if (first !== undefined) {
    report('key', `duplicate ${what} key; first defined in ${first.file} at line ${first.line}`);
    return false;
  }
  index.set(key, { file: entry.file, line: entry.line, ...extra });
  return true;
}

function validateEntities(
  entries: readonly RawEntry[],
  context: Context,
  problems: DataProblem[],
): EntityData[] {
  const entities: EntityData[] = [];
  for (const entry of entries) {
    const raw = entry.value;
    const key = entryKeyOf(raw);
    const report = reporterFor(entry, key, problems);

    const duplicate = !claimKey(context.entityIndex, 'entity', entry, key, report, {
      kind: entityKindOf(raw),
    });

    const parsed = entitySchema.safeParse(raw);
    if (!parsed.success)
      for (const { field, message } of fieldIssuesOf(parsed.error, raw)) report(field, message);
    if (isRecord(raw)) {
      checkCitations(raw.citations, context, report);
      const hasCitations = Array.isArray(raw.citations) && raw.citations.length > 0;
      if (raw.date !== undefined && raw.date !== null && !hasCitations) {
        report('citations', 'required when `date` is set: cite the sentence that gives the date');
      }
    }
    if (parsed.success && !duplicate) entities.push({ ...parsed.data, file: entry.file });
  }
  return entities;
}

function validateRelations(
  entries: readonly RawEntry[],
  context: Context,
  problems: DataProblem[],
): RelationData[] {
  const relations: RelationData[] = [];
  const relationIndex = new Map<string, { file: string; line: number }>();
  const stageReports: StageReport[] = [];
  for (const entry of entries) {
    const raw = entry.value;
    const key = entryKeyOf(raw);
    const report = reporterFor(entry, key, problems);

    const duplicate = !claimKey(relationIndex, 'relation', entry, key, report, {});

    const parsed = relationSchema.safeParse(raw);
    if (!parsed.success)
      for (const { field, message } of fieldIssuesOf(parsed.error, raw)) report(field, message);
    if (isRecord(raw)) {
      const type = isRelationType(raw.type) ? raw.type : null;
      checkEndpoint('from', raw.from, type, context, report);
      checkEndpoint('to', raw.to, type, context, report);
      if (raw.recipient !== undefined && raw.recipient !== null) {
        if (type !== null && type !== 'SUPPLIES') {
          report('recipient', `only SUPPLIES relations take a recipient, and this one is ${type}`);
        } else {
          checkEndpoint('recipient', raw.recipient, null, context, report);
        }
      }
      checkFundingShape(raw, type, context, report);
      checkFundingTags(raw, type, context, report);
      checkCitations(raw.citations, context, report);
      checkQuantityText(raw, report);
    }
    if (parsed.success && !duplicate) {
      const relation: RelationData = withoutEmptyTags({ ...parsed.data, file: entry.file });
      relations.push(relation);
      stageReports.push({ relation, report });
    }
  }
  checkPackageStages(stageReports, context);
  return relations;
}

const TAGS = ['stage', 'sumKind', 'period', 'knownFrom', 'share'] as const;

/**
 * The relation without the money tags it does not have: most relations carry none, and on a
 * graph of a million relations five empty properties each would cost some 40 MB of heap.
 */
function withoutEmptyTags(relation: RelationData): RelationData {
  for (const tag of TAGS) if (relation[tag] == null) delete relation[tag];
  return relation;
}

interface StageReport {
  relation: RelationData;
  report: Report;
}

/**
 * The stage and kind tags of money (src/graph/funding-stages.ts): every FUNDS or PLEDGES
 * relation and every amount on a money relation has a stage that fits its type and that one of
 * its quotes names; every such amount says what kind of sum it is; a share goes only from a
 * funder to a package; and a `knownFrom` date is one that a quote states.
 */
function checkFundingTags(
  raw: Record<string, unknown>,
  type: RelationType | null,
  context: Context,
  report: Report,
): void {
  const isMoney = type !== null && MONEY_RELATION_TYPES.has(type);
  const given = (field: string) => raw[field] !== undefined && raw[field] !== null;
  if (type !== null && !isMoney) {
    for (const field of ['stage', 'sumKind', 'share'] as const) {
      if (given(field))
        report(
          field,
          `only money relations (FUNDS, PLEDGES, PACKAGE_OF) take a ${field}, and this is ${type}`,
        );
    }
  }
  const stage = isFundingStage(raw.stage) ? raw.stage : null;
  const hasAmount = given('amount');
  if (isMoney && (type === 'FUNDS' || type === 'PLEDGES' || hasAmount) && !given('stage')) {
    report(
      'stage',
      `is required on ${type === 'PACKAGE_OF' ? 'a PACKAGE_OF with an amount' : `a ${type} relation`}: ` +
        `${FUNDING_STAGE_NAMES.join(', ')}, by the verb that states the money (see src/graph/funding-stages.ts)`,
    );
  }
  if (stage !== null && (type === 'FUNDS' || type === 'PLEDGES') && !STAGES_OF_TYPE[type].includes(stage)) {
    report(
      'stage',
      `a ${type} relation is ${STAGES_OF_TYPE[type].join(' or ')}, not ${stage}: money provided is FUNDS`,
    );
  }
  if (stage !== null && isMoney && Array.isArray(raw.citations)) {
    const quotes = raw.citations
      .map((citation: unknown) =>
        isRecord(citation) && typeof citation.quote === 'string' ? citation.quote : '',
      )
      .filter((quote) => quote !== '');
    const named = new Set(quotes.flatMap(stagesNamedIn));
    if (quotes.length > 0 && !named.has(stage)) {
      const found = named.size === 0 ? 'none of the stage words' : `words of ${[...named].join(', ')}`;
      report(
        'stage',
        `${stage}, but no quote says so: the quotes have ${found}. The verb that states the money decides the stage (src/graph/funding-stages.ts)`,
      );
    }
  }
  if (isMoney && hasAmount && !given('sumKind')) {
    report(
      'sumKind',
      `is required with an amount: ${SUM_KIND_NAMES.join(', ')} (see src/graph/funding-stages.ts)`,
    );
  }
  if (isMoney && !hasAmount && given('sumKind')) report('sumKind', 'describes an amount, and there is none');
  if (given('share')) {
    const toKind = typeof raw.to === 'string' ? context.entityIndex.get(raw.to)?.kind : undefined;
    if ((type !== 'FUNDS' && type !== 'PLEDGES') || (toKind != null && toKind !== 'PACKAGE'))
      report('share', "is a funder's share of a package: only on FUNDS or PLEDGES to a PACKAGE");
  }
  if (given('knownFrom')) {
    const reading = readPartialDate(raw.knownFrom);
    if (given('date')) {
      report('knownFrom', 'is for undated facts: a dated fact is known from its `date`');
    } else if (reading.ok && reading.date !== null && Array.isArray(raw.citations)) {
      const written = spelledDate(reading.date);
      const stated = raw.citations.some(
        (citation: unknown) =>
          isRecord(citation) && typeof citation.quote === 'string' && citation.quote.includes(written),
      );
      if (!stated)
        report('knownFrom', `no quote states "${written}": cite the sentence that ties the fact to it`);
    }
  }
}

/** "2025-12-03" → "3 December 2025", "2025-12" → "December 2025", "2025" → "2025", as the source writes dates. */
function spelledDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const monthName = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * A package is at one stage: its funders' FUNDS or PLEDGES relations and its PACKAGE_OF (when
 * tagged) all carry the same one.
 */
function checkPackageStages(reports: readonly StageReport[], context: Context): void {
  const packageStage = new Map<string, string>();
  for (const { relation } of reports) {
    if (relation.type === 'PACKAGE_OF' && relation.stage != null)
      packageStage.set(relation.from, relation.stage);
  }
  for (const { relation, report } of reports) {
    if (relation.type !== 'FUNDS' && relation.type !== 'PLEDGES') continue;
    if (context.entityIndex.get(relation.to)?.kind !== 'PACKAGE') continue;
    const stage = packageStage.get(relation.to);
    if (stage !== undefined && relation.stage != null && relation.stage !== stage) {
      report(
        'stage',
        `is ${relation.stage}, but package "${relation.to}" is ${stage} on its PACKAGE_OF relation`,
      );
    }
  }
}

/**
 * The funding model's rules: a package's amount lives on its one PACKAGE_OF relation, so that
 * joint funders never repeat or split it, and a stated equivalent only restates an amount.
 */
function checkFundingShape(
  raw: Record<string, unknown>,
  type: RelationType | null,
  context: Context,
  report: Report,
): void {
  const hasAmount = raw.amount !== undefined && raw.amount !== null;
  if (raw.statedEquivalent !== undefined && raw.statedEquivalent !== null && !hasAmount) {
    report(
      'statedEquivalent',
      'needs an `amount`: it restates that amount in the currency the source converts to',
    );
  }
  const toKind = typeof raw.to === 'string' ? context.entityIndex.get(raw.to)?.kind : undefined;
  if ((type === 'FUNDS' || type === 'PLEDGES') && toKind === 'PACKAGE' && hasAmount) {
    report(
      'amount',
      "a package's amount belongs on its PACKAGE_OF relation, so that joint funders neither repeat nor split it",
    );
  }
  if (type === 'PACKAGE_OF' && typeof raw.from === 'string') {
    const other = context.packageOf.get(raw.from);
    if (other !== undefined)
      report('from', `package "${raw.from}" already belongs to a programme through "${other}"`);
    else context.packageOf.set(raw.from, typeof raw.key === 'string' ? raw.key : '(unkeyed relation)');
  }
}

/**
 * Checks that an end of a relation names an existing entity whose kind the relation type
 * allows at that end (`type` null: the type is itself invalid, so only existence is checked).
 */
function checkEndpoint(
  end: 'from' | 'to' | 'recipient',
  value: unknown,
  type: RelationType | null,
  context: Context,
  report: Report,
): void {
  if (typeof value !== 'string' || value === '') return; // the schema reports it
  const target = context.entityIndex.get(value);
  if (target === undefined) {
    const suggestion = closestMatch(value, context.entityIndex.keys());
    const hint = suggestion === null ? '' : `; did you mean "${suggestion}"?`;
    const unreadable = context.unreadableEntityFiles;
    const caveat =
      unreadable.length === 0 ? '' : ` (${unreadable.join(', ')} could not be read and may define it)`;
    report(end, `no entity has the key "${value}"${hint}${caveat}`);
    return;
  }
  if (type === null || end === 'recipient' || target.kind === null) return;
  const allowed: readonly EntityKind[] = RELATION_TYPES[type][end];
  if (!allowed.includes(target.kind)) {
    report(
      end,
      `"${value}" is a ${target.kind}, but the \`${end}\` of a ${type} relation must be ${listKinds(allowed)}`,
    );
  }
}

/**
 * A quantity's `text` is the figure as the source words it, so it must appear word for word in
 * one of the relation's quotes: "nearly 700 personnel" in "NSATU is staffed by nearly 700 ...".
 */
function checkQuantityText(raw: Record<string, unknown>, report: Report): void {
  const quantity = raw.quantity;
  if (!isRecord(quantity) || typeof quantity.text !== 'string' || quantity.text.trim() === '') return;
  if (!Array.isArray(raw.citations)) return;
  const quotes = raw.citations
    .map((citation: unknown) => (isRecord(citation) ? citation.quote : undefined))
    .filter((quote): quote is string => typeof quote === 'string');
  if (quotes.some((quote) => quote.includes(quantity.text as string))) return;
  report(
    'quantity.text',
    `"${quantity.text}" is not word for word in any of the relation's quotes: write the figure as the quote has it`,
  );
}

/** Checks that each citation names a source that exists and quotes it word for word. */
function checkCitations(citations: unknown, context: Context, report: Report): void {
  if (!Array.isArray(citations)) return; // the schema reports it
  citations.forEach((citation: unknown, index) => {
    if (!isRecord(citation)) return;
    const { source, quote } = citation;
    if (typeof source !== 'string' || source === '') return;
    const body = context.sourceBodies.get(source);
    if (body === undefined) {
      // A source that exists but could not be read has its own problem; this would repeat it.
      if (context.unreadableSources.has(source)) return;
      const suggestion = closestMatch(source, context.sourceBodies.keys());
      const hint = suggestion === null ? '' : `; did you mean "${suggestion}"?`;
      report(
        `citations[${index}].source`,
        `unknown source "${source}": there is no sources/${source}.md${hint}`,
      );
      return;
    }
    if (typeof quote !== 'string' || quote.trim() === '') return;
    const match = findQuote(body, quote);
    if (!match.found) {
      report(`citations[${index}].quote`, quoteProblem(source, match));
      return;
    }
    let sentences = context.sourceSentences.get(source);
    if (!sentences) {
      sentences = splitSentences(body);
      context.sourceSentences.set(source, sentences);
    }
    const spanned = sentencesSpanned(body, sentences, quote);
    if (spanned !== null) report(`citations[${index}].quote`, spanProblem(source, spanned));
  });
}

/**
 * The sentences a quote runs across, or null when one sentence holds it. A citation names the
 * sentence its fact comes from, and the API answers it with that sentence, its section and its
 * link: a quote across two would name two.
 */
function sentencesSpanned(body: string, sentences: readonly Sentence[], quote: string): Sentence[] | null {
  if (sentences.some((sentence) => sentence.text.includes(quote))) return null;
  const start = body.indexOf(quote);
  const end = start + quote.length;
  return sentences.filter((sentence) => sentence.start < end && sentence.end > start);
}

function spanProblem(source: string, spanned: readonly Sentence[]): string {
  const parts = spanned.map((sentence) => `${sentence.index} (${quotedText(sentence.text)})`);
  return (
    `quote runs across ${spanned.length} sentences of source "${source}", ${parts.join(' and ')}: ` +
    'quote each sentence in a citation of its own, so that every citation names the sentence it comes from'
  );
}

function quoteProblem(source: string, match: Exclude<QuoteMatch, { found: true }>): string {
  const problem = `quote not found word for word in source "${source}"`;
  if (match.sourceText !== null) {
    // JSON's string syntax is also YAML's double-quoted one, so the curator can paste it as is.
    return `${problem}; it differs from the source only in punctuation/whitespace/case: the source has ${JSON.stringify(match.sourceText)}`;
  }
  if (match.matchedPrefix !== null) {
    const tail = match.matchedPrefix.length > 40 ? `…${match.matchedPrefix.slice(-40)}` : match.matchedPrefix;
    return `${problem}; the source has its beginning, ignoring punctuation and case, up to "${tail}"`;
  }
  return problem;
}

/**
 * Reports a problem about one entry. An entry without a usable key is located by its position
 * and line instead, since the key is how a curator would otherwise find it.
 */
function reporterFor(entry: RawEntry, key: string | null, problems: DataProblem[]): Report {
  return (field, message) => {
    const located = key === null ? `${message} (entry ${entry.index + 1}, line ${entry.line})` : message;
    problems.push({ file: entry.file, key, field, message: located });
  };
}

function entryKeyOf(raw: unknown): string | null {
  return isRecord(raw) && typeof raw.key === 'string' && raw.key.trim() !== '' ? raw.key : null;
}

function entityKindOf(raw: unknown): EntityKind | null {
  if (!isRecord(raw)) return null;
  const kind = raw.kind;
  return typeof kind === 'string' && (ENTITY_KIND_NAMES as readonly string[]).includes(kind)
    ? (kind as EntityKind)
    : null;
}

function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPE_NAMES as readonly string[]).includes(value);
}

function isFundingStage(value: unknown): value is FundingStage {
  return typeof value === 'string' && (FUNDING_STAGE_NAMES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** ["PACKAGE"] → "PACKAGE"; ["PACKAGE", "PROGRAMME"] → "PACKAGE or PROGRAMME"; longer → "one of …". */
function listKinds(kinds: readonly EntityKind[]): string {
  if (kinds.length <= 2) return kinds.join(' or ');
  return `one of ${kinds.join(', ')}`;
}
