import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../schemas/dates.ts";
import { formatDate, formatDateAt, toDatetimeAt, toDatetimeAttribute, toZonedDay, toZonedIso } from "./dates.ts";

describe("dates in America/Toronto", () => {
  it("shows a date-only value as that same calendar day, never the day before", () => {
    const date = parseIsoDate("2017-09-01")!;
    expect(formatDate(date)).toBe("September 1, 2017");
    expect(toZonedIso(date)).toBe("2017-09-01T00:00:00-04:00");
    expect(toZonedDay(parseIsoDate("2017-01-10")!)).toBe("2017-01-10");
    expect(toZonedIso(parseIsoDate("2017-01-10")!)).toBe("2017-01-10T00:00:00-05:00");
  });

  it("puts an instant late in the UTC day on the Toronto day (the day boundary)", () => {
    // 02:30 UTC on 2 Sept is still 1 Sept in Toronto.
    expect(formatDate(parseIsoDate("2017-09-02T02:30:00Z")!)).toBe("September 1, 2017");
    expect(formatDate(parseIsoDate("2017-09-02T04:00:00Z")!)).toBe("September 2, 2017");
    expect(formatDate(parseIsoDate("2017-09-01T23:59:00-04:00")!)).toBe("September 1, 2017");
  });

  it("handles the days the clocks change", () => {
    expect(toZonedIso(parseIsoDate("2017-03-12")!)).toBe("2017-03-12T00:00:00-05:00");
    expect(toZonedIso(parseIsoDate("2017-11-05")!)).toBe("2017-11-05T00:00:00-04:00");
  });

  it("rejects dates that are not on the calendar", () => {
    for (const bad of [
      "2017-02-30",
      "2017-13-01",
      "2017-00-10",
      "2019-02-29",
      "17-09-01",
      "2017-9-1",
      "2017-09-01T25:00:00Z",
      "yesterday",
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate("2016-02-29")).not.toBeNull();
  });

  it("writes a machine-readable day for dates without a time, and the instant otherwise", () => {
    expect(toDatetimeAttribute(parseIsoDate("2017-09-01")!)).toBe("2017-09-01");
    expect(toDatetimeAttribute(parseIsoDate("2017-09-02T02:30:00Z")!)).toBe("2017-09-01T22:30:00-04:00");
  });

  it("shows a date only as precisely as it is known", () => {
    const june = parseIsoDate("2017-06-01")!;
    expect(formatDateAt(june, "day")).toBe("June 1, 2017");
    expect(formatDateAt(june, "month")).toBe("June 2017");
    expect(formatDateAt(june, "year")).toBe("2017");
    expect([toDatetimeAt(june, "day"), toDatetimeAt(june, "month"), toDatetimeAt(june, "year")]).toEqual([
      "2017-06-01",
      "2017-06",
      "2017",
    ]);
  });

  it("formats in another edition's locale with the same zone", () => {
    expect(formatDate(parseIsoDate("2017-09-01")!, "fr-CA")).toBe("1er septembre 2017");
  });
});
