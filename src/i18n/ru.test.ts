import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

describe("Russian dictionary", () => {
  it("has as many safety paragraphs and tips as the English", () => {
    expect(ru.resourcesPage.safety.paragraphs).toHaveLength(en.resourcesPage.safety.paragraphs.length);
    expect(ru.resourcesPage.safety.tips).toHaveLength(en.resourcesPage.safety.tips.length);
  });

  it("counts stories with the right Russian plural", () => {
    expect([1, 2, 5, 11, 21, 22, 25].map(ru.topicsPage.count)).toEqual([
      "1 материал",
      "2 материала",
      "5 материалов",
      "11 материалов",
      "21 материал",
      "22 материала",
      "25 материалов",
    ]);
  });

  it("declines the month after early, mid and late", () => {
    expect(ru.timelinePage.partOfMonth["early-month"]("июнь 2017 г.")).toBe("Начало июня 2017 г.");
    expect(ru.timelinePage.partOfMonth["mid-month"]("май 2018 г.")).toBe("Середина мая 2018 г.");
    expect(ru.timelinePage.partOfMonth["late-month"]("декабрь 2019 г.")).toBe("Конец декабря 2019 г.");
  });

  it("ends a claim's line with one full stop after a Russian date", () => {
    expect(ru.claims.claimBy("Иван", "3 марта 2026 г.")).toBe("Автор утверждения: Иван; 3 марта 2026 г.");
    expect(ru.claims.allBy("Иван", "весной 2019 года")).toBe("Автор всех утверждений ниже: Иван. весной 2019 года.");
  });

  it("joins lists the Russian way", () => {
    expect(ru.list(["А", "Б", "В"])).toBe("А, Б и В");
  });

  it("keeps the search placeholders the browser fills in", () => {
    expect(ru.search.resultsTemplate).toContain("{query}");
    expect(ru.search.resultsTemplate).toContain("{count}");
    expect(ru.search.noneTemplate).toContain("{query}");
  });
});
