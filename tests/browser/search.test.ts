// Chinese search on the built site, at the root and under a sub-path. What each query should
// find is worked out here from the built pages' own text, not from the index: the pages whose
// main text contains the query, and among them the ones where it matters most.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './built-site.ts';
import type { StaticServer } from './static-server.ts';
import { bothSites, htmlPages, pageUrlPath, serve, type Site } from './site.ts';

/** Whole domain terms, and parts of longer terms (西部陆海新通道, 中欧班列, 成渝地区双城经济圈). */
const WHOLE_TERMS = ['西部陆海新通道', '标箱', '进出口', '成渝'];
const PARTIAL_TERMS = ['陆海新通道', '班列', '双城'];

interface PageText {
  url: string;
  title: string;
  text: string;
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The searchable pages (see scripts/postbuild.ts: not the home page, the article list, report, 404 or noindex). */
function searchablePages(site: Site): PageText[] {
  return htmlPages(site)
    .filter((file) => !['index.html', 'articles/index.html', '404.html', 'report/index.html'].includes(file))
    .map((file) => ({ file, html: readFileSync(join(site.dir, file), 'utf8') }))
    .filter(({ html }) => !/<meta name="robots" content="[^"]*noindex/.test(html))
    .map(({ file, html }) => {
      // Pagefind leaves out navigation, forms, labels, scripts…; the indexer leaves out tooltips.
      const main = (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
        .replace(/<(script|style|nav|form|label|noscript|svg|footer|template|iframe)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<span class="fig-tip"[^>]*>[^<]*<\/span>/g, '')
        // Lists of sentences quoted from articles (no list nests inside them).
        .replace(/<(ol|ul)\b[^>]*\sdata-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, '');
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? '';
      return { url: site.base + pageUrlPath(file), title: decode(h1.replace(/<[^>]+>/g, '')), text: decode(main.replace(/<[^>]+>/g, '')) };
    });
}

function occurrences(text: string, term: string): number {
  return text.split(term).length - 1;
}

/** Pages the term should bring first: those titled with it, else the two where it is densest. */
function rightFirstPages(pages: PageText[], term: string): string[] {
  const titled = pages.filter((p) => p.title.includes(term)).map((p) => p.url);
  if (titled.length > 0) return titled;
  return pages
    .filter((p) => occurrences(p.text, term) > 0)
    .sort((a, b) => occurrences(b.text, term) / b.text.length - occurrences(a.text, term) / a.text.length)
    .slice(0, 2)
    .map((p) => p.url);
}

async function search(page: Page, server: StaticServer, query: string): Promise<{ urls: string[]; count: number; excerpt: string }> {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector(`#search-results[data-done="${query}"]`, { state: 'attached' });
  const urls = await page.$$eval('#search-results li .search-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  const count = Number(await page.getAttribute('#search-results', 'data-count'));
  const excerpts = await page.$$eval('#search-results li .search-excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
  const excerpt = excerpts[0] ?? '';
  return { urls, count, excerpt };
}

const sites = bothSites();
const chromium = useBrowser();

describe.each(sites)('search on the $name build ($base)', (site: Site) => {
  let server: StaticServer;
  let page: Page;
  let pages: PageText[];
  beforeAll(async () => {
    server = await serve(site);
    page = await chromium.browser.newPage();
    pages = searchablePages(site);
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it.each([...WHOLE_TERMS, ...PARTIAL_TERMS])('%s finds exactly the pages that say it, the right one first', async (term) => {
    const expected = pages.filter((p) => p.text.includes(term)).map((p) => p.url);
    expect(expected.length, `pages saying ${term}`).toBeGreaterThan(0);
    const { urls, count, excerpt } = await search(page, server, term);
    // Every page found says the term, and every page that says it is found.
    expect(count).toBe(urls.length);
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(rightFirstPages(pages, term)).toContain(urls[0]);
    // The excerpt reads as the page does: no word separators, the term highlighted in it.
    expect(excerpt).toContain(term);
    expect(excerpt).not.toMatch(/[\u00AD\u2060]/);
    // Word separators left in would put a space every two or three characters; lines of text
    // ending put one only now and then.
    const spaced = excerpt.match(/\p{Script=Han}\s+(?=\p{Script=Han})/gu)?.length ?? 0;
    expect(spaced * 8, excerpt).toBeLessThan(excerpt.match(/\p{Script=Han}/gu)?.length ?? 0);
    console.log(`${site.name}: ${term} -> ${urls.length} pages, first ${urls[0]}`);
  });

  it('a query of several words is cut into the index words and finds pages holding them all', async () => {
    const { urls } = await search(page, server, '西部陆海新通道班列');
    const expected = pages.filter((p) => p.text.includes('西部陆海新通道') && p.text.includes('班列')).map((p) => p.url);
    expect(await page.textContent('#search-status')).toContain('西部陆海新通道 / 班列');
    expect([...urls].sort()).toEqual([...expected].sort());
  });

  it('results link to pages under the base that open, with the search highlighted', async () => {
    const { urls } = await search(page, server, '标箱');
    expect(urls.every((u) => u.startsWith(site.base))).toBe(true);
    await page.locator('#search-results li .search-title a').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(urls[0]);
    expect(await page.locator('main').innerText()).toContain('标箱');
  });

  it('the navigation search form leads to the search page with the query', async () => {
    await page.goto(server.url);
    await page.locator('header form[role="search"] input[name="q"]').fill('成渝');
    await page.locator('header form[role="search"] input[name="q"]').press('Enter');
    await page.waitForSelector('#search-results[data-done="成渝"]', { state: 'attached' });
    expect(new URL(page.url()).pathname).toBe(`${site.base}search/`);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
  });

  it('a query nothing matches says so', async () => {
    const { count } = await search(page, server, '量子计算机');
    expect(count).toBe(0);
    expect(await page.textContent('#search-status')).toContain('没有找到');
  });
});
