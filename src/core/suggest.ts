/** Edit distance (Levenshtein) between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known word closest to what was typed, when it is close enough to be a
 * plausible typo: at most a third of the word's length in edits, or a case or
 * separator slip (`Days_Per_Week`, `days-per-week`).
 */
export function suggest(typed: string, known: Iterable<string>): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.floor(typed.length / 3));
  for (const candidate of known) {
    if (normal(candidate) === normal(typed)) return candidate;
    // Lengths further apart than the limit are further apart in edits too: such a word is never the answer.
    if (Math.abs(candidate.length - typed.length) > limit) continue;
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
