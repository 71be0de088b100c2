// Stage: word segmentation with nodejieba and the project's domain dictionary.
// jieba cuts digits one by one ('96万' -> '9','6','万'), so runs of digits (with their decimal
// point, thousands separator and percent sign) are glued back into one token here.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Token {
  word: string;
  /** [from, to) in the segmented string. */
  from: number;
  to: number;
}

type Jieba = {
  load(options: { userDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
};

/** Domain words (西部陆海新通道, 标箱 …) that jieba's own dictionary splits. */
export const DOMAIN_DICTIONARY = fileURLToPath(new URL('./lexicon/domain-words.txt', import.meta.url));

let jieba: Jieba | undefined;
function load(): Jieba {
  if (!jieba) {
    jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
    jieba.load({ userDict: DOMAIN_DICTIONARY });
  }
  return jieba;
}

/** A number as written with digits: thousands separators, a decimal part, a percent sign. */
const DIGITS = /[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?[%％]?/g;

function cutInto(tokens: Token[], text: string, from: number, to: number): void {
  if (to <= from) return;
  const piece = text.slice(from, to);
  let at = 0;
  for (const word of load().cut(piece, true)) {
    const i = piece.indexOf(word, at);
    // jieba returns the text's own characters in order; guard anyway so offsets stay true.
    if (i < 0) continue;
    at = i + word.length;
    tokens.push({ word, from: from + i, to: from + at });
  }
}

/** Segments text into words; a number written in digits is always one token. */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(DIGITS)) {
    cutInto(tokens, text, last, m.index);
    tokens.push({ word: m[0], from: m.index, to: m.index + m[0].length });
    last = m.index + m[0].length;
  }
  cutInto(tokens, text, last, text.length);
  return tokens;
}

/** Keywords of a text by TF-IDF (jieba's IDF table), best first. */
export function keywords(text: string, topN = 20): string[] {
  return load()
    .extract(text, topN * 2)
    .map((k) => k.word)
    .filter((w) => !/[0-9０-９]/.test(w))
    .slice(0, topN);
}
