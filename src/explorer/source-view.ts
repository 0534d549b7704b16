import { h } from './dom.js';
import {
  COVERAGE,
  COVERAGE_ORDER,
  type Coverage,
  coverageCounts,
  NO_FACT_REASONS,
  type SourceSentence,
  type SourceSummary,
  type SourceText,
} from './source-reader.js';
import { KIND_STYLE } from './vocabulary.js';

export interface SourceViewOptions {
  selected: number | null;
  hidden: ReadonlySet<Coverage>;
  /** The sources the reader can switch between; the view offers a choice when there are several. */
  sources: readonly SourceSummary[];
  onChooseSource: (key: string) => void;
  onSelect: (index: number | null) => void;
  onToggle: (coverage: Coverage, shown: boolean) => void;
  /** Opens an entity in the side panel; for a relation, its `from` end, at that relation. */
  onOpenEntity: (key: string, relation?: string) => void;
  /** On a phone the drawing is another tab: this goes there with the facts highlighted. */
  onShowOnGraph: () => void;
  /** False for an entity the filters or the date leave out of the drawing (it cannot light up). */
  isShown: (key: string) => boolean;
}

/**
 * The reading view: the source, sentence by sentence, each marked with what the graph took from
 * it (captured, partly, not, or no fact to take), in words and a shape (● ◐ ○ –) as well as a
 * colour. What a partly or not captured sentence says that the graph does not hold is shown under
 * it. Choosing a sentence lists its facts and highlights them on the drawing beside it; a fact's
 * name opens it in the side panel. A source this project compiled says so at the top.
 */
export function sourceView(text: SourceText, options: SourceViewOptions): HTMLElement {
  const counts = coverageCounts(text.sentences);
  const factual = text.sentences.length - counts.NO_FACT;
  const sections: { heading: string | null; sentences: SourceSentence[] }[] = [];
  for (const sentence of text.sentences) {
    const last = sections.at(-1);
    if (last && last.heading === sentence.section) last.sentences.push(sentence);
    else sections.push({ heading: sentence.section, sentences: [sentence] });
  }
  return h(
    'article',
    { class: 'reading', 'aria-labelledby': 'source-title', 'data-source': text.key },
    options.sources.length > 1 ? sourcePicker(text.key, options) : null,
    h('h2', { id: 'source-title', tabindex: '-1' }, text.title),
    text.kind === 'COMPILED'
      ? h(
          'p',
          { class: 'compiled-note' },
          h('span', { class: 'compiled-marker' }, 'Compiled by this project'),
          ' These sentences are this project’s own reference data, in its own words: no published page says them.',
          text.references.length > 0 ? ' Taken from ' : null,
          text.references.flatMap((reference, i) => [
            i > 0 ? ', ' : null,
            h('a', { href: reference, target: '_blank', rel: 'noopener noreferrer' }, reference),
          ]),
          text.references.length > 0 ? '.' : null,
        )
      : h(
          'p',
          { class: 'source-meta' },
          text.publisher ? `Published by ${text.publisher}. ` : null,
          text.url
            ? h(
                'a',
                { href: text.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-url' },
                'Open the page',
              )
            : null,
        ),
    h(
      'p',
      { class: 'coverage-summary' },
      `${counts.CAPTURED} of the ${factual} sentences that state a fact are held as structured facts`,
      counts.PARTLY_CAPTURED > 0 ? `, ${counts.PARTLY_CAPTURED} only in part` : null,
      counts.NOT_CAPTURED > 0 ? `, ${counts.NOT_CAPTURED} not at all` : null,
      `; ${counts.NO_FACT} state no fact (headings, link titles…). Choose a sentence to see its facts on the graph.`,
    ),
    h(
      'fieldset',
      { class: 'coverage-filter' },
      h('legend', {}, `${text.sentences.length} sentences; show those that are`),
      COVERAGE_ORDER.map((coverage) =>
        h(
          'label',
          { class: 'filter', 'data-coverage': coverage },
          h('input', {
            type: 'checkbox',
            name: 'coverage',
            value: coverage,
            checked: !options.hidden.has(coverage),
            onchange: (event: Event) =>
              options.onToggle(coverage, (event.target as HTMLInputElement).checked),
          }),
          h('span', { class: 'mark', 'aria-hidden': 'true' }, COVERAGE[coverage].mark),
          `${COVERAGE[coverage].label}: ${counts[coverage]}`,
        ),
      ),
    ),
    sections.map((section) => {
      const shown = section.sentences.filter((sentence) => !options.hidden.has(sentence.coverage));
      if (shown.length === 0) return null;
      return h(
        'section',
        { class: 'source-section' },
        // A heading is a sentence of the source too: when it is shown first in its section, it is
        // shown once, as the section's heading (its item is styled as one). When the filter hides
        // it, the section keeps its heading all the same.
        section.heading && shown[0]?.text !== section.heading ? h('h3', {}, section.heading) : null,
        h(
          'ol',
          { class: 'sentences' },
          shown.map((sentence) => sentenceItem(text, sentence, sentence.index === options.selected, options)),
        ),
      );
    }),
  );
}

function sourcePicker(current: string, options: SourceViewOptions): HTMLElement {
  return h(
    'p',
    { class: 'source-picker' },
    h('label', { for: 'source-choice' }, 'Source '),
    h(
      'select',
      {
        id: 'source-choice',
        onchange: (event: Event) => options.onChooseSource((event.target as HTMLSelectElement).value),
      },
      options.sources.map((source) =>
        h(
          'option',
          { value: source.key, selected: source.key === current },
          `${source.title}${source.kind === 'COMPILED' ? ' (compiled by this project)' : ''}, ${source.sentences} sentences`,
        ),
      ),
    ),
  );
}

/** The sentence's coverage in words: "Captured", "No fact: a heading". */
function coverageWords(sentence: SourceSentence): string {
  const label = COVERAGE[sentence.coverage].label;
  return sentence.noFact ? `${label}: ${NO_FACT_REASONS[sentence.noFact]}` : label;
}

function sentenceItem(
  text: SourceText,
  sentence: SourceSentence,
  selected: boolean,
  options: SourceViewOptions,
): HTMLElement {
  const coverage = COVERAGE[sentence.coverage];
  const gap = sentence.coverage === 'PARTLY_CAPTURED' || sentence.coverage === 'NOT_CAPTURED';
  return h(
    'li',
    {
      class: sentence.form === 'HEADING' ? 'sentence-item heading' : 'sentence-item',
      'data-index': sentence.index,
      'data-coverage': sentence.coverage,
    },
    h(
      'button',
      {
        type: 'button',
        class: 'sentence',
        id: `sentence-${sentence.index}`,
        'aria-expanded': String(selected),
        onclick: () => options.onSelect(selected ? null : sentence.index),
      },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, coverage.mark),
      h('span', { class: 'coverage-word' }, `${coverageWords(sentence)} `),
      h('span', { class: 'sentence-text' }, sentence.text),
    ),
    // What the graph leaves of it is said under the sentence, without a click.
    gap
      ? h(
          'p',
          { class: 'not-held' },
          sentence.unaccounted
            ? 'Not held, and no curator has said why yet.'
            : `Not held: ${sentence.reason ?? coverage.description}`,
        )
      : null,
    selected ? sentenceFacts(text, sentence, options) : null,
  );
}

function sentenceFacts(text: SourceText, sentence: SourceSentence, options: SourceViewOptions): HTMLElement {
  const coverage = COVERAGE[sentence.coverage];
  const facts = sentence.entities.length + sentence.relations.length;
  // A fact the filters or the date leave out of the drawing cannot light up there: it says so.
  const notDrawn = (...keys: string[]) =>
    keys.every((key) => options.isShown(key))
      ? null
      : h('span', { class: 'not-drawn' }, ' (not drawn: filtered out, or not yet known on this date)');
  return h(
    'div',
    { class: 'sentence-facts', 'aria-live': 'polite' },
    h(
      'p',
      { class: 'coverage-line' },
      sentence.coverage === 'NO_FACT'
        ? `${coverageWords(sentence)}. ${sentence.reason ?? coverage.description}`
        : sentence.coverage === 'CAPTURED'
          ? `${coverage.label}: ${coverage.description}.`
          : `${coverage.label}.`,
    ),
    facts === 0
      ? null
      : h(
          'p',
          { class: 'facts-heading' },
          `The graph takes ${facts === 1 ? 'one fact' : `${facts} facts`} from it:`,
        ),
    facts === 0
      ? null
      : h(
          'ul',
          { class: 'facts' },
          sentence.entities.map((entity) =>
            h(
              'li',
              { 'data-entity': entity.key },
              h(
                'button',
                {
                  type: 'button',
                  class: 'neighbour',
                  'data-key': entity.key,
                  onclick: () => options.onOpenEntity(entity.key),
                },
                h('span', { class: 'swatch', style: `background:${KIND_STYLE[entity.kind].colour}` }),
                entity.name,
                h('span', { class: 'fact-kind' }, ` · ${KIND_STYLE[entity.kind].label}`),
              ),
              notDrawn(entity.key),
            ),
          ),
          sentence.relations.map((relation) =>
            h(
              'li',
              { 'data-relation': relation.key },
              h(
                'button',
                {
                  type: 'button',
                  class: 'neighbour',
                  'data-key': relation.from,
                  onclick: () => options.onOpenEntity(relation.from, relation.key),
                },
                h('span', { class: 'fact-arrow', 'aria-hidden': 'true' }, '→'),
                h(
                  'span',
                  {},
                  relation.text,
                  relation.figure ? h('span', { class: 'fact-kind' }, ` · ${relation.figure}`) : null,
                ),
              ),
              notDrawn(relation.from, relation.to),
            ),
          ),
        ),
    sentence.link
      ? h(
          'a',
          { class: 'source-url', href: sentence.link, target: '_blank', rel: 'noopener noreferrer' },
          text.publisher ? `Open it on ${text.publisher}'s page` : 'Open it on the page',
        )
      : null,
    facts > 0
      ? h(
          'button',
          { type: 'button', class: 'show-on-graph narrow-only', onclick: options.onShowOnGraph },
          'Show on the graph',
        )
      : null,
  );
}
