/**
 * Citation clusters ("word.[3][2][5]" written as adjacent <Cite /> tags) are shown in
 * numeric order, like a reference work's markers. Sources are numbered by first citation,
 * so a cluster is ordered by putting sources already cited first, by number, and new ones
 * after them in the order written: numbering the reordered text gives the same numbers.
 * The MDX compile step and the citation index both use this, so they agree on the order.
 */
export function orderCluster<T>(items: readonly T[], idOf: (item: T) => string, numbered: Map<string, number>): T[] {
  const known = items.filter((item) => numbered.has(idOf(item)));
  const fresh = items.filter((item) => !numbered.has(idOf(item)));
  known.sort((a, b) => numbered.get(idOf(a))! - numbered.get(idOf(b))!);
  const ordered = [...known, ...fresh];
  for (const item of ordered) {
    const id = idOf(item);
    if (id && !numbered.has(id)) numbered.set(id, numbered.size + 1);
  }
  return ordered;
}
