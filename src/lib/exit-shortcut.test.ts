import { describe, expect, it } from "vitest";
import { EXIT_WINDOW_MS, exitCounter } from "./exit-shortcut.ts";

describe("exitCounter", () => {
  it("fires on the third Escape or the third Shift in quick succession", () => {
    for (const key of ["Escape", "Shift"]) {
      const counter = exitCounter();
      expect([counter.press(key, 0), counter.press(key, 300), counter.press(key, 600)]).toEqual([false, false, true]);
    }
  });

  it("does not fire when the presses are spread out", () => {
    const counter = exitCounter();
    counter.press("Escape", 0);
    counter.press("Escape", EXIT_WINDOW_MS);
    expect(counter.press("Escape", EXIT_WINDOW_MS * 2)).toBe(false);
  });

  it("starts again after any other key, so typing capitals never leaves the page", () => {
    const counter = exitCounter();
    counter.press("Shift", 0);
    counter.press("A", 10);
    counter.press("Shift", 20);
    counter.press("B", 30);
    expect(counter.press("Shift", 40)).toBe(false);
  });

  it("does not mix keys: Escape, Escape, Shift is not the shortcut", () => {
    const counter = exitCounter();
    counter.press("Escape", 0);
    counter.press("Escape", 10);
    expect(counter.press("Shift", 20)).toBe(false);
  });

  it("fires again after a further three presses", () => {
    const counter = exitCounter();
    [0, 1, 2].forEach((t) => counter.press("Escape", t));
    expect(counter.press("Escape", 3)).toBe(false);
    counter.press("Escape", 4);
    expect(counter.press("Escape", 5)).toBe(true);
  });
});
