// Lists that grow with the corpus are paged. The seeds built with pages of 3 items: every list's
// pages together hold every item exactly once, page 1 stays at the list's own URL, and the pager
// leads from page to page in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { buildSite } from './build-corpus.ts';
import { ROOT_DIR } from './site.ts';

const PAGE_ITEMS = 3;
let work: string;
let outDir: string;
let log = '';
let status: number | null = null;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xibu-paging-'));
  outDir = join(work, 'dist');
  const run = buildSite(outDir, { XIBU_PAGE_ITEMS: String(PAGE_ITEMS) });
  status = run.status;
  log = run.output;
  server = await serveStatic(outDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const html = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

/** A list's pages in order: page 1 at `base`, then base/page/2/… while they exist. */
function pagesOf(dir: string, base: string): string[] {
  const pages = [html(dir, base)];
  for (let n = 2; existsSync(join(dir, base, 'page', String(n), 'index.html')); n++) pages.push(html(dir, `${base}page/${n}/`));
  return pages;
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
/** The part of a page inside its <main>. */
const main = (page: string) => /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? page;

describe('lists cut into pages', () => {
  it('builds', () => {
    expect(status, log).toBe(0);
  });

  it('lists every article once across the pages of /articles/, no page holding more than the page size', () => {
    const pages = pagesOf(outDir, 'articles/');
    const listed = pages.map((p) => all(main(p), /<li>\s*<a href="\/articles\/([^/"]+)\/"/g));
    const expected = all(main(html(ROOT_DIR, 'articles/')), /<li>\s*<a href="\/articles\/([^/"]+)\/"/g);
    expect(expected.length).toBeGreaterThan(PAGE_ITEMS);
    expect(pages.length).toBe(Math.ceil(expected.length / PAGE_ITEMS));
    for (const ids of listed) expect(ids.length).toBeLessThanOrEqual(PAGE_ITEMS);
    expect(listed.flat()).toEqual(expected);
  });

  it('quotes every figure of an indicator once across its pages, in the order of the unpaged page', () => {
    for (const slug of readdirSync(join(ROOT_DIR, 'indicators'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      const figureLinks = (page: string) => all(/<ol class="mentions"[\s\S]*?<\/ol>/.exec(page)?.[0] ?? '', /<a href="(\/articles\/[^"]+#f\d+)"/g);
      const expected = figureLinks(html(ROOT_DIR, `indicators/${slug}/`));
      const pages = pagesOf(outDir, `indicators/${slug}/`);
      expect(pages.map(figureLinks).flat(), slug).toEqual(expected);
      if (expected.length > PAGE_ITEMS) expect(pages.length, slug).toBeGreaterThan(1);
      // The chart and its table stay on page 1 only.
      for (const page of pages.slice(1)) expect(page).not.toContain('data-indicator-chart');
    }
  });

  it('shows every echo of a directive once across its pages', () => {
    for (const id of readdirSync(join(ROOT_DIR, 'directives'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name)) {
      const echoLinks = (page: string) => all(/<section aria-labelledby="echoes">[\s\S]*<\/section>/.exec(page)?.[0] ?? '', /<li><a href="(\/articles\/[^"]+#s\d+)"/g);
      const expected = echoLinks(html(ROOT_DIR, `directives/${id}/`));
      expect(pagesOf(outDir, `directives/${id}/`).map(echoLinks).flat(), id).toEqual(expected);
    }
  });

  it('links every figure of a place once across its pages', () => {
    let paged = 0;
    for (const slug of readdirSync(join(ROOT_DIR, 'regions'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      const figureLinks = (page: string) => all(/<tbody>[\s\S]*<\/tbody>/.exec(page)?.[0] ?? '', /<a href="(\/articles\/[^"]+#f\d+)"/g);
      const expected = figureLinks(html(ROOT_DIR, `regions/${slug}/`));
      const pages = pagesOf(outDir, `regions/${slug}/`);
      expect(pages.map(figureLinks).flat(), slug).toEqual(expected);
      if (pages.length > 1) paged++;
    }
    expect(paged).toBeGreaterThan(0);
  });

  it('reports every input file once across the pages of /report/', () => {
    const names = (page: string) => all(page, /<h2 id="file-\d+"><code>([^<]+)<\/code>/g);
    const expected = names(html(ROOT_DIR, 'report/'));
    expect(pagesOf(outDir, 'report/').map(names).flat()).toEqual(expected);
  });

  it('writes valid HTML on every paged list, and pagers axe-core finds nothing serious in, each with a name of its own', async () => {
    const paged = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /(^|\/)page\/\d+\/index\.html$/.test(f));
    expect(paged.length).toBeGreaterThan(5);
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidaterc.json', 'utf8')) as Record<string, unknown>);
    const errors: string[] = [];
    for (const file of paged) {
      const report = await validator.validateString(readFileSync(join(outDir, file), 'utf8'), file);
      for (const result of report.results) for (const m of result.messages) if (m.severity === 2) errors.push(`${file}:${m.line} [${m.ruleId}] ${m.message}`);
    }
    expect(errors).toEqual([]);
    // One page 2 of each kind of list, and a page 1 with pagers above and below.
    const kinds = new Map(paged.map((f) => [f.split('/')[0], f]));
    const targets = [...kinds.values(), 'report/index.html'].map((f) => f.replace(/index\.html$/, ''));
    const page = await browser.newPage();
    const found: string[] = [];
    try {
      for (const target of targets) {
        await page.goto(server.url + target);
        await page.addScriptTag({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        });
        for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique') found.push(`${target}: ${v.impact} ${v.id}`);
      }
    } finally {
      await page.close();
    }
    expect(targets.length).toBeGreaterThan(3);
    expect(found).toEqual([]);
  });

  it('leads from page to page with the pager, marking the current page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}articles/`);
      const pager = page.getByRole('navigation', { name: /文章分页/ }).first();
      await expect(pager.locator('[aria-current="page"]').innerText()).resolves.toBe('1');
      await pager.locator('a[rel="next"]').click();
      await page.waitForURL(/\/articles\/page\/2\/$/);
      await expect(page.getByRole('navigation', { name: /文章分页/ }).first().locator('[aria-current="page"]').innerText()).resolves.toBe('2');
      await page.getByRole('navigation', { name: /文章分页/ }).first().locator('a[rel="prev"]').click();
      await page.waitForURL(/\/articles\/$/);
    } finally {
      await page.close();
    }
  });
});
