import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gunzipSync } from 'node:zlib';
import { addIndexedWords, lexiconPage, LEXICON_FILTER, partFolder, partPagesFromEnv, splitEvenly, DEFAULT_PART_PAGES } from '../../src/lib/search-parts.ts';

describe('splitEvenly', () => {
  it('keeps every item once, in order, in the fewest parts of at most the size, sizes within one of each other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const parts = splitEvenly(items, size);
        expect(parts.flat()).toEqual(items);
        expect(parts).toHaveLength(Math.max(1, Math.ceil(items.length / size)));
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(size);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives 2,001 pages of 2,000 a part as two parts of about 1,000', () => {
    expect(splitEvenly(Array.from({ length: 2001 }, (_, i) => i), 2000).map((p) => p.length)).toEqual([1000, 1001]);
  });
});

describe('parts', () => {
  it('the first part is Pagefind’s own folder, the others numbered from 2', () => {
    expect([0, 1, 2].map(partFolder)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
  });

  it('take their size from XIBU_SEARCH_PART_PAGES when it is a positive whole number', () => {
    expect(partPagesFromEnv({ XIBU_SEARCH_PART_PAGES: '20' })).toBe(20);
    for (const bad of ['', '0', '-3', '2.5', 'many']) expect(partPagesFromEnv({ XIBU_SEARCH_PART_PAGES: bad })).toBe(DEFAULT_PART_PAGES);
    expect(partPagesFromEnv({})).toBe(DEFAULT_PART_PAGES);
  });
});

describe('addIndexedWords', () => {
  const page = (body: string) =>
    `<html><head><title>不算 title</title></head><body><header>导航 nav</header>` +
    `<main data-pagefind-body><meta data-pagefind-meta="shown_title[content]" content="元数据">${body}</main><footer>页脚</footer></body></html>`;

  it('takes the words of the searched body only, as separated, character references as written', () => {
    const words = new Set<string>();
    addIndexedWords(page(' <h1> 西部 陆海 </h1><p> 96 万 标箱 &amp; <a href="/x/"> GDP </a></p>'), words);
    expect([...words].sort()).toEqual(['96', '&amp;', 'GDP', '万', '标箱', '西部', '陆海'].sort());
  });

  it('leaves out what Pagefind does not index (scripts, styles, noscript, SVG) and keeps what it does (textarea, math)', () => {
    const words = new Set<string>();
    addIndexedWords(
      page(' 正文 <script>const 脚本 = 1;</script><style>.a{}</style><noscript> 无脚本 </noscript><svg><text>图</text></svg><textarea> 文本框 </textarea><math><mi> 公式 </mi></math> 结尾 '),
      words,
    );
    expect([...words].sort()).toEqual(['正文', '文本框', '公式', '结尾'].sort());
  });

  it('takes from a page exactly the words Pagefind itself indexes from it, whatever its elements', async () => {
    const tags = ['nav', 'form', 'footer', 'header', 'aside', 'label', 'iframe', 'button', 'select', 'textarea', 'figure', 'details', 'table', 'search', 'object', 'noscript', 'template', 'svg', 'script', 'style'];
    const html = `<html><head><title>t</title></head><body><main data-pagefind-body><p>wplainx</p>${tags.map((t) => `<${t}> w${t}x </${t}>`).join('')}</main></body></html>`;
    const ours = new Set<string>();
    addIndexedWords(html, ours);
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({});
    await index!.addHTMLFile({ url: '/a/', content: html });
    const { files } = await index!.getFiles();
    await pagefind.close();
    const fragment = files!.find((f) => f.path.includes('fragment'))!;
    const text = gunzipSync(Buffer.from(fragment.content)).toString('utf8');
    const content = (JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content;
    const theirs = new Set(content.split(/\s+/).map((w) => w.replace(/[.,]$/u, '')).filter(Boolean));
    expect([...ours].sort()).toEqual([...theirs].sort());
  });

  it('finds nothing in a page without a searched body', () => {
    const words = new Set<string>();
    addIndexedWords('<html><body><main><p>西部</p></main></body></html>', words);
    expect(words.size).toBe(0);
  });
});

describe('lexiconPage', () => {
  it('holds every word, space-separated, in a body marked by the lexicon filter', () => {
    const html = lexiconPage(['西部', '&amp;', 'GDP']);
    expect(html).toContain(`data-pagefind-filter="${LEXICON_FILTER}:1"`);
    const words = new Set<string>();
    addIndexedWords(html, words);
    expect([...words]).toEqual(['西部', '&amp;', 'GDP']);
  });
});
