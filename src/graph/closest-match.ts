/**
 * Finds the candidate a misspelt name was probably meant to be ("germny" → "germany",
 * "funds" → "FUNDS"), for "did you mean" hints. Returns null when nothing is close enough
 * that the hint would help rather than mislead.
 */
export function closestMatch(name: string, candidates: Iterable<string>): string | null {
  const wanted = name.toLowerCase();
  // Allow about one edit per four characters: enough for typos, not for a different word.
  const limit = Math.max(1, Math.floor(wanted.length / 4));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once it cannot come in under `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return Math.min(previous[b.length] ?? cap, cap);
}
