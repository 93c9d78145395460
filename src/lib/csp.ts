/**
 * Content Security Policy helpers. Astro writes a CSP <meta> per page (hashing its
 * inline styles and scripts); static hosts also get the policy as a real header,
 * which covers what a meta tag cannot (frame-ancestors).
 */
import { createHash } from "node:crypto";

/** Directives every page shares; Astro adds script-src and style-src with hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

type Policy = Map<string, Set<string>>;

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
/**
 * Script types that are data, never run, so need no hash (JSON-LD). Every other type keeps
 * its hash: browsers check module, classic, importmap and speculationrules scripts alike.
 */
const DATA_BLOCK = /^application\/(ld\+)?json$/;

const digest = (algorithm: string, text: string) =>
  `'${algorithm}-${createHash(algorithm).update(text, "utf8").digest("base64")}'`;

/**
 * Narrows the page's CSP meta to the hashes of the inline scripts and styles that page
 * actually has. Astro lists every hash of the whole build on every page: on an article
 * that was 14 hashes for 2 inline elements, 0.5 KB of incompressible bytes, and a
 * policy that allowed scripts the page never runs. Pages without a CSP meta, and hashes
 * with unknown algorithms, are left as they are.
 */
export function narrowPagePolicy(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const present = { "script-src": new Set<string>(), "style-src": new Set<string>() };
  const policy = parsePolicy(meta[2]!.replaceAll("&#39;", "'"));
  const algorithms = new Set(
    [...(policy.get("script-src") ?? []), ...(policy.get("style-src") ?? [])].flatMap(
      (source) => /^'(sha256|sha384|sha512)-/.exec(source)?.[1] ?? [],
    ),
  );
  for (const [, tag, attrs, body] of html.matchAll(INLINE)) {
    if (/\ssrc=/i.test(attrs!)) continue;
    const type = /\stype=["']?([^"'\s>]*)/i.exec(attrs!)?.[1]?.trim().toLowerCase() ?? "";
    if (tag!.toLowerCase() === "script" && DATA_BLOCK.test(type)) continue;
    const directive = tag!.toLowerCase() === "script" ? "script-src" : "style-src";
    for (const algorithm of algorithms) present[directive].add(digest(algorithm, body!));
  }
  for (const directive of ["script-src", "style-src"] as const) {
    const sources = policy.get(directive);
    if (!sources) continue;
    for (const source of sources) {
      if (/^'sha(256|384|512)-/.test(source) && !present[directive].has(source)) sources.delete(source);
    }
  }
  // Hashes sorted: a page copied from the incremental build's cache carries the hash list
  // of an older build, in that build's order; sorted, it reads as a fresh build of the page.
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const ordered = (sources: Set<string>) => [
    ...[...sources].filter((s) => !isHash(s)),
    ...[...sources].filter(isHash).sort(),
  ];
  const narrowed = [...policy].map(([name, sources]) => [name, ...ordered(sources)].join(" ")).join("; ");
  return html.replace(CSP_META, (_, open: string, _old: string, close: string) => `${open}${narrowed}${close}`);
}

export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const set = parsed.get(name) ?? new Set<string>();
    sources.forEach((s) => set.add(s));
    parsed.set(name, set);
  }
  return parsed;
}

/** One policy allowing what any of the pages' policies allows (for a site-wide header). */
export function mergePolicies(policies: Iterable<string>): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...[...sources].sort()].join(" ")).join("; ");
}

export function headersFile(policy: string): string {
  return [
    "/*",
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    "  Referrer-Policy: no-referrer",
    "  X-Content-Type-Options: nosniff",
    "  Permissions-Policy: interest-cohort=(), browsing-topics=()",
    "",
  ].join("\n");
}
