import { sourceView } from '../../src/explorer/source-view.js';
import type { Coverage, SourceText } from '../../src/explorer/source-reader.js';

// The reading view alone, in a blank page, for tests/explorer-source-view.browser.test.ts: the
// service cannot give sentences yet, so the test hands the view a small made-up source (set on
// window.harnessText before this script runs) and records what the view asks the page to do.

declare global {
  interface Window {
    harnessText: SourceText;
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
      onOpenEntity: (key) => window.harnessCalls.push(`open ${key}`),
      onShowOnGraph: () => window.harnessCalls.push('show on graph'),
    }),
  );
}

render();
