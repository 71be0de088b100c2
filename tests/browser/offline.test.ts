// The built site works anywhere: no request ever leaves it, every chart draws, and after one
// visit it reads with the network gone. At the root and under a sub-path; also from file://.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from './built-site.ts';
import type { StaticServer } from './static-server.ts';
import { bothSites, htmlPages, pageUrlPath, rootSite, serve, type Site } from './site.ts';

const sites = bothSites();
const chromium = useBrowser();

/** Blocks every request that does not go to the local server, and records it and any failure. */
async function guardedContext(server: StaticServer): Promise<{ context: BrowserContext; problems: string[] }> {
  const origin = new URL(server.url).origin;
  const context = await chromium.browser.newContext();
  const problems: string[] = [];
  // Context-wide, so that the service worker's own requests are covered too.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`blocked: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('requestfailed', (request) => {
    // ERR_ABORTED is the browser cancelling a request itself (the page was left before its
    // favicon arrived, say); a missing file shows as an HTTP error, a blocked one above.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  context.on('weberror', (error) => problems.push(`script error: ${error.error().message}`));
  return { context, problems };
}

/** In the page: for each canvas, whether it has at least one pixel that is not transparent. */
function drawnInPage(): boolean[] {
  return [...document.querySelectorAll('canvas')].map((canvas) => {
    if (canvas.width === 0 || canvas.height === 0) return false;
    // Copied onto a 2D canvas, which reads the pixels whatever context drew them.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
}

/** Waits (a few seconds at most: charts draw after load) until every canvas shows something. */
async function canvasesDrawn(page: Page): Promise<boolean[]> {
  await page.waitForFunction(`(${drawnInPage.toString()})().every(Boolean)`, null, { timeout: 5000 }).catch(() => {});
  return page.evaluate(`(${drawnInPage.toString()})()`);
}

describe.each(sites)('$name build ($base)', (site: Site) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(site);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('every page loads with all outside requests blocked: none blocked, none failed, every chart drawn', async () => {
    const { context, problems } = await guardedContext(server);
    const page = await context.newPage();
    const report: string[] = [];
    let charts = 0;
    for (const file of htmlPages(site)) {
      await page.goto(server.url + pageUrlPath(file), { waitUntil: 'load' });
      if ((await page.locator('canvas').count()) > 0) {
        const drawn = await canvasesDrawn(page);
        charts += drawn.length;
        drawn.forEach((ok, i) => ok || report.push(`${file}: canvas ${i + 1} of ${drawn.length} is blank`));
      }
      report.push(...problems.splice(0).map((p) => `${file}: ${p}`));
    }
    // The service worker's precache requests run in the background: let them finish too.
    await page.evaluate(() => navigator.serviceWorker.ready);
    report.push(...problems.map((p) => `after the last page: ${p}`));
    await context.close();
    expect(report).toEqual([]);
    console.log(`${site.name}: ${htmlPages(site).length} pages, ${charts} charts checked`);
  });

  it('after one visit the site reads offline: articles, indicators with charts, search', async () => {
    const { context, problems } = await guardedContext(server);
    const page = await context.newPage();
    await page.goto(server.url);
    // The worker precaches everything while installing; it then takes control (clientsClaim).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);
    await context.setOffline(true);
    problems.length = 0;

    const article = htmlPages(site).find((f) => f.startsWith('articles/') && f.split('/').length === 3)!;
    await page.goto(server.url + pageUrlPath(article));
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(200);
    // Links on a page read offline lead to pages that read offline too.
    await page.locator('header nav a.brand').click();
    await page.waitForLoadState('load');
    expect(await page.locator('main h1').count()).toBeGreaterThan(0);

    const chartPage = htmlPages(site).find((f) => readFileSync(join(site.dir, f), 'utf8').includes('<canvas'));
    if (chartPage) {
      await page.goto(server.url + pageUrlPath(chartPage));
      expect(await canvasesDrawn(page), `${chartPage} charts offline`).not.toContain(false);
    }

    await page.goto(`${server.url}search/?q=${encodeURIComponent('西部陆海新通道')}`);
    await page.waitForSelector('#search-results[data-done]', { state: 'attached' });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    const first = page.locator('#search-results li a').first();
    await first.click();
    await page.waitForLoadState('load');
    expect(page.url().startsWith(server.url)).toBe(true);
    expect(await page.locator('main').innerText()).toContain('西部陆海新通道');

    // Only the browser's own update check of sw.js may fail while offline.
    expect(problems.filter((p) => !p.startsWith(`failed: ${server.url}sw.js`))).toEqual([]);
    await context.close();
  });
});

describe('opened from disk (file://)', () => {
  it('the home page lists the articles, styled, and its links open readable article pages', async () => {
    const site = rootSite();
    const page = await chromium.browser.newPage();
    await page.goto(pathToFileURL(join(site.dir, 'index.html')).href);
    await page.waitForLoadState('load');
    const links = page.locator('main a[href*="articles/"]');
    expect(await links.count()).toBeGreaterThan(0);
    // The stylesheet loaded: the main column is narrowed by the site's CSS.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('main')!).maxWidth !== 'none');
    await links.first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/^file:.*\/articles\/[^/]+\/index\.html$/);
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(200);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('main')!).maxWidth !== 'none');
    await page.close();
  });
});
