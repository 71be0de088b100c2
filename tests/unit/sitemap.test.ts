import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../src/lib/sitemap.ts';

const urls = ['https://example.org/xibu/b/', 'https://example.org/xibu/a/', 'https://example.org/xibu/c/?x=1&y=<2>', 'https://example.org/xibu/d/', 'https://example.org/xibu/e/'];
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

describe('sitemap files', () => {
  it('are one urlset, sorted and escaped, up to the limit', () => {
    const files = sitemapFiles(urls, 'https://example.org/xibu/', 5);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml')!;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(locs(xml)).toEqual(['https://example.org/xibu/a/', 'https://example.org/xibu/b/', 'https://example.org/xibu/c/?x=1&amp;y=&lt;2>', 'https://example.org/xibu/d/', 'https://example.org/xibu/e/']);
  });

  it('become an index of parts above it, each part within the limit and every URL in one part', () => {
    const files = sitemapFiles(urls, 'https://example.org/xibu/', 2);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual(['https://example.org/xibu/sitemap-1.xml', 'https://example.org/xibu/sitemap-2.xml', 'https://example.org/xibu/sitemap-3.xml']);
    const parts = [1, 2, 3].map((n) => locs(files.get(`sitemap-${n}.xml`)!));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2);
    expect(parts.flat()).toHaveLength(urls.length);
  });
});
