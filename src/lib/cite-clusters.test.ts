import { describe, expect, it } from "vitest";
import { orderCluster } from "./cite-clusters.ts";

const order = (clusters: string[][]) => {
  const numbered = new Map<string, number>();
  return clusters.map((cluster) => orderCluster(cluster, (id) => id, numbered).map((id) => numbered.get(id)));
};

describe("orderCluster", () => {
  it("puts sources cited before in numeric order ahead of new ones", () => {
    // "[3][2][5][6]" in the review: a and b were cited before c.
    expect(order([["a"], ["b"], ["c"], ["c", "b", "d", "e"]])).toEqual([[1], [2], [3], [2, 3, 4, 5]]);
    expect(
      order([
        ["a", "b", "c", "d"],
        ["d", "x", "b"],
      ]),
    ).toEqual([
      [1, 2, 3, 4],
      [2, 4, 5],
    ]);
  });

  it("keeps new sources in the order written, so their numbers rise", () => {
    expect(order([["x", "y", "z"]])).toEqual([[1, 2, 3]]);
  });

  it("numbers exactly as first citation in the reordered text would", () => {
    const numbered = new Map<string, number>();
    const written = [
      ["q", "p"],
      ["r", "p", "q"],
      ["s", "r"],
    ];
    const shown = written.map((c) => orderCluster(c, (id) => id, numbered));
    const renumbered = new Map<string, number>();
    for (const id of shown.flat()) if (!renumbered.has(id)) renumbered.set(id, renumbered.size + 1);
    expect(renumbered).toEqual(numbered);
    for (const cluster of shown) {
      const numbers = cluster.map((id) => numbered.get(id)!);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });
});
