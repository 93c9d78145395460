/**
 * Content Security Policy helpers. Astro writes a CSP <meta> per page (hashing its
 * inline styles and scripts); static hosts also get the policy as a real header,
 * which covers what a meta tag cannot (frame-ancestors).
 */

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
