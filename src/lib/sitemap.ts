// Sitemap files for the built pages. The protocol allows 50,000 URLs a file: up to that,
// sitemap.xml is the one list; above it, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml …
// so that robots.txt names sitemap.xml however large the corpus grows.

/** URLs a sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function urlset(urls: readonly string[]): string {
  const body = urls.map((u) => `  <url><loc>${escape(u)}</loc></url>`).join('\n');
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${body}\n</urlset>\n`;
}

/**
 * File name → content. `urls` are absolute page URLs; `baseUrl` is the absolute URL of the site's
 * base folder, where the files are written (the index names them by absolute URL).
 */
export function sitemapFiles(urls: readonly string[], baseUrl: string, max: number = SITEMAP_MAX_URLS): Map<string, string> {
  const sorted = [...urls].sort();
  if (sorted.length <= max) return new Map([['sitemap.xml', urlset(sorted)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i += max) {
    const name = `sitemap-${parts.length + 1}.xml`;
    files.set(name, urlset(sorted.slice(i, i + max)));
    parts.push(new URL(name, baseUrl).href);
  }
  const body = parts.map((u) => `  <sitemap><loc>${escape(u)}</loc></sitemap>`).join('\n');
  files.set('sitemap.xml', `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${body}\n</sitemapindex>\n`);
  return files;
}
