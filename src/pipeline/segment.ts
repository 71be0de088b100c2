// Stage: word segmentation with nodejieba and the project's domain dictionary.
// jieba cuts digits one by one ('96万' -> '9','6','万'), so runs of digits (with their decimal
// point, thousands separator and percent sign) are glued back into one token here.
//
// Loading jieba's dictionaries takes 1–3 s a process, more than the rest of reading an article
// many times over. A build that reads one edited file again (see parallel.ts) hands in what
// segmenting its previous version looked up (a SegmentMemo: jieba's words for each piece of text
// between numbers, the IDF of each word), so that an edit which leaves the words as they were, a
// corrected figure, never loads them. The memo only skips the work: what it holds is what jieba
// and the IDF table give, so the tokens are the same with or without it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Token {
  word: string;
  /** [from, to) in the segmented string. */
  from: number;
  to: number;
}

type Jieba = {
  load(options: { userDict?: string; idfDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
};

/** Domain words (西部陆海新通道, 标箱 …) that jieba's own dictionary splits. */
export const DOMAIN_DICTIONARY = fileURLToPath(new URL('./lexicon/domain-words.txt', import.meta.url));
/**
 * jieba's load insists on an IDF table, which only its own keyword extractor reads: keywords are
 * weighed here (below), so it gets a one-line table instead of reading its 6 MB one again.
 */
const NO_IDF = fileURLToPath(new URL('./lexicon/jieba-idf-unused.txt', import.meta.url));

const require = createRequire(import.meta.url);
// Requiring nodejieba loads neither its addon nor its dictionaries: its first cut does.
const jieba = require('nodejieba') as Jieba;
let loaded = false;
function loadDictionaries(): void {
  if (loaded) return;
  jieba.load({ userDict: DOMAIN_DICTIONARY, idfDict: NO_IDF });
  loaded = true;
}
function cut(stretch: string): string[] {
  loadDictionaries();
  return jieba.cut(stretch, true);
}

/**
 * What segmenting text looked up, kept as it is stored: jieba's words for each stretch of text as
 * a string of their lengths (one character a word, where the words put end to end give the
 * stretch back: half the size of the words), the IDF of each word weighed, jieba's search-mode
 * pieces of each word asked for.
 */
export interface SegmentMemo {
  cuts: Map<string, string | string[]>;
  /** null: one of jieba's stop words, never weighed. */
  idf: Map<string, number | null>;
  pieces: Map<string, string[]>;
}

export const emptySegments = (): SegmentMemo => ({ cuts: new Map(), idf: new Map(), pieces: new Map() });

/** Whether a value read back from a store is a memo (the store gives back whatever a file held). */
export const isSegmentMemo = (value: unknown): value is SegmentMemo =>
  typeof value === 'object' && value !== null && ['cuts', 'idf', 'pieces'].every((k) => (value as Record<string, unknown>)[k] instanceof Map);

/** Adds what from holds to into (a memo for many texts, as the search index keeps one). */
export function mergeSegments(into: SegmentMemo, from: SegmentMemo): SegmentMemo {
  for (const [piece, words] of from.cuts) into.cuts.set(piece, words);
  for (const [word, idf] of from.idf) into.idf.set(word, idf);
  for (const [word, pieces] of from.pieces) into.pieces.set(word, pieces);
  return into;
}

function packWords(stretch: string, words: string[]): string | string[] {
  const whole = words.join('') === stretch && words.every((w) => w.length > 0 && w.length < 0x10000);
  return whole ? String.fromCharCode(...words.map((w) => w.length)) : words;
}

function unpackWords(stretch: string, packed: string | string[]): string[] {
  if (typeof packed !== 'string') return packed;
  const words: string[] = [];
  for (let i = 0, at = 0; i < packed.length; i++) {
    const end = at + packed.charCodeAt(i);
    words.push(stretch.slice(at, end));
    at = end;
  }
  return words;
}

/** While a recording runs: what it may reuse, what it has looked up so far, and how much of that anew. */
let recording: { known: SegmentMemo; seen: SegmentMemo; missed: number } | undefined;

/**
 * Runs work, reusing what known holds instead of loading jieba or its IDF table, and returns with
 * its value everything segmenting looked up in it (the memo for the next version of the text) and
 * how many of those lookups known did not answer (stretches cut and words split by jieba, words
 * weighed by the table).
 */
export function recordSegments<T>(known: SegmentMemo | undefined, work: () => T): { value: T; memo: SegmentMemo; missed: number } {
  const outer = recording;
  const current = { known: known ?? emptySegments(), seen: emptySegments(), missed: 0 };
  recording = current;
  try {
    const value = work();
    return { value, memo: current.seen, missed: current.missed };
  } finally {
    recording = outer;
  }
}

function wordsOf(stretch: string): string[] {
  const r = recording;
  const packed = r?.seen.cuts.get(stretch) ?? r?.known.cuts.get(stretch);
  if (packed) {
    r!.seen.cuts.set(stretch, packed);
    return unpackWords(stretch, packed);
  }
  const words = cut(stretch);
  if (r) {
    r.seen.cuts.set(stretch, packWords(stretch, words));
    r.missed++;
  }
  return words;
}

/** jieba's search-mode pieces of a word (cutForSearch: the dictionary words inside it, and it). */
export function searchPieces(word: string): string[] {
  const r = recording;
  let pieces = r?.seen.pieces.get(word) ?? r?.known.pieces.get(word);
  if (!pieces) {
    loadDictionaries();
    pieces = jieba.cutForSearch(word, true);
    if (r) r.missed++;
  }
  r?.seen.pieces.set(word, pieces);
  return pieces;
}

/** A number as written with digits: thousands separators, a decimal part, a percent sign. */
const DIGITS = /[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?[%％]?/g;

function cutInto(tokens: Token[], text: string, from: number, to: number): void {
  if (to <= from) return;
  const piece = text.slice(from, to);
  let at = 0;
  for (const word of wordsOf(piece)) {
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

interface IdfTable {
  idf: Map<string, number>;
  /** What a word missing from the table weighs: the table's mean, as jieba takes it. */
  average: number;
  stopWords: Set<string>;
}

let table: IdfTable | undefined;
/** jieba's IDF table and stop words, read as its keyword extractor reads them (0.25–0.3 s, once a process). */
function idfTable(): IdfTable {
  if (table) return table;
  const text = readFileSync(jieba.DEFAULT_IDF_DICT, 'utf8');
  const idf = new Map<string, number>();
  let sum = 0;
  let lines = 0;
  // A loop of indexOf, not split('\n'): a quarter less time over 260,000 lines. Like jieba, a
  // line counts towards the mean even where it is skipped for not being `word idf`.
  for (let at = 0; at < text.length; lines++) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const space = text.indexOf(' ', at);
    const another = space < 0 ? -1 : text.indexOf(' ', space + 1);
    if (space > at && space < end && (another < 0 || another >= end)) {
      const value = Number(text.slice(space + 1, end));
      idf.set(text.slice(at, space), value);
      sum += value;
    }
    at = end + 1;
  }
  const stopWords = new Set(readFileSync(jieba.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n'));
  table = { idf, average: sum / lines, stopWords };
  return table;
}

/** One character (jieba's rule), a number, no letter (punctuation, spaces): never a keyword. */
const mayBeKeyword = (word: string): boolean =>
  word.length > 1 && [...word].length > 1 && !/[0-9０-９]/.test(word) && /\p{L}/u.test(word);

/** Found in this process, by word (they depend on the word alone): false for what cannot be a keyword. */
const weights = new Map<string, number | null | false>();

function weightOf(word: string): number | null | false {
  let value = weights.get(word);
  if (value === undefined) {
    if (!mayBeKeyword(word)) value = false;
    else {
      const { idf, average, stopWords } = idfTable();
      value = stopWords.has(word) ? null : (idf.get(word) ?? average);
    }
    weights.set(word, value);
  }
  return value;
}

/** The word's IDF; null for a stop word, or a word that cannot be a keyword at all. */
function idfOf(word: string): number | null {
  const r = recording;
  // Has, not ??: a stop word is remembered as null.
  if (r?.seen.idf.has(word)) return r.seen.idf.get(word)!;
  if (r?.known.idf.has(word)) {
    const value = r.known.idf.get(word)!;
    r.seen.idf.set(word, value);
    return value;
  }
  const value = weightOf(word);
  if (value === false) return null;
  if (r) {
    r.seen.idf.set(word, value);
    r.missed++;
  }
  return value;
}

/**
 * Keywords of texts (an article's sentences) by TF-IDF, best first: jieba's keyword extractor's
 * weights (occurrences × IDF from its table) over this stage's own words; ties by the words'
 * character codes, where jieba's are in no stated order. Cut sentence by sentence, as directive
 * linking cuts them, so that one cut serves both (see recordSegments).
 */
export function keywords(texts: readonly string[], topN = 20): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const { word } of segment(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const weighed: { word: string; weight: number }[] = [];
  for (const [word, n] of counts) {
    const idf = idfOf(word);
    if (idf !== null) weighed.push({ word, weight: n * idf });
  }
  return weighed
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, topN)
    .map((k) => k.word);
}
