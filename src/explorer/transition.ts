/**
 * How far an animated change of the drawing has gone, from 0 to 1. `now` is the timestamp
 * requestAnimationFrame passes, which is when the frame began: the first frame after the change
 * can begin before the change itself read the clock, so `now` may be earlier than `start`. Below
 * 0, an entity growing in would be drawn with a negative size, and the canvas refuses a negative
 * radius with an exception on every frame.
 */
export function transitionProgress(now: number, start: number, duration: number): number {
  if (!(duration > 0)) return 1;
  return Math.min(1, Math.max(0, (now - start) / duration));
}

/** The size factor of an entity growing in at progress `t`: from nothing, past its size (1.5) and back. */
export function enteringScale(t: number): number {
  const at = Math.min(1, Math.max(0, t));
  return at < 0.6 ? (at / 0.6) * 1.5 : 1.5 - ((at - 0.6) / 0.4) * 0.5;
}

/** The size of an entity shrinking away at progress `t`: from its own size down to 2 pixels. */
export function leavingSize(size: number, t: number): number {
  const at = Math.min(1, Math.max(0, t));
  return size * (1 - at) + 2 * at;
}
