/** Whether an article appears in a build: drafts and future articles only in preview. */
export function isVisible(
  article: { draft: boolean; pubDate: Date },
  { preview, now }: { preview: boolean; now: Date },
): boolean {
  return preview || (!article.draft && article.pubDate.getTime() <= now.getTime());
}

/** Shown with a "Draft - not published" mark in preview. */
export function isUnpublished(article: { draft: boolean; pubDate: Date }, now: Date): boolean {
  return article.draft || article.pubDate.getTime() > now.getTime();
}
