import { sourceView } from '../../src/explorer/source-view.js';
import type { Coverage, SourceSummary, SourceText } from '../../src/explorer/source-reader.js';

// The reading view alone, in a blank page, for tests/explorer-source-view.browser.test.ts: the
// test hands the view a small made-up source (set on window.harnessText before this script runs,
// with the sources to choose from on window.harnessSources) and records what the view asks the
// page to do. Every entity is drawn but "beta", which the filters are taken to hide.

declare global {
  interface Window {
    harnessText: SourceText;
    harnessSources: SourceSummary[];
    harnessCalls: string[];
  }
}

const hidden = new Set<Coverage>();
let selected: number | null = null;
window.harnessCalls = [];

function render(): void {
  const root = document.getElementById('source-view')!;
  root.replaceChildren(
    sourceView(window.harnessText, {
      selected,
      hidden,
      sources: window.harnessSources ?? [],
      onChooseSource: (key) => window.harnessCalls.push(`source ${key}`),
      onSelect: (index) => {
        window.harnessCalls.push(`select ${index}`);
        selected = index;
        render();
      },
      onToggle: (coverage, shown) => {
        window.harnessCalls.push(`${shown ? 'show' : 'hide'} ${coverage}`);
        if (shown) hidden.delete(coverage);
        else hidden.add(coverage);
        render();
      },
      onOpenEntity: (key, relation) =>
        window.harnessCalls.push(relation ? `open ${key} at ${relation}` : `open ${key}`),
      onShowOnGraph: () => window.harnessCalls.push('show on graph'),
      isShown: (key) => key !== 'beta',
    }),
  );
}

render();
