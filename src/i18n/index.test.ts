import { describe, expect, it } from "vitest";
import { dictionaries, dictionaryFor, dictionaryProblems, LANGS, missingKeys } from "./index.ts";
import { formatDate } from "../lib/dates.ts";

/** Every key path of a dictionary, arrays by index, so a missing or extra key shows by name. */
const keyPaths = (value: unknown, prefix = ""): string[] =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keyPaths(inner, `${prefix}${key}.`)])
    : [];

describe("the editions' dictionaries", () => {
  it("have exactly the English keys, no more and no fewer, in every language", () => {
    for (const lang of LANGS)
      expect(keyPaths(dictionaries[lang]).sort(), lang).toEqual(keyPaths(dictionaries.en).sort());
  });

  it("have every key of the English one, in every language", () => {
    expect(dictionaryProblems()).toEqual([]);
    for (const lang of LANGS) expect(missingKeys(dictionaries.en, dictionaries[lang]), lang).toEqual([]);
  });

  it("name the language and key of a hole, nested or not, and a function replaced by text", () => {
    const holey = { ...dictionaries.ru, nav: { ...dictionaries.ru.nav, home: "" }, list: "a, b" };
    expect(missingKeys(dictionaries.en, holey)).toEqual(["nav.home", "list"]);
    const { exit: _exit, ...withoutExit } = dictionaries.fr;
    expect(missingKeys(dictionaries.en, withoutExit)).toEqual(["exit"]);
  });

  it("fall back to English for an unknown language", () => {
    expect(dictionaryFor("de")).toBe(dictionaries.en);
    expect(dictionaryFor("ru")).toBe(dictionaries.ru);
  });

  it("write dates the way each language does", () => {
    const day = new Date("2017-04-01T12:00:00Z");
    expect(formatDate(day, dictionaries.en.dateLocale)).toBe("April 1, 2017");
    expect(formatDate(day, dictionaries.ru.dateLocale)).toBe("1 апреля 2017 г.");
    expect(formatDate(day, dictionaries.fr.dateLocale)).toBe("1er avril 2017");
    expect(formatDate(new Date("2017-04-02T12:00:00Z"), dictionaries.fr.dateLocale)).toBe("2 avril 2017");
  });
});
