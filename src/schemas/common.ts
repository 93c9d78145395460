import { z } from "zod";

/** Lower-case words joined by hyphens: the form of every slug and id on the site. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, {
  message: 'is not a slug. Fix: use lower-case letters, digits and hyphens only, e.g. "canadas-response"',
});

/** The content collections, one folder each under content/ (see COLLECTIONS in index.ts). */
export type ContentCollection =
  "articles" | "translations" | "sources" | "authors" | "topics" | "timeline" | "resources" | "pages";

/**
 * Which collection a reference field points to. The cross-reference check and the
 * field reference in EDITING.md both read it, so a field declares its target once.
 */
export const references = z.registry<{ collection: ContentCollection }>();

/** A slug naming an entry of another collection, e.g. `ref("sources")` for a source id. */
export const ref = (collection: ContentCollection) =>
  z
    .string()
    .regex(SLUG_PATTERN, {
      message: 'is not a slug. Fix: use lower-case letters, digits and hyphens only, e.g. "canadas-response"',
    })
    .register(references, { collection });

/**
 * Hosts that serve drafts or tests, not publications: a link to one may vanish or
 * change, so nothing links to one.
 */
const NOT_PUBLIC_HOST = /^(?:staging|stage|test)[.-]|(?:^|\.)(?:localhost|test|invalid|local)$/i;

/**
 * A link to another site. Only https: readers may be at risk, so no link sends
 * them over plain http, and `javascript:` or `data:` URLs never reach a page.
 */
export const httpsUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not a full URL. Fix: paste the whole address, starting with https://`,
    });
    return;
  }
  if (url.protocol !== "https:") {
    ctx.addIssue({
      code: "custom",
      message: `only https:// links are allowed, found "${url.protocol}". Fix: use the https:// address of the page (or its archived copy)`,
    });
  } else if (NOT_PUBLIC_HOST.test(url.hostname)) {
    ctx.addIssue({
      code: "custom",
      message: `"${url.hostname}" is a staging or test server, not where the page is published. Fix: use the address on the publication's own site (as the fact sheet gives it), or leave the link out`,
    });
  }
});

/** A short piece of plain text that must not be empty. */
export const text = (max: number) => z.string().trim().min(1).max(max);
