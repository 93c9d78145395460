/**
 * Synthetic content for the build benchmark (`npm run bench`): N realistic articles
 * with their sources, topics and the staff author, as the files an editor would write.
 * Pure and deterministic (a seeded PRNG, built-in words, no network), so two runs with
 * the same seed build the same site and timings are comparable across machines.
 */
import { ARTICLE_KINDS, SOURCE_TYPES, type ArticleKind } from "../../schemas/index.ts";
import type { ContentFile } from "../../lib/content-check/validate.ts";
import { formatDateAt } from "../../lib/dates.ts";
import { slugify } from "../../lib/slug.ts";

export interface SyntheticOptions {
  articles: number;
  seed?: number;
  /** How many topics to spread the articles over. */
  topics?: number;
  /** Words of prose per article, roughly (the blog starter's posts are about 800). */
  words?: number;
}

/** A generated file: the same shape `checkContent` reads from disk, text as a string. */
export type SyntheticFile = ContentFile & { bytes: string };

/** Distinct sources per article; some are cited a second time in the text. */
export const SOURCES_PER_ARTICLE = 5;
export const TOPICS_PER_ARTICLE = 2;

// --- Randomness: mulberry32, small and well spread; Math.random cannot be seeded.

type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

/** Weighted towards the start of the list: a few popular sources and topics, a long tail. */
const skewedIndex = (random: Random, length: number) => Math.floor(length * random() ** 1.8);

/** `count` distinct indexes below `length`, drawn with `draw`. */
function distinct(random: Random, count: number, length: number, draw = () => Math.floor(random() * length)) {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, length)) chosen.add(draw());
  return [...chosen];
}

// --- Words. A few hundred, combined by templates: enough variety that pages do not
// compress to nothing, which would make output sizes and gzip figures meaningless.

const ADJECTIVES = (
  "new federal provincial local quiet urgent careful detailed brief public private formal early late " +
  "independent regional national international official unofficial first second final annual " +
  "confidential cautious sudden gradual steady uncertain difficult modest significant recent former " +
  "small large senior junior temporary permanent remote crowded legal medical financial practical"
).split(" ");

const NOUNS = (
  "report agency committee program ministry court office charity network sponsor caseworker volunteer " +
  "family survivor lawyer researcher journalist official spokesperson inquiry hearing statement " +
  "application interview shelter apartment flight visa permit record document archive letter " +
  "community group coalition settlement budget policy decision appeal ruling investigation " +
  "testimony account timeline database survey review audit mandate deadline meeting briefing"
).split(" ");

/** [past tense, base form]: sentences need both. */
const VERBS: readonly (readonly [string, string])[] = (
  "reviewed/review published/publish confirmed/confirm described/describe questioned/question " +
  "funded/fund delayed/delay approved/approve rejected/reject documented/document examined/examine " +
  "supported/support challenged/challenge announced/announce expanded/expand reduced/reduce " +
  "requested/request received/receive recorded/record tracked/track organised/organise " +
  "relocated/relocate protected/protect interviewed/interview summarised/summarise explained/explain " +
  "disputed/dispute verified/verify estimated/estimate revised/revise prepared/prepare contacted/contact"
)
  .split(" ")
  .map((pair) => pair.split("/") as [string, string]);

const ADVERBS = (
  "quietly publicly quickly slowly carefully repeatedly eventually initially formally reluctantly " +
  "openly privately jointly separately briefly again already"
).split(" ");

const PLACES = (
  "Toronto Ottawa Montreal Vancouver Winnipeg Halifax Calgary Edmonton Regina Victoria Berlin Vilnius " +
  "Moscow Grozny Strasbourg Geneva Brussels Paris London Warsaw Helsinki Oslo Stockholm Tbilisi"
).split(" ");

const PREPOSITIONS = ["in", "near", "outside", "across", "throughout", "beyond", "from"];

const TIMES = [
  "last spring",
  "the following winter",
  "within weeks",
  "by the end of the year",
  "over several months",
  "earlier that summer",
  "two years later",
  "in the autumn",
  "before the election",
  "after the ruling",
  "during the pandemic",
  "at the time",
];

const CONNECTORS = [
  "However,",
  "Meanwhile,",
  "At first,",
  "Later,",
  "According to the record,",
  "In practice,",
  "By contrast,",
  "For now,",
  "Since then,",
  "In a statement,",
  "As a result,",
  "Even so,",
];

const DETERMINERS = ["the", "a", "one", "another", "each", "that"];
const MODALS = ["would", "could", "might", "should", "will"];
const NUMBERS = ["two", "three", "five", "a dozen", "about forty", "nearly 200", "more than 1,000", "several"];

const FIRST_NAMES =
  "Anna Boris Chloé David Elena Farid Grace Hassan Irina Jonas Karin Leila Marc Nadia Omar Pavel".split(" ");
const LAST_NAMES =
  "Abbott Bélanger Chen Dubois Evans Fischer Gagnon Haddad Ivanova Kowalski Lambert Moreau Novak Okafor Petrov Roy".split(
    " ",
  );

const PUBLISHERS = (
  "Northern Ledger|Lakeshore Courier|Prairie Dispatch|Harbour Times|Capital Review|Atlantic Record|" +
  "Rights Monitor|Refugee Policy Institute|Caucasus Observer|Baltic Wire|Maple Legal Reporter|" +
  "Civic Data Project|Open Courts Bulletin|Settlement Services Network|Continental Press|Metro Weekly"
).split("|");

const LANGUAGES = ["en", "en", "en", "en", "fr", "fr", "ru", "de"];

const TOPIC_NAMES = [
  "Resettlement",
  "Courts and rulings",
  "Government response",
  "Community support",
  "Investigations",
  "Asylum policy",
  "Human rights reports",
  "Settlement services",
  "International reaction",
  "Housing",
  "Health and wellbeing",
  "Fact checks",
  "Elections",
  "Media coverage",
  "Employment",
  "Family reunification",
];

const KIND_WEIGHTS: Readonly<Record<ArticleKind, number>> = {
  news: 45,
  explainer: 20,
  analysis: 15,
  opinion: 10,
  "fact-check": 10,
};

// --- Text building blocks.

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const plural = (noun: string) => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

function nounPhrase(random: Random): string {
  const words = `${chance(random, 0.6) ? `${pick(random, ADJECTIVES)} ` : ""}${pick(random, NOUNS)}`;
  const determiner = pick(random, DETERMINERS);
  return `${determiner === "a" && /^[aeiou]/.test(words) ? "an" : determiner} ${words}`;
}

const pluralPhrase = (random: Random) =>
  `${pick(random, NUMBERS)} ${chance(random, 0.5) ? `${pick(random, ADJECTIVES)} ` : ""}${plural(pick(random, NOUNS))}`;
const placePhrase = (random: Random) => `${pick(random, PREPOSITIONS)} ${pick(random, PLACES)}`;

/** One sentence of 10-30 words, from one of a handful of shapes. */
function sentence(random: Random): string {
  const [past, base] = pick(random, VERBS);
  const shapes = [
    () =>
      `${pick(random, CONNECTORS)} ${nounPhrase(random)} ${pick(random, ADVERBS)} ${past} ${nounPhrase(random)} ${placePhrase(random)}.`,
    () =>
      `${capitalise(nounPhrase(random))} ${past} ${pluralPhrase(random)} ${placePhrase(random)} ${pick(random, TIMES)}.`,
    () =>
      `${capitalise(nounPhrase(random))} said that ${nounPhrase(random)} ${pick(random, MODALS)} ${base} ${nounPhrase(random)} ${pick(random, TIMES)}, and that ${pluralPhrase(random)} were still waiting.`,
    () =>
      `"We ${past} ${nounPhrase(random)} ${pick(random, ADVERBS)}," ${nounPhrase(random)} ${placePhrase(random)} told reporters.`,
    () =>
      `${capitalise(pick(random, TIMES))}, ${pluralPhrase(random)} ${placePhrase(random)} ${past} ${nounPhrase(random)}, which ${nounPhrase(random)} later ${pick(random, VERBS)[0]}.`,
    () =>
      `It was ${pick(random, ADJECTIVES)}, and ${nounPhrase(random)} ${pick(random, MODALS)} not ${base} it ${placePhrase(random)}.`,
  ];
  return pick(random, shapes)();
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A headline: who did what, where or when. */
function headline(random: Random): string {
  const [past] = pick(random, VERBS);
  return chance(random, 0.5)
    ? `${capitalise(nounPhrase(random))} ${past} ${nounPhrase(random)} ${placePhrase(random)}`
    : `${capitalise(pluralPhrase(random))} ${past} ${placePhrase(random)} ${pick(random, TIMES)}`;
}

function heading(random: Random): string {
  const shapes = [
    () => `What ${plural(pick(random, NOUNS))} ${placePhrase(random)} found`,
    () => `The ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`,
    () => `How the ${pick(random, NOUNS)} changed ${pick(random, TIMES)}`,
    () => `The ${pick(random, NOUNS)} ${placePhrase(random)}`,
    () => `Why the ${pick(random, NOUNS)} matters`,
  ];
  return pick(random, shapes)();
}

// --- Dates: quoted ISO strings, as editors must write them.

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const randomDay = (random: Random, from = FIRST_DAY, to = LAST_DAY) => from + int(random, 0, (to - from) / DAY) * DAY;

// --- Files.

interface SourceInfo {
  id: string;
  publisher: string;
}

/** Roughly 1.5 sources per article, each on a fictional `*.example.org` host that is never fetched. */
function generateSources(random: Random, count: number): { files: SyntheticFile[]; sources: SourceInfo[] } {
  const files: SyntheticFile[] = [];
  const sources: SourceInfo[] = [];
  for (let i = 0; i < count; i++) {
    const publisher = pick(random, PUBLISHERS);
    const host = `${slugify(publisher)}.example.${pick(random, ["org", "net", "com"])}`;
    const published = randomDay(random);
    const title = headline(random);
    const id = `${slugify(publisher)}-${isoDay(published).slice(0, 7)}-${i}`;
    const url = `https://${host}/${isoDay(published).replaceAll("-", "/")}/${slugify(title).slice(0, 60).replace(/-$/, "")}`;
    const lines = [`title: ${JSON.stringify(title)}`, `publisher: ${JSON.stringify(publisher)}`];
    if (chance(random, 0.6)) {
      const names = distinct(random, int(random, 1, 2), FIRST_NAMES.length).map(
        (n) => `${FIRST_NAMES[n]} ${pick(random, LAST_NAMES)}`,
      );
      lines.push(`authors: ${JSON.stringify(names)}`);
    }
    if (chance(random, 0.85)) lines.push(`published: "${isoDay(published)}"`);
    else lines.push(`publishedNote: "${formatDateAt(new Date(published), "month")}"`);
    lines.push(`url: "${url}"`, `accessed: "${isoDay(randomDay(random, published, Date.UTC(2026, 0, 31)))}"`);
    if (chance(random, 0.3))
      lines.push(`archiveUrl: "https://archive.example.org/web/${isoDay(published).replaceAll("-", "")}/${url}"`);
    lines.push(`type: "${pick(random, SOURCE_TYPES)}"`, `language: "${pick(random, LANGUAGES)}"`);
    files.push({ collection: "sources", file: `content/sources/${id}.yaml`, bytes: `${lines.join("\n")}\n` });
    sources.push({ id, publisher });
  }
  return { files, sources };
}

function generateTopics(count: number): { files: SyntheticFile[]; slugs: string[] } {
  const names = Array.from(
    { length: count },
    (_, i) =>
      TOPIC_NAMES[i % TOPIC_NAMES.length]! +
      (i >= TOPIC_NAMES.length ? ` ${Math.floor(i / TOPIC_NAMES.length) + 1}` : ""),
  );
  const slugs = names.map((name) => slugify(name));
  const files = names.map((name, i) => ({
    collection: "topics" as const,
    file: `content/topics/${slugs[i]}.yaml`,
    bytes: `title: ${JSON.stringify(name)}\ndescription: ${JSON.stringify(`Stories about ${name.toLowerCase()}: what happened, who decided, and what it meant for the people involved.`)}\n`,
  }));
  return { files, slugs };
}

const STAFF: SyntheticFile = {
  collection: "authors",
  file: "content/authors/staff.yaml",
  bytes:
    'name: "Refuge North staff"\ndescription: "Articles are researched, written and edited by the Refuge North newsroom."\n',
};

/** The About page in each language: the build needs it (its corrections section is linked from every article). */
const ABOUT_PAGES: SyntheticFile[] = [
  [
    "about.mdx",
    "About Refuge North",
    "Who writes this site, how it checks what it publishes, and how it corrects its mistakes.",
    "Corrections",
    "We correct mistakes in a box at the top of the article.",
  ],
  [
    "fr/about.mdx",
    "À propos de Refuge North",
    "Qui écrit ce site, comment il vérifie ce qu’il publie et comment il corrige ses erreurs.",
    "Corrections",
    "Nous corrigeons les erreurs dans un encadré en haut de l’article.",
  ],
  [
    "ru/about.mdx",
    "О Refuge North",
    "Кто пишет этот сайт, как он проверяет то, что публикует, и как исправляет свои ошибки.",
    "Исправления",
    "Мы исправляем ошибки в рамке в начале статьи.",
  ],
].map(([file, title, description, heading, corrections]) => ({
  collection: "pages",
  file: `content/pages/${file}`,
  bytes: `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n## ${heading}\n\n${corrections}\n`,
}));

function weightedKind(random: Random): ArticleKind {
  const total = ARTICLE_KINDS.reduce((sum, kind) => sum + KIND_WEIGHTS[kind], 0);
  let roll = random() * total;
  for (const kind of ARTICLE_KINDS) {
    roll -= KIND_WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return "news";
}

/** Text of length within [min, max], drawn again until it fits (the schema's limits). */
function fitting(random: Random, make: (random: Random) => string, min: number, max: number): string {
  for (;;) {
    const text = make(random);
    if (text.length >= min && text.length <= max) return text;
  }
}

/**
 * The body: paragraphs of 3-6 sentences under ## and ### headings, with an occasional
 * list, quote, link or bold phrase, and `<Cite />` after sentences. The `cites` ids are
 * placed in order, so sources are numbered as the list says.
 */
function articleBody(random: Random, words: number, cites: readonly string[]): string {
  const blocks: string[][] = []; // each block: sentences of one paragraph; headings and lists are single items
  const kinds: ("p" | "raw")[] = [];
  let total = 0;
  let paragraphs = 0;
  let subheading = false;
  while (total < words) {
    if (paragraphs >= 2 && paragraphs % 3 === 2) {
      blocks.push([`## ${heading(random)}`]);
      kinds.push("raw");
      subheading = false;
    } else if (paragraphs >= 3 && !subheading && chance(random, 0.35)) {
      blocks.push([`### ${heading(random)}`]);
      kinds.push("raw");
      subheading = true;
    }
    if (paragraphs > 0 && chance(random, 0.08)) {
      const items = Array.from(
        { length: int(random, 3, 4) },
        () => `- ${capitalise(nounPhrase(random))} ${placePhrase(random)}`,
      );
      blocks.push([items.join("\n")]);
      kinds.push("raw");
      total += wordCount(items.join(" "));
    }
    // Sentence by sentence, so the article ends within a sentence of the target length.
    const sentences: string[] = [];
    for (let n = int(random, 3, 6); n > 0 && (total < words || !sentences.length); n--) {
      sentences.push(sentence(random));
      total += wordCount(sentences[sentences.length - 1]!);
    }
    if (chance(random, 0.15)) sentences[0] = sentences[0]!.replace(/^(\S+ \S+)/, "**$1**");
    if (chance(random, 0.1))
      sentences.push(
        `See [the ${pick(random, NOUNS)} in full](https://documents.example.org/${int(random, 1000, 9999)}/).`,
      );
    const quote = paragraphs > 1 && chance(random, 0.05);
    blocks.push(quote ? [`> ${sentences.join(" ")}`] : sentences);
    kinds.push(quote ? "raw" : "p");
    paragraphs++;
  }
  if (!blocks.some((b) => b[0]!.startsWith("### "))) {
    // Every article has both heading levels: the table of headings is part of the page cost.
    const last = blocks.findLastIndex((b) => b[0]!.startsWith("## "));
    blocks.splice(last + 2, 0, [`### ${heading(random)}`]);
    kinds.splice(last + 2, 0, "raw");
  }

  // Cites go after distinct sentences of plain paragraphs, in document order.
  const slots = blocks.flatMap((b, i) => (kinds[i] === "p" ? b.map((_, j) => [i, j] as const) : []));
  const chosen = distinct(random, cites.length, slots.length).sort((a, b) => a - b);
  chosen.forEach((slot, k) => {
    const [i, j] = slots[slot]!;
    const loc = chance(random, 0.15) ? ` loc="p. ${int(random, 1, 80)}"` : "";
    blocks[i]![j] += `<Cite id="${cites[k]}"${loc} />`;
  });
  return blocks.map((b, i) => (kinds[i] === "p" ? b.join(" ") : b[0])).join("\n\n");
}

/** The cite sequence: each source once, then 1-2 of them again somewhere after their first use. */
function citeOrder(random: Random, ids: readonly string[]): string[] {
  const order = [...ids];
  for (let r = int(random, 1, 2); r > 0; r--) {
    const first = int(random, 0, ids.length - 1);
    order.splice(int(random, first + 1, order.length), 0, ids[first]!);
  }
  return order;
}

/**
 * Every file of a synthetic site: `articles` articles, their sources, topics and the
 * staff author. Nothing is a draft or dated in the future, so every article is built.
 */
export function generateSyntheticContent(options: SyntheticOptions): SyntheticFile[] {
  const { articles: count, seed = 1, topics: topicCount = 12, words = 800 } = options;
  const random = seededRandom(seed);
  const topics = generateTopics(topicCount);
  const sources = generateSources(random, Math.max(SOURCES_PER_ARTICLE * 4, Math.ceil(count * 1.5)));
  const files: SyntheticFile[] = [STAFF, ...ABOUT_PAGES, ...topics.files, ...sources.files];
  const slugs: string[] = [];
  const claimed = new Set<string>();

  for (let i = 0; i < count; i++) {
    const kind = weightedKind(random);
    const title = fitting(random, headline, 20, 110);
    const slug = `${slugify(title).split("-").slice(0, 8).join("-")}-${i + 1}`;
    const description = fitting(random, (r) => `${sentence(r)} ${sentence(r)}`, 50, 220);
    const pubDay = randomDay(random);
    const articleTopics = distinct(random, TOPICS_PER_ARTICLE, topics.slugs.length, () =>
      skewedIndex(random, topics.slugs.length),
    ).map((t) => topics.slugs[t]!);
    const cited = distinct(random, SOURCES_PER_ARTICLE, sources.sources.length, () =>
      skewedIndex(random, sources.sources.length),
    ).map((s) => sources.sources[s]!.id);

    const front = [
      `title: ${JSON.stringify(title)}`,
      `description: ${JSON.stringify(description)}`,
      `kind: "${kind}"`,
      // A few articles carry a time of day, as breaking news does.
      `pubDate: "${isoDay(pubDay)}${chance(random, 0.1) ? `T${String(int(random, 7, 22)).padStart(2, "0")}:30:00-05:00` : ""}"`,
    ];
    const updatedDay = chance(random, 0.15) ? pubDay + int(random, 1, 30) * DAY : undefined;
    if (updatedDay !== undefined) front.push(`updatedDate: "${isoDay(updatedDay)}"`);
    front.push(`authors: ["staff"]`, `topics: ${JSON.stringify(articleTopics)}`);
    if (i > 0 && chance(random, 0.25)) {
      const picks = distinct(random, int(random, 1, 2), i).map((p) => slugs[p]!);
      front.push(`related: ${JSON.stringify(picks)}`);
    }
    if (chance(random, 0.03) && !claimed.has(`old-${slug}`)) {
      front.push(`aliases: ["old-${slug}"]`);
      claimed.add(`old-${slug}`);
    }
    if (chance(random, 0.04)) {
      front.push(
        "corrections:",
        // A correction updates the article: never after its updatedDate (the check says so).
        `  - date: "${isoDay(Math.min(pubDay + int(random, 1, 20) * DAY, updatedDay ?? Infinity))}"`,
        `    text: ${JSON.stringify(`An earlier version misstated when ${nounPhrase(random)} ${pick(random, VERBS)[0]} ${nounPhrase(random)}.`)}`,
      );
    }
    if (chance(random, 0.3)) front.push(`dateline: "${pick(random, PLACES)}"`);

    const body = articleBody(random, int(random, words - 40, words + 20), citeOrder(random, cited));
    files.push({
      collection: "articles",
      file: `content/articles/${slug}.mdx`,
      bytes: `---\n${front.join("\n")}\n---\n\n${body}\n`,
    });
    slugs.push(slug);
    claimed.add(slug);
  }
  return files;
}
