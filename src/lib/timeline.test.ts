import { describe, expect, it } from "vitest";
import { parseIsoDate, type DatePrecision } from "../schemas/index.ts";
import { calendarUnit, compareTimelineEvents } from "./timeline.ts";

const event = (id: string, date: string, precision: DatePrecision) => ({
  id,
  data: { date: parseIsoDate(date)!, precision },
});
const order = (...events: ReturnType<typeof event>[]) => [...events].sort(compareTimelineEvents).map((e) => e.id);

describe("timeline order", () => {
  it("never puts an event known only to its month above a dated event of that month", () => {
    expect(
      order(
        event("first-arrival-canada", "2017-06-01", "month"),
        event("germany", "2017-06-06", "day"),
        event("france", "2017-05-29", "day"),
        event("july", "2017-07-18", "day"),
      ),
    ).toEqual(["france", "germany", "first-arrival-canada", "july"]);
  });

  it("sorts 'late June' by the earliest day it allows, after June 6 and before June 30", () => {
    expect(
      order(
        event("thirtieth", "2017-06-30", "day"),
        event("late-june", "2017-06-23", "late-month"),
        event("germany", "2017-06-06", "day"),
      ),
    ).toEqual(["germany", "late-june", "thirtieth"]);
  });

  it("puts a year-only event after the dated events of its year, December included", () => {
    expect(order(event("year", "2016-01-01", "year"), event("december", "2016-12-31", "day"))).toEqual([
      "december",
      "year",
    ]);
  });

  it("keeps events at the same moment in id order", () => {
    expect(order(event("b", "2017-04-01", "day"), event("a", "2017-04-01", "day"))).toEqual(["a", "b"]);
  });

  it("shows parts of a month as a month", () => {
    expect(
      ["day", "early-month", "mid-month", "late-month", "month", "year"].map((p) => calendarUnit(p as DatePrecision)),
    ).toEqual(["day", "month", "month", "month", "month", "year"]);
  });
});
