// Segmentation: keywords weighed as jieba's extractor weighs them, and the memo that lets an
// edited article be segmented again without jieba's dictionaries.
import { describe, expect, it } from 'vitest';
import { keywords, mergeSegments, recordSegments, searchPieces, segment } from '../../src/pipeline/segment.ts';

const TEXT = '重庆果园港集装箱吞吐量达到96万标箱，同比增长12.5%。果园港是西部陆海新通道的枢纽，我们的集装箱班列每天开行。';

describe('keywords', () => {
  it('are words of two characters or more, no numbers, no stop words, the more frequent first', () => {
    const found = keywords([TEXT], 20);
    expect(found).toContain('果园港');
    expect(found).toContain('西部陆海新通道');
    // Twice in the text: 果园港 and 集装箱 outweigh words of about their IDF said once.
    expect(found.indexOf('集装箱')).toBeLessThan(found.indexOf('班列'));
    for (const word of found) {
      expect([...word].length).toBeGreaterThan(1);
      expect(word).not.toMatch(/[0-9]/);
    }
    // 我们 is one of jieba's stop words.
    expect(found).not.toContain('我们');
    expect(keywords([TEXT], 3)).toEqual(found.slice(0, 3));
  });
});

describe('segment memo', () => {
  it('lets a corrected figure be segmented with no lookup outside the memo, tokens unchanged', () => {
    const first = recordSegments(undefined, () => ({ tokens: segment(TEXT), keywords: keywords([TEXT]) }));
    expect(first.missed).toBeGreaterThan(0);
    const corrected = TEXT.replace('96', '97');
    // As a store gives it back.
    const memo = structuredClone(first.memo);
    const again = recordSegments(memo, () => ({ tokens: segment(corrected), keywords: keywords([corrected]) }));
    expect(again.missed).toBe(0);
    expect(again.value.tokens).toEqual(segment(corrected));
    expect(again.value.keywords).toEqual(first.value.keywords);
    // What the edit looked up is the next version's memo, and nothing it did not.
    expect([...again.memo.cuts.keys()].sort()).toEqual([...first.memo.cuts.keys()].sort());
  });

  it('looks up what an edit of the words brings, and only that', () => {
    const first = recordSegments(undefined, () => keywords([TEXT]));
    const edited = TEXT.replace('枢纽', '重要枢纽和物流中心');
    const again = recordSegments(first.memo, () => keywords([edited]));
    // The clause that changed is cut again, and its new words weighed; the rest comes from the memo.
    expect(again.missed).toBeGreaterThan(0);
    expect(again.missed).toBeLessThan(first.missed);
    expect(again.value).toEqual(keywords([edited]));
  });

  it('keeps words as their lengths, and search-mode pieces, and merges memos of several texts', () => {
    const { memo } = recordSegments(undefined, () => segment(TEXT));
    expect([...memo.cuts.values()].every((v) => typeof v === 'string')).toBe(true);
    const pieces = recordSegments(undefined, () => searchPieces('西部陆海新通道'));
    expect(pieces.value).toContain('西部');
    const both = mergeSegments(structuredClone(memo), pieces.memo);
    const again = recordSegments(both, () => ({ tokens: segment(TEXT), pieces: searchPieces('西部陆海新通道') }));
    expect(again.missed).toBe(0);
    expect(again.value).toEqual({ tokens: segment(TEXT), pieces: pieces.value });
  });
});
