// A packed document must come back as the very document readDocument gave: same values, same key
// order (pages serialise it), through v8 as the cache stores it; one it cannot pack stays as it is.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readDocument, type DocumentResult } from '../../src/pipeline/document.ts';
import { packDocument, unpackDocument, type PackedArticle } from '../../src/pipeline/document-pack.ts';

const FOLDERS = [join(import.meta.dirname, '../../seeds'), join(import.meta.dirname, '../fixtures/articles')];
const documents = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => ({ name, doc: readDocument({ stem: name.replace(/\.\w+$/, ''), text: readFileSync(join(folder, name), 'utf8') }) })),
);

const throughCache = (doc: DocumentResult): DocumentResult => unpackDocument(deserialize(serialize(packDocument(doc))));
const isPacked = (article: object): boolean => !Array.isArray((article as PackedArticle).blocks);

function expectSame(actual: DocumentResult, expected: DocumentResult): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe('packDocument', () => {
  it('packs every article of the seeds and fixtures, and unpacks each to what readDocument gave', () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const { name, doc } of documents) {
      const packed = packDocument(doc);
      expect(packed.articles.every(isPacked), name).toBe(true);
      expectSame(throughCache(doc), doc);
    }
  });

  it('keeps the fields a few blocks have (heading depth, list number, table alignment) in their place', () => {
    const doc = readDocument({ stem: 'md', text: '# 标题\n\n- 第一条\n  - 下一层\n- 第二条\n\n| 地区 | 增长 |\n| :-- | --: |\n| 重庆 | 5% |\n\n正文一句。' });
    const blocks = doc.articles.flatMap((a) => a.blocks);
    expect(blocks.some((b) => b.depth !== undefined)).toBe(true);
    expect(blocks.some((b) => b.list !== undefined)).toBe(true);
    expect(blocks.some((b) => b.align !== undefined)).toBe(true);
    expect(packDocument(doc).articles.every(isPacked)).toBe(true);
    expectSame(throughCache(doc), doc);
  });

  it('keeps an article as it is where a sentence is not its block’s slice or a block has a field it does not know', () => {
    const { doc } = documents[0]!;
    const article = doc.articles[0]!;
    const retold: DocumentResult = { ...doc, articles: [{ ...article, sentences: article.sentences.map((s, i) => (i === 0 ? { ...s, text: `${s.text}。` } : s)) }] };
    const extended: DocumentResult = { ...doc, articles: [{ ...article, blocks: article.blocks.map((b, i) => (i === 0 ? { ...b, note: 'x' } : b)) }] };
    for (const odd of [retold, extended]) {
      expect(packDocument(odd).articles.some(isPacked)).toBe(false);
      expectSame(throughCache(odd), odd);
    }
  });
});
