// Unit words written after a number (元, 万标箱, 公里, 个月), normalised to the base units of types.ts.
// The word lists live in lexicon/units.json; this module only looks them up.
import type { Unit } from './types.ts';
import lexicon from './lexicon/units.json' with { type: 'json' };

export interface UnitMatch {
  start: number;
  end: number;
  word: string;
  unit: Unit;
  multiplier: number;
}

interface UnitEntry {
  word: string;
  unit: Unit;
  multiplier: number;
  latin: boolean;
}

const KNOWN_UNITS: ReadonlySet<string> = new Set<Unit>([
  'CNY', 'USD', 'TEU', 'percent', 'percentage_point', 'train', 'ton', 'mu', 'person', 'enterprise', 'item', 'km', 'other',
]);

const LATIN_LETTER = /[A-Za-z]/;

function isKnownUnit(value: string): value is Unit {
  return KNOWN_UNITS.has(value);
}

/** Unit entries grouped by the code of their first character (lower-cased for Latin words), longest word first. */
const ENTRIES_BY_FIRST_CODE: ReadonlyMap<number, readonly UnitEntry[]> = (() => {
  const byFirst = new Map<number, UnitEntry[]>();
  for (const raw of lexicon.units) {
    if (typeof raw.word !== 'string' || raw.word.length === 0 || !isKnownUnit(raw.unit)) continue;
    if (typeof raw.multiplier !== 'number' || !Number.isFinite(raw.multiplier)) continue;
    const latin = LATIN_LETTER.test(raw.word);
    const key = (latin ? raw.word.toLowerCase() : raw.word).charCodeAt(0);
    const list = byFirst.get(key) ?? [];
    list.push({ word: raw.word, unit: raw.unit, multiplier: raw.multiplier, latin });
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  return byFirst;
})();

const MEASURE_WORDS: ReadonlySet<string> = new Set(lexicon.measureWords);

/** Slashes that join a rate unit such as 元/吨 or 元／平方米. */
const RATE_SLASHES = new Set(['/', '／']);

function entryAt(text: string, from: number): UnitEntry | null {
  const code = text.charCodeAt(from);
  const candidates = ENTRIES_BY_FIRST_CODE.get(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
  if (!candidates) return null;
  for (const entry of candidates) {
    const end = from + entry.word.length;
    if (end > text.length) continue;
    if (entry.latin) {
      // Latin units are matched without case, and only as whole words (km, not kms).
      if (text.slice(from, end).toLowerCase() !== entry.word.toLowerCase()) continue;
      if (LATIN_LETTER.test(text.charAt(end))) continue;
    } else if (!text.startsWith(entry.word, from)) {
      continue;
    }
    return entry;
  }
  return null;
}

/**
 * The unit word starting exactly at `from`, longest word first. A rate such as 元/吨 is returned whole
 * with unit `other`, since a price per ton is not an amount of yuan.
 */
export function unitAt(text: string, from: number): UnitMatch | null {
  if (typeof text !== 'string' || !Number.isInteger(from) || from < 0 || from >= text.length) return null;
  const entry = entryAt(text, from);
  if (!entry) return null;
  const end = from + entry.word.length;
  if (RATE_SLASHES.has(text.charAt(end))) {
    const per = entryAt(text, end + 1);
    if (per) {
      const rateEnd = end + 1 + per.word.length;
      return { start: from, end: rateEnd, word: text.slice(from, rateEnd), unit: 'other', multiplier: 1 };
    }
  }
  return { start: from, end, word: entry.word, unit: entry.unit, multiplier: entry.multiplier };
}

/** A single character that, written after a Chinese numeral, makes it a quantity (三家, 两周, 七成). */
export function isMeasureWord(ch: string): boolean {
  return typeof ch === 'string' && MEASURE_WORDS.has(ch);
}

/**
 * How to write a figure's value in its own unit word, scale left to the formatter: 万人次 -> 人次
 * (value as is), 公斤 -> 公斤 (value in tons / 0.001). Null when the word is none of the lexicon's
 * or measures another unit, and the unit's own word must do; a word of no unit of the site's
 * (倍) is the only word there is.
 */
export function unitAsWritten(unitWord: string, unit: Unit): { word: string; multiplier: number } | null {
  const word = unitWord.replace(/^[万亿]+/u, '');
  if (!word) return null;
  const key = LATIN_LETTER.test(word) ? word.toLowerCase() : word;
  const entry = ENTRIES_BY_FIRST_CODE.get(key.charCodeAt(0))?.find((e) => (e.latin ? e.word.toLowerCase() : e.word) === key);
  if (!entry) return unit === 'other' ? { word, multiplier: 1 } : null;
  return entry.unit === unit ? { word, multiplier: entry.multiplier } : null;
}
