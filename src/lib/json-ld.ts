/**
 * schema.org structured data for pages, as plain objects, and the one safe way to
 * put them in a page: serializeJsonLd escapes every character that could end the
 * <script> element or start markup, whatever the article text contains.
 */

export interface OrgInfo {
  name: string;
  url: string;
  logo: string;
}

export interface ArticleLd {
  url: string;
  headline: string;
  description: string;
  kind: "news" | "explainer" | "analysis" | "opinion" | "fact-check";
  image: string;
  datePublished: string;
  dateModified: string;
  authors: string[];
  section?: string | undefined;
  keywords: string[];
  lang: string;
  /** Addresses of the sources the article cites, in citation order. */
  citations: string[];
  corrections: { date: string; text: string }[];
  aboutUrl: string;
  siteUrl: string;
  siteName: string;
}

/** The schema.org type that matches each kind of work. */
export const ARTICLE_TYPES: Record<ArticleLd["kind"], string> = {
  news: "ReportageNewsArticle",
  explainer: "BackgroundNewsArticle",
  analysis: "AnalysisNewsArticle",
  opinion: "OpinionNewsArticle",
  "fact-check": "NewsArticle",
};

const organization = (org: OrgInfo) => ({
  "@type": "NewsMediaOrganization",
  name: org.name,
  url: org.url,
  logo: { "@type": "ImageObject", url: org.logo },
});

export function articleJsonLd(a: ArticleLd, org: OrgInfo): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": ARTICLE_TYPES[a.kind],
    "@id": a.url,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    image: [a.image],
    inLanguage: a.lang,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    author: a.authors.map((name) => ({ "@type": "Organization", name, url: org.url })),
    publisher: organization(org),
    ...(a.section ? { articleSection: a.section } : {}),
    keywords: a.keywords,
    // Addresses only (schema.org allows Text): titles and publishers are in the page's
    // Sources list, and on a 45-source article the names alone cost 0.5 KB gzip.
    citation: a.citations,
    ...(a.corrections.length
      ? {
          correction: a.corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.date })),
        }
      : {}),
    isPartOf: { "@type": "WebSite", name: a.siteName, url: a.siteUrl },
    publishingPrinciples: a.aboutUrl,
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function websiteJsonLd(site: { name: string; url: string; description: string; lang: string }, org: OrgInfo) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    publisher: organization(org),
  };
}

const UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** JSON for a <script type="application/ld+json"> element; no input can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
