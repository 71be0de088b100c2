import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { watchOutsideRequests } from './chromium.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

/** Share of canvas pixels that are not transparent: 0 for a blank canvas. */
async function inkOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
    return ink / (data.length / 4);
  });
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n') (row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = ''));
    else cell += c;
  }
  return rows;
}

describe('indicator pages', () => {
  it('draw the chart, show the table, the summary, the mentions and a copy-link button', async () => {
    const page = await site.browser.newPage();
    const outside = watchOutsideRequests(page, new URL(site.server.url).origin);
    await page.goto(`${site.server.url}indicators/gdp/`);
    await page.waitForFunction(() => document.querySelector('[data-indicator-chart]')?.classList.contains('chart-live'));
    expect(await inkOf(page)).toBeGreaterThan(0.001);
    expect(await page.locator('.data-table').first().locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('#chart-summary').innerText()).toMatch(/20\.5万亿元.*26\.9万亿元.*4\.9%/);
    const mentions = page.locator('.mentions li a[href*="#f"]');
    expect(await mentions.count()).toBeGreaterThan(1);
    // A mention link leads to the figure, highlighted in its sentence on the reading page.
    const link = (await mentions.first().getAttribute('href'))!;
    const surface = await mentions.first().innerText();
    await page.goto(new URL(link, page.url()).href);
    const id = link.split('#')[1]!;
    const mark = page.locator(`mark#${id}`);
    expect(await mark.count()).toBe(1);
    expect(await mark.evaluate((m) => m.firstChild?.textContent)).toBe(surface);
    await page.goBack();
    await expect.poll(() => page.locator('button[data-copy-link]').isVisible()).toBe(true);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('render their first frame before chart.js is fetched, and draw the chart without animation', async () => {
    const page = await site.browser.newPage();
    // The time of the page's first frame: its requestAnimationFrame callbacks run just before it
    // is rendered, and this one is asked for before any of the page's own.
    await page.addInitScript(() => requestAnimationFrame(() => ((window as unknown as { firstFrame: number }).firstFrame = performance.now())));
    await page.goto(`${site.server.url}indicators/gdp/`);
    await page.waitForFunction(() => document.querySelector('[data-indicator-chart]')?.classList.contains('chart-live'));
    // Scripts fetched before the first frame are small; chart.js (over 100 KB) comes after it.
    const scripts = await page.evaluate(() => {
      const firstFrame = (window as unknown as { firstFrame: number }).firstFrame;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => ({ bytes: r.decodedBodySize, beforeFrame: r.startTime < firstFrame }));
    });
    expect(scripts.some((s) => !s.beforeFrame && s.bytes > 100_000)).toBe(true);
    expect(scripts.filter((s) => s.beforeFrame && s.bytes > 10_000)).toEqual([]);
    // Drawn at once: the canvas holds its final picture on the first frame after the chart is made.
    const first = await inkOf(page);
    await page.waitForTimeout(300);
    expect(first).toBeGreaterThan(0.001);
    expect(await inkOf(page)).toBe(first);
    await page.close();
  });

  it('keep the reader’s choice in the URL and show it when the link is opened', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}indicators/gdp/`);
    await page.waitForFunction(() => document.querySelector('[data-indicator-chart]')?.classList.contains('chart-live'));
    await page.selectOption('select[name="chart"]', 'bar');
    expect(page.url()).toContain('chart=bar');
    const shared = page.url();
    const other = await site.browser.newPage();
    await other.goto(shared);
    await other.waitForFunction(() => document.querySelector('[data-indicator-chart]')?.classList.contains('chart-live'));
    expect(await other.locator('select[name="chart"]').inputValue()).toBe('bar');
    await other.close();
    await page.close();
  });

  it('publish a valid PNG share image and declare it in Open Graph tags', async () => {
    const png = readFileSync('dist/og/gdp.png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    const html = readFileSync('dist/indicators/gdp/index.html', 'utf8');
    expect(html).toMatch(/<meta property="og:image" content="[^"]+\/og\/gdp\.png"/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  });

  it('offer CSV and JSON downloads that parse and match the page', async () => {
    const csv = readFileSync('dist/indicators/gdp.csv', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    const json = JSON.parse(readFileSync('dist/indicators/gdp.json', 'utf8')) as { points: { value: number; period: string }[] };
    expect(rows.length - 1).toBe(json.points.length);
    const values = rows.slice(1).map((r) => Number(r[header.indexOf('value')]));
    expect(values.sort()).toEqual(json.points.map((p) => p.value).sort());
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}indicators/gdp/`);
    const tableRows = await page.locator('#all-data ~ table tbody tr, section:has(#all-data) table tbody tr').count();
    expect(tableRows).toBe(json.points.length);
    await page.close();
    const all = JSON.parse(readFileSync('dist/data/figures.json', 'utf8')) as { figures: { surface: string }[] };
    const allCsv = parseCsv(readFileSync('dist/data/figures.csv', 'utf8').slice(1));
    expect(allCsv.length - 1).toBe(all.figures.length);
    expect(all.figures.length).toBeGreaterThan(50);
  });

  it('chart a decline as a negative change and write it as a fall', async () => {
    type Row = { article: string; figure: string; surface: string; value: number; indicator: string | null; goal: boolean; direction: string | null };
    const declines = (JSON.parse(readFileSync('dist/data/figures.json', 'utf8')).figures as Row[]).filter((f) => f.direction === 'down' && f.indicator && !f.goal);
    expect(declines.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const f of declines) {
      const series = JSON.parse(readFileSync(`dist/indicators/${f.indicator}.json`, 'utf8'));
      const point = series.points.find((p: { mentions: { article: string; figure: string }[] }) => p.mentions.some((m) => m.article === f.article && m.figure === f.figure));
      expect(point?.value, `${f.surface} in ${f.indicator}`).toBe(-f.value);
      await page.goto(`${site.server.url}indicators/${f.indicator}/`);
      if (series.points.length === 1) {
        expect(await page.locator('#chart-summary').innerText()).toMatch(/[（，]变化）/);
        expect(await page.locator('.data-table').first().locator('tbody').innerText()).toContain(`下降${f.surface}`);
      }
    }
    await page.close();
  });

  it('exist for every indicator the home page and the index link to', () => {
    const slugs = readdirSync('dist/indicators').filter((n) => !n.includes('.'));
    expect(slugs).toEqual(expect.arrayContaining(['gdp', 'trade', 'freight_teu', 'china_europe_trains']));
    const home = readFileSync('dist/index.html', 'utf8');
    for (const slug of ['gdp', 'trade', 'freight_teu', 'china_europe_trains']) expect(home).toContain(`/indicators/${slug}/`);
  });
});
