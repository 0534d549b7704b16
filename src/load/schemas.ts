import { z } from 'zod';
import {
  AMOUNT_QUALIFIER_NAMES,
  COVERAGE_STATUS_NAMES,
  CURRENCIES,
  ENTITY_KIND_NAMES,
  NO_FACT_REASON_NAMES,
  QUANTITY_QUALIFIER_NAMES,
  QUANTITY_UNIT_NAMES,
  RELATION_TYPE_NAMES,
} from '../graph/vocabulary.js';
import { FUNDING_SHARE_NAMES, FUNDING_STAGE_NAMES, SUM_KIND_NAMES } from '../graph/funding-stages.js';
import { closestMatch } from '../graph/closest-match.js';
import { readPartialDate } from './dates.js';
import { describeValue, quotedText } from './describe-value.js';

/**
 * The shape of one entity and one relation as written in graph-data/. These check each entry on
 * its own; what needs the whole data set (do keys exist, are they unique, is a quote in its
 * source) is checked by the loader afterwards.
 */

const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An object that refuses unknown fields, with an issue message that lists the allowed ones:
 * a misspelt optional field (`alias:`) would otherwise be dropped without a word.
 */
function closedObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `allowed fields: ${allowed}` : undefined),
  });
}

/** "did you mean" for a value outside a closed vocabulary. */
function unknownName(what: string, input: unknown, allowed: readonly string[], listed: string): string {
  const suggestion = typeof input === 'string' ? closestMatch(input, allowed) : null;
  const hint = suggestion === null ? '' : `; did you mean ${suggestion}?`;
  return `unknown ${what} ${typeof input === 'string' ? quotedText(input) : describeValue(input)}${hint} (${listed})`;
}

/** "Germany Funds PURL" → "germany-funds-purl", offered when a key is not kebab-case. */
function toKebabCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const keySchema = z.string().regex(KEY_PATTERN, {
  error: (issue) => {
    const input = String(issue.input);
    const suggestion = toKebabCase(input);
    const hint = suggestion !== '' && suggestion !== input ? `, e.g. "${suggestion}"` : '';
    return `"${input}" is not kebab-case: lowercase letters and digits joined by single hyphens${hint}`;
  },
});

const nonBlankText = z.string().refine((text) => text.trim() !== '', { error: 'must not be blank' });

/** A reference to another entry by key; whether that entry exists is checked later. */
const keyReference = z.string().min(1, { error: 'must not be blank' });

/** Absent or empty (`date:`) means undated; the value may be an unquoted year, i.e. a number. */
const partialDateSchema = z
  .unknown()
  .optional()
  .transform((value, context) => {
    const reading = readPartialDate(value);
    if (reading.ok) return reading.date;
    context.issues.push({ code: 'custom', message: reading.message, input: value });
    return z.NEVER;
  });

const citationSchema = closedObject({
  source: keyReference,
  quote: nonBlankText,
});

const moneySchema = closedObject({
  value: z.number().nonnegative({ error: 'must not be negative' }),
  // `currency: null` (written out, never left out) where the source names no currency.
  currency: z
    .enum(CURRENCIES, {
      error: (issue) =>
        unknownName(
          'currency',
          issue.input,
          CURRENCIES,
          `ISO 4217, one of ${CURRENCIES.join(', ')}, or null where the source names none`,
        ),
    })
    .nullable(),
  qualifier: z.enum(AMOUNT_QUALIFIER_NAMES, {
    error: (issue) =>
      unknownName(
        'qualifier',
        issue.input,
        AMOUNT_QUALIFIER_NAMES,
        `one of ${AMOUNT_QUALIFIER_NAMES.join(', ')}`,
      ),
  }),
});

const quantitySchema = closedObject({
  value: z.number().nonnegative({ error: 'must not be negative' }),
  unit: z.enum(QUANTITY_UNIT_NAMES, {
    error: (issue) =>
      unknownName('unit', issue.input, QUANTITY_UNIT_NAMES, `one of ${QUANTITY_UNIT_NAMES.join(', ')}`),
  }),
  qualifier: z.enum(QUANTITY_QUALIFIER_NAMES, {
    error: (issue) =>
      unknownName(
        'qualifier',
        issue.input,
        QUANTITY_QUALIFIER_NAMES,
        `one of ${QUANTITY_QUALIFIER_NAMES.join(', ')}`,
      ),
  }),
  // Word for word from one of the relation's quotes; the loader checks that against the citations.
  text: nonBlankText,
  targetYear: partialDateSchema.refine((date) => date === null || /^\d{4}$/.test(date), {
    error: 'a target year is a year (2035), not a month or a day',
  }),
});

/** An optional name from a closed list (src/graph/funding-stages.ts); absent or empty is null. */
function closedName<Name extends string>(what: string, names: readonly [Name, ...Name[]] | Name[]) {
  return z
    .enum(names as [Name, ...Name[]], {
      error: (issue) => unknownName(what, issue.input, names, `one of ${names.join(', ')}`),
    })
    .nullish()
    .transform((name) => name ?? null);
}

/** Optional fields accept an empty value (`aliases:`) as "not given". */
const nullToEmptyList = <Item>(list: Item[] | null | undefined): Item[] => list ?? [];

export const entitySchema = closedObject({
  key: keySchema,
  name: nonBlankText,
  kind: z.enum(ENTITY_KIND_NAMES, {
    error: (issue) =>
      unknownName(
        'kind',
        issue.input,
        ENTITY_KIND_NAMES,
        `see ENTITY_KINDS: ${ENTITY_KIND_NAMES.join(', ')}`,
      ),
  }),
  // Repeating an alias is harmless, so it is dropped rather than reported.
  aliases: z
    .array(nonBlankText)
    .nullish()
    .transform((aliases) => [...new Set(aliases ?? [])]),
  date: partialDateSchema,
  citations: z.array(citationSchema).nullish().transform(nullToEmptyList),
});

export const relationSchema = closedObject({
  key: keySchema,
  type: z.enum(RELATION_TYPE_NAMES, {
    error: (issue) =>
      unknownName(
        'relation type',
        issue.input,
        RELATION_TYPE_NAMES,
        'see RELATION_TYPES in src/graph/vocabulary.ts',
      ),
  }),
  from: keyReference,
  to: keyReference,
  date: partialDateSchema,
  amount: moneySchema.nullish().transform((money) => money ?? null),
  statedEquivalent: moneySchema.nullish().transform((money) => money ?? null),
  recipient: keyReference.nullish().transform((key) => key ?? null),
  quantity: quantitySchema.nullish().transform((quantity) => quantity ?? null),
  stage: closedName('stage', FUNDING_STAGE_NAMES),
  sumKind: closedName('sumKind', SUM_KIND_NAMES),
  period: partialDateSchema,
  knownFrom: partialDateSchema,
  share: closedName('share', FUNDING_SHARE_NAMES),
  citations: z
    .array(citationSchema)
    .nullish()
    .transform((citations, context) => {
      if (citations && citations.length > 0) return citations;
      context.issues.push({
        code: 'custom',
        message: 'a relation needs at least one citation',
        input: citations,
      });
      return z.NEVER;
    }),
});

/**
 * A coverage note (graph-data/coverage/<source>.yaml): a sentence of the source, named by its
 * text or a part of it found in no other sentence, with its status and the curator's words.
 * NO_FACT takes a `reason`; the others do not.
 */
export const coverageNoteSchema = closedObject({
  sentence: nonBlankText,
  status: z.enum(
    COVERAGE_STATUS_NAMES.filter((name) => name !== 'CAPTURED') as [
      'PARTLY_CAPTURED',
      'NOT_CAPTURED',
      'NO_FACT',
    ],
    {
      error: (issue) =>
        issue.input === 'CAPTURED'
          ? 'CAPTURED needs no note: a sentence is captured when facts quote it and no note says otherwise'
          : unknownName(
              'status',
              issue.input,
              COVERAGE_STATUS_NAMES,
              'one of PARTLY_CAPTURED, NOT_CAPTURED, NO_FACT',
            ),
    },
  ),
  reason: z
    .enum(NO_FACT_REASON_NAMES, {
      error: (issue) =>
        unknownName('reason', issue.input, NO_FACT_REASON_NAMES, `one of ${NO_FACT_REASON_NAMES.join(', ')}`),
    })
    .nullish()
    .transform((reason) => reason ?? null),
  note: nonBlankText,
});

export type CoverageNoteInput = z.output<typeof coverageNoteSchema>;

export type EntityInput = z.output<typeof entitySchema>;
export type RelationInput = z.output<typeof relationSchema>;

/** A schema issue restated for a curator: which field, and what is wrong with it. */
export interface FieldIssue {
  /** "citations[0].quote", or null for the entry as a whole. */
  field: string | null;
  message: string;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a finite number',
  array: 'a list',
  object: 'a mapping',
};

/**
 * Restates zod's issues in the curator's terms: one issue per unknown field, "is required"
 * for a missing field, and the value actually read for a wrong type (YAML turns an unquoted
 * 2024 into a number and `.inf` into Infinity, which is easy to miss).
 */
export function fieldIssuesOf(error: z.ZodError, input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const name of issue.keys) {
        issues.push({
          field: formatPath([...issue.path, name]),
          message: `unknown field "${name}" (${issue.message})`,
        });
      }
      continue;
    }
    const field = issue.path.length === 0 ? null : formatPath(issue.path);
    if (issue.code === 'custom') {
      issues.push({ field, message: issue.message });
      continue;
    }
    const value = valueAt(input, issue.path);
    if (value === undefined) issues.push({ field, message: 'is required' });
    else if (value === null) issues.push({ field, message: 'is required but empty' });
    else if (issue.code === 'invalid_type') {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      issues.push({ field, message: `must be ${expected}, not ${describeValue(value)}` });
    } else issues.push({ field, message: issue.message });
  }
  return issues;
}

/** ["citations", 0, "quote"] → "citations[0].quote". */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
