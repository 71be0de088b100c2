import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continuationPaths, pageItems, pagePath, pagerNumbers, pagesOf } from '../../src/lib/paging.ts';

describe('pagesOf', () => {
  it('keeps every item once, in order, and no page over the limit unless one item alone is', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (weights, max) => {
        const items = weights.map((w, i) => ({ i, w }));
        const pages = pagesOf(items, (x) => x.w, max);
        expect(pages.flat()).toEqual(items);
        expect(pages.length).toBeGreaterThan(0);
        for (const page of pages) {
          const load = page.reduce((sum, x) => sum + Math.max(1, x.w), 0);
          if (page.length > 1) expect(load).toBeLessThanOrEqual(max);
        }
        // Greedy: a page was closed only because the next item would not fit.
        for (let p = 0; p + 1 < pages.length; p++) {
          const load = pages[p]!.reduce((sum, x) => sum + Math.max(1, x.w), 0);
          expect(load + Math.max(1, pages[p + 1]![0]!.w)).toBeGreaterThan(max);
        }
      }),
    );
  });

  it('gives one empty page for an empty list', () => {
    expect(pagesOf([], () => 1, 10)).toEqual([[]]);
  });

  it('counts items by default', () => {
    expect(pagesOf([1, 2, 3, 4, 5], undefined, 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('page paths and the pager', () => {
  it('puts page 1 at the list itself and page n under page/n/', () => {
    expect(pagePath('articles/', 1)).toBe('articles/');
    expect(pagePath('indicators/gdp/', 3)).toBe('indicators/gdp/page/3/');
  });

  it('shows the first, the last and two pages either side, with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pagerNumbers(3, 40)).toEqual([1, 2, 3, 4, 5, null, 40]);
    expect(pagerNumbers(40, 40)).toEqual([1, null, 38, 39, 40]);
  });

  it('makes static paths for pages 2 onwards, with their items', () => {
    const paths = continuationPaths([[1], [2, 3], [4]], { slug: 'gdp' });
    expect(paths).toEqual([
      { params: { slug: 'gdp', n: '2' }, props: { items: [2, 3], n: 2, total: 3 } },
      { params: { slug: 'gdp', n: '3' }, props: { items: [4], n: 3, total: 3 } },
    ]);
  });

  it('reads the page size from XIBU_PAGE_ITEMS, else 100', () => {
    expect(pageItems({})).toBe(100);
    expect(pageItems({ XIBU_PAGE_ITEMS: '7' })).toBe(7);
    expect(pageItems({ XIBU_PAGE_ITEMS: 'lots' })).toBe(100);
  });
});
