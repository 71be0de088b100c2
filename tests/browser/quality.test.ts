// Web quality of the built site, at the root and under a sub-path: valid HTML, no serious
// accessibility violation on any page type, no broken internal link or anchor, a sitemap and
// robots.txt, a 404 page, and an installable web app manifest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from './built-site.ts';
import type { StaticServer } from './static-server.ts';
import { bothSites, htmlPages, onePagePerType, pageUrlPath, serve, type Site } from './site.ts';

// The origin the build writes into absolute URLs (canonical, sitemap): astro.config.mjs' default.
const SITE_ORIGIN = process.env.XIBU_SITE || 'http://localhost:4321';
const AXE = join(process.cwd(), 'node_modules/axe-core/axe.min.js');

const sites = bothSites();
const chromium = useBrowser();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(sites)('$name build ($base)', (site: Site) => {
  let server: StaticServer;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serve(site);
    // No service worker here: these checks are about the files as the host serves them.
    context = await chromium.browser.newContext({ serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('every built HTML file is valid (html-validate, .htmlvalidaterc.json)', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidaterc.json', 'utf8')) as Record<string, unknown>);
    const errors: string[] = [];
    for (const file of htmlPages(site)) {
      const report = await validator.validateString(readFileSync(join(site.dir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('no serious or critical axe-core violation on any page type, light and dark', async () => {
    const page = await context.newPage();
    const found: string[] = [];
    const targets = onePagePerType(site).map((file) => pageUrlPath(file));
    // The search page is checked with results showing.
    const withResults = targets.map((p) => (p === 'search/' ? `search/?q=${encodeURIComponent('西部陆海新通道')}` : p));
    for (const scheme of site.name === 'root' ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const target of withResults) {
        await page.goto(server.url + target);
        if (target.startsWith('search/')) await page.waitForSelector('#search-results[data-done]', { state: 'attached' });
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        });
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          found.push(`${target} (${scheme}): ${v.impact} ${v.id} — ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
        }
      }
    }
    await page.close();
    console.log(`${site.name}: axe on ${targets.length} page types: ${targets.map((t) => t || '/').join(', ')}`);
    expect(found).toEqual([]);
  });

  it('every internal link, resource and #anchor on every page resolves', async () => {
    const page = await context.newPage();
    const ids = new Map<string, Set<string>>();
    const links: { from: string; url: string }[] = [];
    const siteUrl = new URL(site.base, SITE_ORIGIN).href;
    for (const file of htmlPages(site)) {
      await page.goto(server.url + pageUrlPath(file));
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
        urls: [
          ...[...document.querySelectorAll('a[href], link[href], area[href]')].map((el) => (el as HTMLAnchorElement).href),
          ...[...document.querySelectorAll('[src]')].map((el) => (el as HTMLImageElement).src),
          ...[...document.querySelectorAll('form[action]')].map((el) => (el as HTMLFormElement).action),
          ...[...document.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')].map((el) => el.getAttribute('content') ?? ''),
        ],
      }));
      ids.set(file, new Set(found.ids));
      for (const url of found.urls) links.push({ from: file, url });
    }
    await page.close();

    const broken: string[] = [];
    const checked = new Set<string>();
    for (const { from, url } of links) {
      // Absolute share URLs (canonical, og:url) name the configured site: check them as local.
      const local = url.startsWith(siteUrl) ? server.url + url.slice(siteUrl.length) : url;
      if (!local.startsWith(new URL(server.url).origin)) continue;
      const key = `${from} ${local}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const target = new URL(local);
      if (!target.pathname.startsWith(site.base)) {
        broken.push(`${from}: ${url} is outside the base ${site.base}`);
        continue;
      }
      let file = decodeURIComponent(target.pathname.slice(site.base.length));
      if (file === '' || file.endsWith('/')) file += 'index.html';
      else if (existsSync(join(site.dir, file)) && statSync(join(site.dir, file)).isDirectory()) file += '/index.html';
      if (!existsSync(join(site.dir, file))) {
        broken.push(`${from}: ${url} (no ${file})`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !ids.get(file)?.has(anchor)) broken.push(`${from}: ${url} (no #${anchor} in ${file})`);
    }
    console.log(`${site.name}: ${checked.size} internal links checked on ${ids.size} pages`);
    expect(broken).toEqual([]);
  });

  it('sitemap.xml lists every indexable page by absolute URL under site + base; robots.txt names it', async () => {
    const response = await fetch(`${server.url}sitemap.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const siteUrl = new URL(site.base, SITE_ORIGIN).href;
    const indexable = htmlPages(site)
      .filter((f) => f !== '404.html' && !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(site.dir, f), 'utf8')))
      .map((f) => siteUrl + pageUrlPath(f));
    expect([...locs].sort()).toEqual([...indexable].sort());
    expect(locs).toContain(siteUrl);
    expect(locs.some((l) => l.includes('/search/') || l.endsWith('404.html'))).toBe(false);

    const robots = await fetch(`${server.url}robots.txt`);
    expect(robots.status).toBe(200);
    const text = await robots.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\s*$/m);
    expect(text).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
  });

  it('an unknown path gets the 404 page, with status 404, styled, its links working', async () => {
    const response = await fetch(`${server.url}no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面不存在');
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && !r.url().includes('/no/such/') && failed.push(r.url()));
    await page.goto(`${server.url}no/such/page/`);
    expect(await page.locator('h1').innerText()).toContain('页面不存在');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
    await page.locator('main a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(server.url);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('the web app manifest is linked, resolves under the base and names icons that exist', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const manifestUrl = await page.evaluate(() => (document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null)?.href ?? '');
    await page.close();
    expect(manifestUrl).toBe(`${server.url}manifest.webmanifest`);
    const manifest = (await (await fetch(manifestUrl)).json()) as { start_url: string; scope: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) {
      const r = await fetch(new URL(icon.src, manifestUrl));
      expect(r.status, icon.src).toBe(200);
      if (icon.type === 'image/png') {
        const png = Buffer.from(await r.arrayBuffer());
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      }
    }
    expect(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
  });
});
