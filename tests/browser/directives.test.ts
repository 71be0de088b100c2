import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('directive pages', () => {
  it('list the seven directives of the speech with their themes, actions and echoes', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}directives/`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(7);
    const themes = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(new Set(themes).size).toBe(7);
    await page.close();
  });

  it('link each echo to its sentence, and the sentence back to the directive', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}directives/`);
    const first = (await page.locator('tbody tr a').first().getAttribute('href'))!;
    const directiveUrl = new URL(first, page.url()).href;
    await page.goto(directiveUrl);
    expect(await page.locator('#actions ~ ol li, section:has(#actions) ol li').count()).toBeGreaterThanOrEqual(3);
    const echo = page.locator('section:has(#echoes) a[href*="#s"]').first();
    const echoText = await echo.innerText();
    const target = (await echo.getAttribute('href'))!;
    await page.goto(new URL(target, page.url()).href);
    const sentence = page.locator(`span.s#${target.split('#')[1]}`);
    expect(await sentence.count()).toBe(1);
    expect((await sentence.innerText()).replace(/\s/g, '')).toContain(echoText.replace(/\s/g, '').slice(0, 10));
    const back = sentence.locator('a.directive-link');
    const backs = await back.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(backs).toContain(directiveUrl);
    await page.close();
  });
});
