import { en } from "./en.ts";
import type { Dictionary } from "./types.ts";

export type { Dictionary };

/** Editions by language; French and Russian join here. */
export const dictionaries = { en } satisfies Record<string, Dictionary>;

/** The English edition's text, used by every component today. */
export const t: Dictionary = en;
