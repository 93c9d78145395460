/**
 * V8's old-space cap for `npm run build`, in MB, sized to the site. Left alone, V8 lets
 * garbage pile up far past the live heap (a 3,000-article build reached 2.6 GB); capped,
 * it collects early. But the live heap grows with the site, about 150 MB per 1,000
 * articles (1.5 GB at 10,000, measured with npm run bench), so a fixed cap that keeps a
 * 3,000-article build small ran a 10,000-article one out of memory.
 */
export const MIN_HEAP_MB = 1024;
/** MB of cap per article: the live heap's growth with some room, so collection is not constant. */
export const HEAP_MB_PER_ARTICLE = 0.21;

export function heapLimitMb(articles: number): number {
  return Math.max(MIN_HEAP_MB, Math.ceil((articles * HEAP_MB_PER_ARTICLE) / 64) * 64);
}
