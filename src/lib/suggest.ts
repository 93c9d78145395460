/** Edit distance between two short strings (slugs, ids, field names). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `max` known values close to `wanted`, nearest first; near misses and shared prefixes count. */
export function closest(wanted: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  return [...new Set(known)]
    .map((value) => {
      const distance = editDistance(wanted, value);
      const related = value.includes(wanted) || wanted.includes(value);
      return { value, score: related ? Math.min(distance, limit) : distance };
    })
    .filter(({ score }) => score <= limit)
    .sort((a, b) => a.score - b.score || a.value.localeCompare(b.value))
    .slice(0, max)
    .map(({ value }) => value);
}

/** ' Known slugs near it: "a", "b".' or "" when nothing is near. */
export function nearHint(wanted: string, known: Iterable<string>, noun: string): string {
  const near = closest(wanted, known);
  return near.length ? ` Known ${noun} near it: ${near.map((v) => `"${v}"`).join(", ")}.` : "";
}
