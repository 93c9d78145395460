/**
 * Typographer's quotes for text that editors type with a plain keyboard (titles, deks,
 * share cards): straight ' and " become ‘ ’ “ ” by position, so "Chechnya's" reads
 * "Chechnya’s" everywhere the body text (already curled by the Markdown compiler) does.
 */

// An opening quote follows the start, a space, an opening bracket or dash, or another opening quote.
const OPENS_AFTER = /[\s([{\u2014\u2013-]|[\u2018\u201c]/;

export function smartQuotes(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== "'" && char !== '"') {
      out += char;
      continue;
    }
    const before = i === 0 ? " " : out[out.length - 1]!;
    const opens = OPENS_AFTER.test(before);
    if (char === '"') out += opens ? "\u201c" : "\u201d";
    // A leading apostrophe before a number is an elision ('17), not a quote.
    else out += opens && !/\d/.test(text[i + 1] ?? "") ? "\u2018" : "\u2019";
  }
  return out;
}

/**
 * A headline shown under its kicker, without the kicker repeated: "Explainer: Chechnya's
 * purge" under EXPLAINER reads "Chechnya's purge" (capitalized). Titles elsewhere (the page
 * title, feeds, share cards) keep the prefix, because there no kicker stands above them.
 */
export function withoutKicker(title: string, kicker: string): string {
  const prefix = `${kicker.toLocaleLowerCase()}:`;
  if (!title.toLocaleLowerCase().startsWith(prefix)) return title;
  const rest = title.slice(prefix.length).trimStart();
  return rest ? rest[0]!.toLocaleUpperCase() + rest.slice(1) : title;
}
