import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { watchOutsideRequests } from './chromium.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('reading pages', () => {
  it('the home page lists every article and links to its reading page', async () => {
    const page = await site.browser.newPage();
    const outside = watchOutsideRequests(page, new URL(site.server.url).origin);
    await page.goto(site.server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const links = await page.locator('.article-list a').all();
    const built = readdirSync('dist/articles', { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(links.length).toBe(built.length);
    await links[0]!.click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('/articles/');
    expect(outside).toEqual([]);
    await page.close();
  });

  it('an article page shows the article text, joined across page breaks', async () => {
    const page = await site.browser.newPage();
    const outside = watchOutsideRequests(page, new URL(site.server.url).origin);
    await page.goto(`${site.server.url}articles/001_be8482c41ddce61b/`);
    const text = await page.locator('article').innerText();
    // A sentence the newspaper broke across a sidebar box reads whole.
    expect(text).toContain('深化东中西部科技创新合作，建好国家自主创新示范区');
    expect(await page.locator('aside.box li').count()).toBe(6);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('a goal is marked as a goal on its article and left out of its indicator', async () => {
    const figures: { article: string; figure: string; surface: string; indicator: string | null; goal: boolean }[] =
      JSON.parse(readFileSync('dist/data/figures.json', 'utf8')).figures;
    const goals = figures.filter((f) => f.goal);
    expect(goals.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const goal of goals) {
      await page.goto(`${site.server.url}articles/${goal.article}/`);
      const mark = page.locator(`mark#${goal.figure}`);
      expect(await mark.getAttribute('class')).toBe('fig goal');
      expect(await mark.locator('.fig-tip').textContent()).toMatch(/^目标 goal · /);
      // Highlighted figures have a background; a goal is only underlined.
      expect(await mark.evaluate((m) => getComputedStyle(m).borderBottomStyle)).toBe('dashed');
      if (!goal.indicator) continue;
      const series = JSON.parse(readFileSync(`dist/indicators/${goal.indicator}.json`, 'utf8'));
      const mentions = series.points.flatMap((p: { mentions: { article: string; figure: string }[] }) => p.mentions);
      expect(mentions.some((m: { article: string; figure: string }) => m.article === goal.article && m.figure === goal.figure), `${goal.surface} in ${goal.indicator}`).toBe(false);
    }
    await page.close();
  });

  it('every seed file has a reading page holding its text', async () => {
    const page = await site.browser.newPage();
    for (const name of readdirSync('seeds').filter((n) => /\.(txt|md)$/.test(n))) {
      const stem = name.replace(/\.(txt|md)$/, '');
      // The file's longest line is body text; it must appear on one of the file's pages.
      const longest = readFileSync(`seeds/${name}`, 'utf8').split('\n').sort((a, b) => b.length - a.length)[0]!.trim();
      const pages = readdirSync('dist/articles').filter((id) => id === stem || id.startsWith(`${stem}-`));
      let found = false;
      for (const id of pages) {
        await page.goto(`${site.server.url}articles/${id}/`);
        // The article's own words: without figure tooltips and directive links.
        const text = await page.locator('article').evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          for (const extra of copy.querySelectorAll('.fig-tip, .directive-link')) extra.remove();
          return copy.textContent ?? '';
        });
        if (text.replace(/\s/g, '').includes(longest.replace(/\s/g, '').slice(0, 60))) found = true;
      }
      expect(found, `${name} text on its pages`).toBe(true);
    }
    await page.close();
  });
});
