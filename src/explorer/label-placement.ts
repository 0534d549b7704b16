/**
 * Where the drawing's labels go. Sigma writes every label to the right of its node, so around a
 * hub (Ukraine has 38 neighbours) they pile up, and near the edge they run under the panel or the
 * zoom buttons. Here each label tries four places around its node, most important labels first,
 * and is left out when none is free: a label never covers another label, the controls laid over
 * the drawing, or the selected entity, and never leaves the drawing's box. Zooming in spreads the
 * nodes and brings the left-out labels back.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  key: string;
  /** The node's centre and radius, in the drawing's pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's size once drawn. */
  width: number;
  height: number;
  /** Higher first: the selected entity, then its path or neighbours, then the larger nodes. */
  priority: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  key: string;
  side: LabelSide;
  box: Box;
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

function boxAt(candidate: LabelCandidate, side: LabelSide, gap: number): Box {
  const { x, y, radius, width, height } = candidate;
  switch (side) {
    case 'right':
      return { x: x + radius + gap, y: y - height / 2, width, height };
    case 'left':
      return { x: x - radius - gap - width, y: y - height / 2, width, height };
    case 'above':
      return { x: x - width / 2, y: y - radius - gap - height, width, height };
    case 'below':
      return { x: x - width / 2, y: y + radius + gap, width, height };
  }
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/**
 * Places labels greedily by priority (ties keep the given order): each takes the first of
 * right, left, above and below that stays inside `bounds` and overlaps no placed label, no
 * obstacle and no other candidate's node. Labels with no free place are not returned.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  { bounds, obstacles = [], gap = 3 }: { bounds: Box; obstacles?: readonly Box[]; gap?: number },
): PlacedLabel[] {
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  const taken: Box[] = [...obstacles];
  const nodes = candidates.map(({ x, y, radius }) => ({
    x: x - radius,
    y: y - radius,
    width: 2 * radius,
    height: 2 * radius,
  }));
  const placed: PlacedLabel[] = [];
  for (const { candidate, index } of order) {
    for (const side of SIDES) {
      const box = boxAt(candidate, side, gap);
      if (!inside(box, bounds) || taken.some((other) => overlaps(box, other))) continue;
      if (nodes.some((node, other) => other !== index && overlaps(box, node))) continue;
      taken.push(box);
      placed.push({ key: candidate.key, side, box });
      break;
    }
  }
  return placed;
}
