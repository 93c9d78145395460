/** `_redirects` for static hosts (Netlify, Cloudflare Pages): each old article URL answers 301. */
export function redirectsFile(aliases: ReadonlyMap<string, string>, articlePath: (slug: string) => string): string {
  const lines = [...aliases]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([alias, slug]) => `${articlePath(alias)} ${articlePath(slug)} 301`);
  return lines.length ? `${lines.join("\n")}\n` : "";
}
