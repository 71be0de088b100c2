import { describe, expect, it } from 'vitest';
import { decode, ingest, normaliseLineEnds, stemOf } from '../../src/pipeline/ingest.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ingest', () => {
  it('decodes UTF-8 with and without BOM to the same text', () => {
    const plain = ingest('a.txt', utf8('西部地区'));
    const bom = ingest('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('西部地区')]));
    expect(plain.ok && plain.file.text).toBe('西部地区');
    expect(bom.ok && bom.file.text).toBe('西部地区');
    expect(bom.ok && bom.file.encoding).toBe('utf-8-bom');
  });

  it('reads GB18030/GBK bytes', () => {
    // 西部 in GBK is CE F7 B2 BF
    const result = ingest('gbk.txt', new Uint8Array([0xce, 0xf7, 0xb2, 0xbf, 0xb5, 0xd8, 0xc7, 0xf8]));
    expect(result.ok).toBe(true);
    expect(result.ok && result.file.text).toBe('西部地区');
    expect(result.ok && result.file.encoding).toBe('gb18030');
  });

  it('rejects empty, blank and binary files with a reason naming the problem', () => {
    const empty = ingest('e.txt', new Uint8Array());
    const blank = ingest('w.txt', utf8(' \n\t\n'));
    const binary = ingest('b.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    expect(!empty.ok && empty.error.ruleId).toBe('empty');
    expect(!blank.ok && blank.error.ruleId).toBe('blank');
    expect(!binary.ok && binary.error.ruleId).toBe('binary');
    expect(!binary.ok && binary.error.name).toBe('b.txt');
  });

  it('reads bytes it has read before, given what it found then, to the same file; only the size limit is checked again', () => {
    const utf16 = (s: string, bigEndian: boolean) => {
      const units = [...s].flatMap((c) => {
        const code = c.charCodeAt(0);
        return bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8];
      });
      return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...units]);
    };
    const files = [
      utf8('西部地区\r\n'),
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('西部地区')]),
      new Uint8Array([0xce, 0xf7, 0xb2, 0xbf, 0xb5, 0xd8, 0xc7, 0xf8]),
      utf16('西部地区', false),
      utf16('西部地区', true),
    ];
    const encodings = new Set<string>();
    for (const bytes of files) {
      const first = ingest('a.txt', bytes);
      if (!first.ok) throw new Error(first.error.reason);
      encodings.add(first.file.encoding);
      const { hash, encoding, textHash } = first.file;
      expect(ingest('a.txt', bytes, undefined, { hash, encoding, textHash })).toStrictEqual(first);
      const tooLarge = ingest('a.txt', bytes, bytes.length - 1, { hash, encoding, textHash });
      expect(!tooLarge.ok && tooLarge.error.ruleId).toBe('too-large');
    }
    expect([...encodings].sort()).toEqual(['gb18030', 'utf-16be', 'utf-16le', 'utf-8', 'utf-8-bom']);
    // The same text in other bytes is the same text (duplicates are found by it).
    const texts = files.map((bytes) => ingest('a.txt', bytes)).map((r) => r.ok && r.file.textHash);
    expect(new Set(texts).size).toBe(1);
  });

  it('normalises line ends without moving any offset', () => {
    const text = 'a\r\nb\rc\nd';
    const normal = normaliseLineEnds(text);
    expect(normal.length).toBe(text.length);
    expect(normal.split('\n').map((l) => l.trim())).toEqual(['a', 'b', 'c', 'd']);
    expect(normal.indexOf('d')).toBe(text.indexOf('d'));
  });

  it('makes URL-safe stems', () => {
    expect(stemOf('新闻 稿 #1.md')).toBe('新闻-稿-1');
    expect(stemOf('000_abc.txt')).toBe('000_abc');
  });

  it('returns null for undecodable bytes', () => {
    expect(decode(new Uint8Array([0xff, 0xff, 0xff, 0xfe, 0x81]))).toBeNull();
  });
});
