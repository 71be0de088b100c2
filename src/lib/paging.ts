// Lists that grow with the corpus (articles, an indicator's data points and their sentences, a
// directive's echoes, a place's figures, the build report's files) are cut into pages of bounded
// size: at 10,000 articles one list would otherwise be megabytes of HTML. Page 1 is the list's
// own URL (the one people share); page n is `<list>/page/<n>/`.

/** Items a page holds unless XIBU_PAGE_ITEMS says otherwise (the paging test builds with a few). */
export function pageItems(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.XIBU_PAGE_ITEMS);
  return Number.isInteger(n) && n > 0 ? n : 100;
}

/**
 * Cuts items, in order, into pages of at most `max` weight (an item weighs what it shows: a data
 * point with three quoted sentences weighs 4, its row and the sentences). An item heavier than a
 * page gets a page alone; nothing is ever dropped or repeated. No items: one empty page, so a list
 * always has page 1.
 */
export function pagesOf<T>(items: readonly T[], weight: (item: T) => number = () => 1, max: number = pageItems()): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    if (page.length > 0 && load + w > max) {
      pages.push(page);
      page = [];
      load = 0;
    }
    page.push(item);
    load += w;
  }
  pages.push(page);
  return pages;
}

/** The path of page n of the list at `base` ('articles/' → 'articles/', 'articles/page/2/'). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** Page numbers a pager shows: the first, the last, and two either side of the current; null for a gap. */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** getStaticPaths entries of pages 2… of a list (page 1 is the list's own route). */
export function continuationPaths<T, P extends Record<string, string>>(pages: readonly T[][], params: P): { params: P & { n: string }; props: { items: T[]; n: number; total: number } }[] {
  return pages.slice(1).map((items, i) => ({ params: { ...params, n: String(i + 2) }, props: { items, n: i + 2, total: pages.length } }));
}
