import { h } from './dom.js';
import type { ExplorerRouteQuery } from './generated/graphql.js';
import { quote, type ReadInSource } from './panel.js';

type Path = NonNullable<ExplorerRouteQuery['pathsConnection']>['edges'][number]['node'];
type Step = Path['steps'][number];

/**
 * A step as the list says it: the relation's own sentence, and ", read backwards" when the path
 * walks it against its direction ("NSATU supports Ukraine, read backwards" on the way from Ukraine
 * to NSATU), so a chain never reads as if money or support flowed where it does not.
 */
export function stepSentence(step: Pick<Step, 'text' | 'direction'>): string {
  return step.direction === 'IN' ? `${step.text}, read backwards` : step.text;
}

/**
 * The path finder's answer as a list: a summary that says how many steps are read backwards,
 * then each step with its arrow, its sentence and its quotes. Works with or without the drawing.
 */
export function pathList(
  path: Path,
  names: { from: string; to: string },
  options: { forwardOnly: boolean; onShow: (() => void) | null; onReadInSource: ReadInSource | null },
): HTMLElement[] {
  const backwards = path.steps.filter((step) => step.direction === 'IN').length;
  const steps = `${path.length} step${path.length === 1 ? '' : 's'} from ${names.from} to ${names.to}`;
  const summary =
    backwards === 0
      ? `${steps}, each along its relation's direction:`
      : `${steps}; ${backwards === 1 ? 'one is' : `${backwards} are`} read backwards, against the relation's direction:`;
  return [
    h('p', { class: 'path-summary' }, summary),
    options.onShow
      ? h(
          'button',
          { type: 'button', class: 'show-on-graph narrow-only', onclick: options.onShow },
          'Show on the graph',
        )
      : null,
    h(
      'ol',
      { class: 'path-steps' },
      path.steps.map((step) =>
        h(
          'li',
          {
            'data-relation': step.relation.key,
            'data-direction': step.direction === 'IN' ? 'backwards' : 'forward',
          },
          h('span', { class: 'step-arrow', 'aria-hidden': 'true' }, step.direction === 'IN' ? '↩' : '→'),
          h(
            'span',
            { class: 'step-text' },
            step.text,
            step.direction === 'IN' ? h('span', { class: 'backwards' }, ', read backwards') : null,
          ),
          step.direction === 'IN'
            ? h(
                'span',
                { class: 'step-note' },
                `The path goes from ${step.from.name} to ${step.to.name} along this relation, against its direction.`,
              )
            : null,
          step.citations.map((citation) => quote(citation, options.onReadInSource)),
        ),
      ),
    ),
    backwards > 0 && !options.forwardOnly
      ? h(
          'p',
          { class: 'hint' },
          'Tick “Forward only” for a path that follows every relation the way it points.',
        )
      : null,
  ].filter((element) => element !== null);
}
