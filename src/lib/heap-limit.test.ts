import { describe, expect, it } from "vitest";
import { heapLimitMb, MIN_HEAP_MB } from "./heap-limit.ts";

describe("heapLimitMb", () => {
  it("keeps the measured cap for a site up to a few thousand articles", () => {
    expect(heapLimitMb(0)).toBe(MIN_HEAP_MB);
    expect(heapLimitMb(3000)).toBe(MIN_HEAP_MB);
  });

  it("grows with a larger site, above the live heap measured at 10,000 articles (1.5 GB)", () => {
    expect(heapLimitMb(10_000)).toBeGreaterThan(1500 * 1.3);
    expect(heapLimitMb(20_000)).toBeGreaterThan(heapLimitMb(10_000));
    expect(heapLimitMb(10_000) % 64).toBe(0);
  });
});
