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
  /** Shown even over other nodes when no free place is left (the selected entity's name). */
  required?: boolean;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  key: string;
  side: LabelSide;
  box: Box;
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/**
 * Slides a label above or below its node sideways, as far as needed to stay in the drawing and
 * off the obstacles (a long name near the edge, or under the zoom buttons, still finds room).
 */
function slid(box: Box, bounds: Box, obstacles: readonly Box[]): Box[] {
  const lowest = bounds.x;
  const highest = bounds.x + bounds.width - box.width;
  const xs = [Math.min(Math.max(box.x, lowest), highest)];
  for (const obstacle of obstacles) {
    if (box.y >= obstacle.y + obstacle.height || obstacle.y >= box.y + box.height) continue;
    xs.push(obstacle.x - box.width, obstacle.x + obstacle.width);
  }
  return xs
    .filter((x) => x >= lowest && x <= highest && x !== box.x)
    .sort((a, b) => Math.abs(a - box.x) - Math.abs(b - box.x))
    .map((x) => ({ ...box, x }));
}

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
 * right, left, above and below (then above and below slid sideways) that stays inside `bounds`
 * and overlaps no placed label, no obstacle and no other candidate's node; a required label may
 * cover other nodes when nothing else is free. Labels with no free place are not returned.
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
    const tries = SIDES.map((side) => ({ side, box: boxAt(candidate, side, gap) }));
    for (const side of ['above', 'below'] as const)
      for (const box of slid(boxAt(candidate, side, gap), bounds, obstacles)) tries.push({ side, box });
    const fits = ({ box }: { box: Box }) =>
      inside(box, bounds) && !taken.some((other) => overlaps(box, other));
    const free =
      tries.find(
        (attempt) =>
          fits(attempt) && !nodes.some((node, other) => other !== index && overlaps(attempt.box, node)),
      ) ?? (candidate.required ? tries.find(fits) : undefined);
    if (!free) continue;
    taken.push(free.box);
    placed.push({ key: candidate.key, ...free });
  }
  return placed;
}
