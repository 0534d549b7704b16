/**
 * What kind of screen and pointer the page is on. The layout itself follows CSS media queries
 * (explorer.css); the script asks the same questions only for what CSS cannot do: which tab is
 * "selected", and which hint to write.
 */

/** Below this width the drawing, path finder, filters, funding and source become tabs. */
export const NARROW_SCREEN = '(max-width: 760px)';

export function isNarrow(): boolean {
  return matchMedia(NARROW_SCREEN).matches;
}

/** A touch screen as the main pointer: no hover, no keyboard to advertise. */
export function isTouch(): boolean {
  return matchMedia('(hover: none), (pointer: coarse)').matches;
}

/** The line under the drawing: how to use it with this device. */
export function graphHint(touch: boolean): string {
  return touch
    ? 'Tap an entity for its relations and their sentences. Pinch to zoom.'
    : 'Click an entity to read its relations and the sentences behind them. Keys: / search, Escape close, + − 0 zoom.';
}
