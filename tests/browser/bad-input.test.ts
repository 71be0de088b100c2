// One real build of the seeds plus every kind of bad input (tests/fixtures/bad-corpus.ts), then
// the built site in Chromium: every good article is there, every bad file is built or named with
// its reason (console, build-report.json, /report/), and no article text ever runs as markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { launch } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { buildSite } from './build-corpus.ts';
import { SEEDS_FOLDER, writeBadCorpus, type BadCase } from '../fixtures/bad-corpus.ts';
import { readInputs } from '../../src/pipeline/read-folder.ts';
import { buildCorpus, type FileReport } from '../../src/pipeline/corpus.ts';

let work: string;
let outDir: string;
let cases: BadCase[];
let log = '';
let exitCode: number | null = null;
let files: FileReport[] = [];
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xibu-bad-build-'));
  outDir = join(work, 'dist');
  cases = writeBadCorpus(join(work, 'corpus'));
  // A cache of its own: the seeds' build and its search cache (reproducible.test.ts) stay as they were.
  const result = buildSite(outDir, { XIBU_SEEDS: join(work, 'corpus'), XIBU_CACHE_DIR: join(work, 'cache') });
  exitCode = result.status;
  log = result.output;
  if (exitCode === 0) files = (JSON.parse(readFileSync(join(outDir, 'build-report.json'), 'utf8')) as { files: FileReport[] }).files;
  server = await serveStatic(outDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const reportOf = (name: string): FileReport => {
  const report = files.find((f) => f.name === name);
  if (!report) throw new Error(`${name} is not in build-report.json`);
  return report;
};
const articleUrl = (id: string) => `${server.url}articles/${encodeURIComponent(id)}/`;

/** What in a loaded page shows that article text ran as markup or script. */
async function injected(page: Page): Promise<{ pwned: unknown; javascriptLinks: number; handlers: number; frames: number; scripts: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], [formaction^="javascript:" i]').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on') && a.value.includes('__pwned'))).length,
    frames: document.querySelectorAll('iframe').length,
    scripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('__pwned')).length,
  }));
}

describe('a corpus of bad inputs, built', () => {
  it('builds to the end', () => {
    expect(exitCode, log.slice(-3000)).toBe(0);
  });

  it('builds every good article', async () => {
    const seeds = readInputs([SEEDS_FOLDER]);
    const expected = buildCorpus(seeds.inputs, seeds.metadata, seeds.errors).articles.map((a) => a.id);
    const built = new Set(readdirSync(join(outDir, 'articles')));
    for (const id of expected) expect(built.has(id), id).toBe(true);
    const page = await browser.newPage();
    await page.goto(server.url);
    const listed = await page.locator('.article-list a').evaluateAll((links) => links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
    for (const id of expected) expect(listed, id).toContain(`/articles/${id}/`);
    await page.close();
  });

  it('names every file it does not build, with its reason, in the console and in build-report.json', () => {
    for (const c of cases) {
      const report = reportOf(c.name);
      expect(report.status, c.name).toBe(c.status);
      if (c.ruleId) expect(report.messages.map((m) => m.ruleId), c.name).toContain(c.ruleId);
      if (c.status === 'built') continue;
      const message = report.messages.find((m) => m.ruleId === c.ruleId)!;
      expect(log, `console names ${c.name}`).toContain(c.name);
      expect(log, `console gives the reason for ${c.name}`).toContain(message.reason.slice(0, 40));
    }
  });

  it('names them on /report/ too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}report/`);
    const sections = await page.locator('section').evaluateAll((all) =>
      all.map((s) => ({ name: s.querySelector('h2 code')?.textContent ?? '', text: (s as HTMLElement).innerText })),
    );
    for (const c of cases.filter((k) => k.status !== 'built')) {
      const section = sections.find((s) => s.name === c.name);
      expect(section, `${c.name} on /report/`).toBeDefined();
      const reason = reportOf(c.name).messages.find((m) => m.ruleId === c.ruleId)!.reason;
      expect(section!.text).toContain(reason);
      expect(section!.text).toContain(c.status);
    }
    await page.close();
  });

  it('builds a duplicate once', () => {
    const duplicate = cases.find((c) => c.status === 'duplicate')!;
    const original = reportOf(duplicate.name).messages[0]!.reason.match(/same content as (.+?):/)?.[1];
    expect(original).toBeDefined();
    const originalIds = reportOf(original!).articles;
    expect(originalIds.length).toBeGreaterThan(0);
    const pages = readdirSync(join(outDir, 'articles'));
    const titles = originalIds.map((id) => readFileSync(join(outDir, 'articles', id, 'index.html'), 'utf8').match(/<title>([^<]*)<\/title>/)?.[1]);
    // No second page carries any of the original's pages' titles.
    const others = pages.filter((p) => !originalIds.includes(p) && p !== 'index.html');
    for (const p of others) {
      const title = readFileSync(join(outDir, 'articles', p, 'index.html'), 'utf8').match(/<title>([^<]*)<\/title>/)?.[1];
      expect(titles, p).not.toContain(title);
    }
  });

  it('shows each readable bad file as written, with its figures marked', async () => {
    const page = await browser.newPage();
    for (const c of cases.filter((k) => k.status === 'built')) {
      const id = reportOf(c.name).articles[0]!;
      const response = await page.goto(articleUrl(id));
      expect(response?.status(), c.name).toBe(200);
      const text = await page.locator('article').innerText();
      if (c.shows) expect(text.replace(/\s/g, ''), c.name).toContain(c.shows.replace(/\s/g, ''));
      if (c.figure) {
        const marked = await page.locator('mark.fig').evaluateAll((marks) => marks.map((m) => m.firstChild?.textContent ?? ''));
        expect(marked, c.name).toContain(c.figure.surface);
      }
    }
    await page.close();
  });
});

describe('a markdown table in an article', () => {
  it('is a table with column headers, in a scrollable region a keyboard can reach, and no figure is marked in it', async () => {
    const page = await browser.newPage();
    await page.goto(articleUrl(reportOf('table.md').articles[0]!));
    const region = page.locator('article .table-scroll');
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    const headers = await region.locator('thead th[scope="col"]').allInnerTexts();
    expect(headers).toEqual(['地区', '地区生产总值（亿元）', '同比增长']);
    const rows = await region.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['宁夏', '1234.5', '5.6%'],
      ['青海', '987.6', '4.2%'],
    ]);
    expect(await region.locator('mark.fig').count()).toBe(0);
    await page.addScriptTag({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidaterc.json', 'utf8')) as Record<string, unknown>);
    const file = join(outDir, 'articles', reportOf('table.md').articles[0]!, 'index.html');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('article text never runs as markup', () => {
  it('the check itself sees a script that ran', async () => {
    const page = await browser.newPage();
    await page.setContent('<a href="javascript:void 0">x</a><script>window.__pwned = 1</script>');
    const seen = await injected(page);
    expect(seen.pwned).toBe(1);
    expect(seen.javascriptLinks).toBe(1);
    await page.close();
  });

  it('on every page of the site: no script from a file ran, no javascript: link, no handler, no frame', async () => {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.replace(/index\.html$/, ''))
      .sort();
    expect(pages.length).toBeGreaterThan(20);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of pages) {
      await page.goto(`${server.url}${path.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load' });
      expect(await injected(page), path).toEqual({ pwned: undefined, javascriptLinks: 0, handlers: 0, frames: 0, scripts: 0 });
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('on the hostile articles, shown as text, after hovering everything in them', async () => {
    const page = await browser.newPage();
    for (const [name, shown] of [['hostile-markup.md', '<script>window.__pwned = 1</script>'], ['javascript-links.md', '点击查看']] as const) {
      await page.goto(articleUrl(reportOf(name).articles[0]!));
      const text = await page.locator('article').innerText();
      expect(text, name).toContain(shown);
      for (const element of await page.locator('article b, article p, article a, article img').all()) {
        await element.hover({ timeout: 1000 }).catch(() => undefined);
      }
      expect((await injected(page)).pwned, name).toBeUndefined();
      expect(await page.locator('article a').count(), name).toBe(0);
    }
    await page.close();
  });

  it('in the published source text, served as plain text', async () => {
    const page = await browser.newPage();
    for (const name of ['hostile-markup', 'javascript-links']) {
      await page.goto(`${server.url}sources/${name}.txt`);
      expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
      expect((await injected(page)).pwned).toBeUndefined();
    }
    await page.close();
  });

  it('in search results', async () => {
    const page = await browser.newPage();
    for (const query of ['网页复制的稿件', '甘肃省新能源装机容量', '宁夏回族自治区']) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-results[data-done]', { timeout: 20_000 });
      expect(Number(await page.getAttribute('#search-results', 'data-count')), query).toBeGreaterThan(0);
      expect(await injected(page), query).toEqual({ pwned: undefined, javascriptLinks: 0, handlers: 0, frames: 0, scripts: 0 });
    }
    await page.close();
  });
});
