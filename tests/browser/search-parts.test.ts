// A search index split into parts (src/lib/search-parts.ts) must find what the one index finds.
// The built site is copied and its search index written again in parts of 20 pages; the same
// queries, typed into the search page of each, must give the same number of pages and, where the
// page shows them all, the same pages. The queries: a sample of the index's own words, their first
// characters (which Pagefind matches as prefixes), a word no page holds, a word only its longer
// words begin with, digits, Latin letters and a query of several words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './built-site.ts';
import { postbuildSite } from './build-corpus.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { ROOT_DIR } from './site.ts';
import { LEXICON_URL } from '../../src/lib/search-parts.ts';
import { SHOWN_RESULTS } from '../../src/lib/search-text.ts';

const PART_PAGES = 20;

let work: string;
let splitDir: string;
let log = '';
let status: number | null = null;
let whole: StaticServer;
let split: StaticServer;
const chromium = useBrowser();

/** The postbuild's scratch folders (for the cut pages when the cache is off). */
const scratchFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('xibu-search-') && !name.startsWith('xibu-search-parts-'));
let scratchBefore: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xibu-search-parts-'));
  splitDir = join(work, 'dist');
  cpSync(ROOT_DIR, splitDir, { recursive: true });
  scratchBefore = scratchFolders();
  // Cache off: the cut pages wait for their part in a scratch folder.
  const run = postbuildSite(splitDir, { XIBU_SEARCH_PART_PAGES: String(PART_PAGES), XIBU_CACHE: 'off' });
  status = run.status;
  log = run.output;
  whole = await serveStatic(ROOT_DIR);
  split = await serveStatic(splitDir);
}, 120_000);
afterAll(async () => {
  await whole?.close();
  await split?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function queries(): string[] {
  const words = JSON.parse(readFileSync(join(ROOT_DIR, 'search/words.json'), 'utf8')) as string[];
  const sample = words.filter((_, i) => i % 9 === 0);
  const firsts = [...new Set(sample.map((w) => w[0]!))].slice(0, 60);
  return [...new Set([...sample, ...firsts, '量子计算机', '西部陆海新通道班列', '成渝地区双城经济圈', '2024', '96', 'GDP', 'RCEP', '一带一路'])];
}

interface Found {
  count: number;
  urls: string[];
}

/** Types each query into the search page (one page load) and reads what it found. */
async function searchAll(page: Page, server: StaticServer, list: readonly string[]): Promise<Map<string, Found>> {
  await page.goto(`${server.url}search/`);
  const found = new Map<string, Found>();
  for (const query of list) {
    await page.fill('#search-query', query);
    await page.press('#search-query', 'Enter');
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.done === q, query, { timeout: 20_000 });
    const count = Number(await page.getAttribute('#search-results', 'data-count'));
    const urls = await page.$$eval('#search-results li .search-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    found.set(query, { count, urls });
  }
  return found;
}

describe('the search index in parts', () => {
  it('is written in parts, each with its lexicon page', () => {
    expect(status, log).toBe(0);
    const parts = JSON.parse(readFileSync(join(splitDir, 'search/parts.json'), 'utf8')) as string[];
    expect(log).toMatch(new RegExp(`in ${parts.length + 1} index parts`));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    // Every part has the lexicon page's filter, the only filter of the site.
    for (const part of ['pagefind/', ...parts]) {
      expect(existsSync(join(splitDir, part, 'pagefind-entry.json')), part).toBe(true);
      expect(readdirSync(join(splitDir, part, 'filter')), part).toHaveLength(1);
    }
    // The whole site's index is one part, without a lexicon page.
    expect(JSON.parse(readFileSync(join(ROOT_DIR, 'search/parts.json'), 'utf8'))).toEqual([]);
    expect(existsSync(join(ROOT_DIR, 'pagefind/filter'))).toBe(false);
    expect(scratchFolders()).toEqual(scratchBefore);
  });

  it('is written when the cache cannot keep the cut pages (they are cut again for their part)', () => {
    const dir = join(work, 'no-cache');
    cpSync(ROOT_DIR, dir, { recursive: true });
    // A file where the cache folder should be: every write to the cache fails.
    const notAFolder = join(work, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const run = postbuildSite(dir, { XIBU_SEARCH_PART_PAGES: String(PART_PAGES), XIBU_CACHE_DIR: notAFolder });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/search (\d+) pages \(0 cut in an earlier build, \1 cut now\) in \d+ index parts/);
    for (const part of JSON.parse(readFileSync(join(dir, 'search/parts.json'), 'utf8')) as string[]) {
      expect(readdirSync(join(dir, part, 'fragment')).length, part).toBeGreaterThan(0);
    }
  });

  it('finds the same pages as the whole index, and never the lexicon page', async () => {
    const list = queries();
    const page = await chromium.browser.newPage();
    const fromWhole = await searchAll(page, whole, list);
    const fromSplit = await searchAll(page, split, list);
    await page.close();
    let compared = 0;
    for (const query of list) {
      const a = fromWhole.get(query)!;
      const b = fromSplit.get(query)!;
      expect(b.count, query).toBe(a.count);
      expect(b.urls.some((u) => u.endsWith(LEXICON_URL)), query).toBe(false);
      // Beyond what the page shows, only the count is compared.
      if (a.count <= SHOWN_RESULTS) {
        expect([...b.urls].sort(), query).toEqual([...a.urls].sort());
        if (a.count > 0) compared++;
      }
    }
    // Most queries find pages, so the comparison is not one of empty lists.
    expect(compared).toBeGreaterThan(list.length / 2);
    expect(fromWhole.get('量子计算机')!.count).toBe(0);
    console.log(`search parts: ${list.length} queries, ${compared} with every page found compared`);
  }, 300_000);
});
