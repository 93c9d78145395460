import type { z } from "zod";
import type { Problem } from "./problem.ts";
import { closest } from "../suggest.ts";

/** `related[1]`, `corrections[0].date`: a zod path as an editor reads it in the file. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    "",
  );
}

const describe = (value: unknown) =>
  value === null
    ? "nothing"
    : Array.isArray(value)
      ? "a list"
      : value instanceof Date
        ? "a date"
        : typeof value === "string"
          ? "text"
          : typeof value;

const EXPECTED: Record<string, string> = {
  string: 'text (in quotes, e.g. "...")',
  array: 'a list (e.g. ["first", "second"])',
  object: "a group of fields (indented under it)",
  boolean: "true or false",
};

/** Says what is wrong with a value and how to fix it, for each kind of zod issue. */
function explain(
  issue: z.core.$ZodIssue,
  field: string,
  knownKeys: readonly string[],
): { field: string; message: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined)
        return {
          field,
          message: `missing. Fix: add a "${field.split(".").pop()}:" field with ${EXPECTED[issue.expected] ?? issue.expected}`,
        };
      return {
        field,
        message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(input)}. Fix: write ${EXPECTED[issue.expected] ?? issue.expected}`,
      };
    case "too_small":
      if (issue.origin === "array")
        return {
          field,
          message: `needs at least ${issue.minimum} entr${issue.minimum === 1 ? "y" : "ies"}. Fix: list ${issue.minimum === 1 ? "one" : issue.minimum} (e.g. ${field}: ["..."])`,
        };
      if (issue.origin === "string") {
        const length = typeof input === "string" ? input.trim().length : 0;
        return length === 0
          ? { field, message: "is empty. Fix: write it, or remove the field if it is optional" }
          : {
              field,
              message: `is ${length} characters; at least ${issue.minimum} are needed. Fix: add ${Number(issue.minimum) - length} or more characters`,
            };
      }
      return { field, message: `${issue.message}. Fix: use a larger value` };
    case "too_big":
      if (issue.origin === "string") {
        const length = typeof input === "string" ? input.trim().length : 0;
        return {
          field,
          message: `is ${length} characters; at most ${issue.maximum} are allowed. Fix: shorten it by ${length - Number(issue.maximum)} characters`,
        };
      }
      return { field, message: `has too many entries (at most ${issue.maximum}). Fix: remove some` };
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const near = typeof input === "string" ? closest(input, allowed, 1) : [];
      return {
        field,
        message: `${JSON.stringify(input)} is not allowed. Fix: use ${near.length ? `"${near[0]}"` : "one of the allowed values"} (allowed: ${allowed.map((v) => `"${v}"`).join(", ")})`,
      };
    }
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      const near = closest(key, knownKeys, 1);
      const prefix = field ? `${field}.` : "";
      return {
        field: `${prefix}${key}`,
        message: `unknown field "${key}". Fix: ${near.length ? `rename it to "${near[0]}"` : "remove it"} (known fields: ${knownKeys.join(", ")})`,
      };
    }
    case "invalid_format":
      return {
        field,
        message: issue.message.includes("Fix:")
          ? `${JSON.stringify(input)} ${issue.message}`
          : `${JSON.stringify(input)} is not valid: ${issue.message}. Fix: correct the value`,
      };
    default:
      return {
        field,
        message: issue.message.includes("Fix:") ? issue.message : `${issue.message}. Fix: correct the value`,
      };
  }
}

/** Turns a failed safeParse into one problem per issue, each with its line in the file. */
export function schemaProblems(
  file: string,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  knownKeys: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const key of keys) {
      const single = key === undefined ? issue : { ...issue, keys: [key] };
      const path = key === undefined ? issue.path : [...issue.path, key];
      const { field, message } = explain(single, fieldName(issue.path), knownKeys);
      problems.push({ file, line: lineOf(path) ?? lineOf(issue.path), field: field || "front matter", message });
    }
  }
  return problems;
}
