import { h } from './dom.js';
import {
  COVERAGE,
  COVERAGE_ORDER,
  type Coverage,
  coverageCounts,
  type SourceSentence,
  type SourceText,
} from './source-reader.js';
import { KIND_STYLE } from './vocabulary.js';

/**
 * The reading view: the source, sentence by sentence, each marked with what the graph took from
 * it (captured, partly, not, or no fact to take). Choosing a sentence lists its facts and
 * highlights them on the drawing beside it; a fact's name opens it in the side panel. The marks
 * are shapes as well as colours (● ◐ ○ –), so they read without colour too.
 */
export function sourceView(
  text: SourceText,
  options: {
    selected: number | null;
    hidden: ReadonlySet<Coverage>;
    onSelect: (index: number | null) => void;
    onToggle: (coverage: Coverage, shown: boolean) => void;
    onOpenEntity: (key: string) => void;
    /** On a phone the drawing is another tab: this goes there with the facts highlighted. */
    onShowOnGraph: () => void;
  },
): HTMLElement {
  const counts = coverageCounts(text.sentences);
  const sections: { heading: string | null; sentences: SourceSentence[] }[] = [];
  for (const sentence of text.sentences) {
    const last = sections.at(-1);
    if (last && last.heading === sentence.section) last.sentences.push(sentence);
    else sections.push({ heading: sentence.section, sentences: [sentence] });
  }
  return h(
    'article',
    { class: 'reading', 'aria-labelledby': 'source-title' },
    h('h2', { id: 'source-title', tabindex: '-1' }, text.title),
    text.url
      ? h(
          'a',
          { href: text.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-url' },
          'Open the page',
        )
      : null,
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
    sections.map((section) =>
      h(
        'section',
        { class: 'source-section' },
        // A heading is a sentence of the source too: when it is the section's first, it is shown
        // once, as the section's heading (its item below is styled as one).
        section.heading && section.sentences[0]?.text !== section.heading
          ? h('h3', {}, section.heading)
          : null,
        h(
          'ol',
          { class: 'sentences' },
          section.sentences
            .filter((sentence) => !options.hidden.has(sentence.coverage))
            .map((sentence) => sentenceItem(sentence, sentence.index === options.selected, options)),
        ),
      ),
    ),
  );
}

function sentenceItem(
  sentence: SourceSentence,
  selected: boolean,
  options: Parameters<typeof sourceView>[1],
): HTMLElement {
  const coverage = COVERAGE[sentence.coverage];
  return h(
    'li',
    {
      class: sentence.text === sentence.section ? 'sentence-item heading' : 'sentence-item',
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
      h('span', { class: 'mark', title: coverage.label }, coverage.mark),
      h('span', { class: 'visually-hidden' }, `${coverage.label}: `),
      sentence.text,
    ),
    selected ? sentenceFacts(sentence, options) : null,
  );
}

function sentenceFacts(sentence: SourceSentence, options: Parameters<typeof sourceView>[1]): HTMLElement {
  const coverage = COVERAGE[sentence.coverage];
  const facts = sentence.entities.length + sentence.relations.length;
  return h(
    'div',
    { class: 'sentence-facts', 'aria-live': 'polite' },
    h('p', { class: 'coverage-line' }, `${coverage.label}: ${sentence.reason ?? coverage.description}.`),
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
              ),
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
                  onclick: () => options.onOpenEntity(relation.from),
                },
                relation.text,
              ),
            ),
          ),
        ),
    facts > 0
      ? h(
          'button',
          { type: 'button', class: 'show-on-graph narrow-only', onclick: options.onShowOnGraph },
          'Show on the graph',
        )
      : null,
  );
}
