import { h, replaceChildren } from './dom.js';
import { runQuery } from './client.js';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from './generated/graphql.js';
import { KIND_STYLE } from './vocabulary.js';

export type Suggestion = NonNullable<ExplorerSearchQuery['searchConnection']>['edges'][number]['node'];

let boxes = 0;

/**
 * A combobox (WAI-ARIA pattern) over the `search` query: type, move with the arrow keys, Enter
 * or click to pick, Escape to close. Aliases match ("North Korea" finds the DPRK) because the
 * service searches them. Returns a way to set the text from outside (a shared link).
 */
export function searchBox(
  input: HTMLInputElement,
  onPick: (suggestion: Suggestion) => void,
): { show(text: string): void } {
  const id = `suggestions-${++boxes}`;
  const list = h('ul', { id, role: 'listbox', class: 'suggestions', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  input.autocomplete = 'off';

  let suggestions: Suggestion[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const open = (items: HTMLElement[]) => {
    replaceChildren(list, items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const highlight = (index: number) => {
    active = index;
    for (const [i, option] of list.querySelectorAll('[role=option]').entries()) {
      option.setAttribute('aria-selected', String(i === index));
    }
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (suggestion: Suggestion) => {
    input.value = suggestion.name;
    close();
    onPick(suggestion);
  };

  const lookUp = async (text: string) => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const result = await runQuery(ExplorerSearchDocument, { text }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      suggestions = result.searchConnection?.edges.map((edge) => edge.node) ?? [];
      if (suggestions.length === 0) {
        open([h('li', { class: 'empty', 'aria-disabled': 'true' }, `Nothing found for “${text}”`)]);
        return;
      }
      open(
        suggestions.map((suggestion, index) => {
          const alias = suggestion.aliases.find((a) => a.toLowerCase().includes(text.toLowerCase()));
          return h(
            'li',
            {
              id: `${id}-${index}`,
              role: 'option',
              'aria-selected': 'false',
              'data-key': suggestion.key,
              onmousedown: (event: Event) => {
                event.preventDefault();
                pick(suggestion);
              },
            },
            h('span', { class: 'swatch', style: `background:${KIND_STYLE[suggestion.kind].colour}` }),
            suggestion.name,
            alias && alias !== suggestion.name ? h('span', { class: 'alias' }, ` (${alias})`) : null,
            h('span', { class: 'kind' }, KIND_STYLE[suggestion.kind].label),
          );
        }),
      );
      highlight(0);
    } catch (error) {
      if (controller.signal.aborted) return;
      suggestions = [];
      open([
        h(
          'li',
          { class: 'empty error', 'aria-disabled': 'true' },
          `Search failed: ${(error as Error).message}`,
        ),
      ]);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Suggestions for an older text must not be picked, nor arrive after this one: a slow
    // typist on a phone, or a slow answer, would otherwise open "2008 Bucharest Summit" for "B"
    // while "Bydgoszcz" is being typed.
    pending?.abort();
    suggestions = [];
    close();
    const text = input.value.trim();
    if (text === '') return;
    timer = setTimeout(() => void lookUp(text), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      const chosen = suggestions[Math.max(active, 0)];
      if (!list.hidden && chosen) {
        event.preventDefault();
        pick(chosen);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return {
    show(text: string) {
      input.value = text;
    },
  };
}
