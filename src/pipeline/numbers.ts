// Stage helper: the number grammar of Chinese news text. `findNumbers` scans left to right, once,
// and reads every numeric expression: Arabic digits (half or full width, thousands separators,
// decimals), Chinese numerals (三千二百亿, 二〇二四, 三点五), mixed forms (3.5万, 60余万, 7万多),
// percentages (11%, 百分之三十, 三分之一), percentage points, multiples (2倍) and tenths (七成).
//
// Decisions, documented here because later stages depend on them:
// - `start`/`end` cover the number with its scale words, its 多/余/几 and its percent/倍/成 word, but not
//   a qualifier before it (约, 超过: see `approxStart`) nor the unit word after it (元, 亩: see units.ts).
// - 以上/左右/以下 after the number set `approx` but are not part of the match; after a unit word they are
//   the caller's business (`trailingApprox`).
// - Arabic numbers are always reported (codes, dates and years are recognised by non-figures.ts), except
//   an ordinal after 第.
// - A Chinese numeral is reported only when it is a quantity: followed by a measure word or unit word
//   (三家, 两周, 万亿美元), or a percent/倍/成 word, or written with two or more characters that make a
//   number with a place word (十八, 二十三, 三千). A lone 一 is an article (一批, 一季度, 统一) unless it
//   reads 一倍/一成/一个百分点; a lone 百/千/万 is an idiom (千家万户, 百年) unless it is followed by a
//   counting word (百个, 万亿美元) or qualified (上百家, 百余家). 数十/几百 are vague and not reported.
// - A range (3至5万, 20%—30%) reports its low end as `value` and both ends in `range`; the first end
//   borrows the scale and percent word of the second (3至5万 is 30000 to 50000).
// - `kind: 'tenths'` reports 成 in percent: 七成 is 70.
// The scanner is linear: every position is looked at a bounded number of times, and a rejected run of
// digits or numerals is skipped as a whole.
import type { Approx } from './types.ts';
import { isMeasureWord, unitAt } from './units.ts';
import lexicon from './lexicon/units.json' with { type: 'json' };

export type NumberKind = 'plain' | 'percent' | 'percentage_point' | 'multiple' | 'tenths';

export interface NumberMatch {
  /** Offsets of the numeric expression: scale, 多/余/几 and percent words included, qualifier and unit excluded. */
  start: number;
  end: number;
  /** Scaled value; percent, percentage points and multiples as written; tenths in percent (七成 = 70). */
  value: number;
  kind: NumberKind;
  approx: Approx | null;
  /** Where a qualifier before the number (约, 超过) starts. */
  approxStart?: number;
  range?: { low: number; high: number };
  numeral: 'arabic' | 'chinese' | 'mixed';
}

type SuffixApprox = 'over' | 'about' | 'under';

// ---------------------------------------------------------------------------------------------
// Characters. The scanner looks at every character of possibly megabytes of text, so characters
// are classified by UTF-16 code through tables, without allocating strings.

const CODE_PERCENT = 0x25;
const CODE_FULL_WIDTH_PERCENT = 0xff05;
const CODE_POINT = 0x2e;
const CODE_FULL_WIDTH_POINT = 0xff0e;
const CODE_COMMA = 0x2c;
const CODE_FULL_WIDTH_COMMA = 0xff0c;
const CODE_EM_DASH = 0x2014;
const CODE_ZERO = 0x30;
const CODE_FULL_WIDTH_ZERO = 0xff10;
const CODE_GE = 0x4e2a; // 个
const CODE_BAI = 0x767e; // 百
const CODE_BEI = 0x500d; // 倍
const CODE_CHENG = 0x6210; // 成
const CODE_DUO = 0x591a; // 多
const CODE_YU = 0x4f59; // 余
const CODE_JI = 0x51e0; // 几
const CODE_DI = 0x7b2c; // 第
const CODE_DIAN = 0x70b9; // 点
const CODE_FEN = 0x5206; // 分
const CODE_ZHI = 0x4e4b; // 之
const CODE_NIAN = 0x5e74; // 年
const CODE_SHI = 0x5341; // 十
const CODE_QIAN = 0x5343; // 千
const CODE_WAN = 0x4e07; // 万
const CODE_YI = 0x4ebf; // 亿
const CODE_ONE = 0x4e00; // 一
const CODE_LING = 0x96f6; // 零
const CODE_CIRCLE_ZERO = 0x3007; // 〇

const ARABIC_DIGIT = 1;
const FULL_WIDTH_DIGIT = 2;
const CHINESE_NUMERAL = 4;
const PLAIN_CHINESE_DIGIT = 8;
const PLACE_WORD = 16;
const MINUS_SIGN = 32;
const RANGE_SEPARATOR = 64;
const HYPHEN = 128;

const CHINESE_DIGIT_VALUES: readonly (readonly [string, number])[] = [
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
];
const PLACE_WORD_EXPONENTS: readonly (readonly [string, number])[] = [['十', 1], ['百', 2], ['千', 3], ['万', 4], ['亿', 8]];

const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0x30; code <= 0x39; code++) table[code] = ARABIC_DIGIT;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = ARABIC_DIGIT | FULL_WIDTH_DIGIT;
  for (const [ch] of CHINESE_DIGIT_VALUES) table[ch.charCodeAt(0)] = CHINESE_NUMERAL | (ch === '两' ? 0 : PLAIN_CHINESE_DIGIT);
  for (const [ch] of PLACE_WORD_EXPONENTS) table[ch.charCodeAt(0)] = CHINESE_NUMERAL | PLACE_WORD;
  for (const ch of ['-', '−', '－']) table[ch.charCodeAt(0)] = MINUS_SIGN;
  for (const ch of ['至', '到', '-', '–', '—', '~', '～', '〜', '－']) table[ch.charCodeAt(0)] = (table[ch.charCodeAt(0)] ?? 0) | RANGE_SEPARATOR;
  for (const ch of ['-', '－', '–']) table[ch.charCodeAt(0)] = (table[ch.charCodeAt(0)] ?? 0) | HYPHEN;
  return table;
})();

/** Value of a Chinese digit by code, -1 for other characters. */
const DIGIT_VALUE: Int8Array = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [ch, value] of CHINESE_DIGIT_VALUES) table[ch.charCodeAt(0)] = value;
  return table;
})();

/** Exponent of a place word by code (十 1, 百 2, 千 3, 万 4, 亿 8), 0 for other characters. */
function placeExponent(code: number): number {
  switch (code) {
    case CODE_SHI: return 1;
    case CODE_BAI: return 2;
    case CODE_QIAN: return 3;
    case CODE_WAN: return 4;
    case CODE_YI: return 8;
    default: return 0;
  }
}

function classAt(text: string, at: number): number {
  if (at < 0 || at >= text.length) return 0;
  return CHAR_CLASS[text.charCodeAt(at)] ?? 0;
}

function isLatinLetterAt(text: string, at: number): boolean {
  const code = at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isArabicDigitAt(text: string, at: number): boolean {
  return (classAt(text, at) & ARABIC_DIGIT) !== 0;
}

function isPlainChineseDigitAt(text: string, at: number): boolean {
  return (classAt(text, at) & PLAIN_CHINESE_DIGIT) !== 0;
}

function isDecimalPointAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === CODE_POINT || code === CODE_FULL_WIDTH_POINT;
}

// ---------------------------------------------------------------------------------------------
// Lexicon

interface PrefixQualifier {
  word: string;
  approx: Approx;
  digitlessOnly: boolean;
  blockedAfter: ReadonlySet<string>;
}

interface SuffixQualifier {
  word: string;
  approx: SuffixApprox;
  blockedBefore: ReadonlySet<string>;
}

function isApprox(value: string): value is Approx {
  return value === 'over' || value === 'about' || value === 'nearly' || value === 'under';
}

function isSuffixApprox(value: string): value is SuffixApprox {
  return value === 'over' || value === 'about' || value === 'under';
}

const PREFIX_BLOCKERS: Readonly<Record<string, readonly string[] | undefined>> = lexicon.approx.prefixBlockers;

/** Qualifiers written before a number, by the code of their last character, longest first. */
const PREFIX_QUALIFIERS: ReadonlyMap<number, readonly PrefixQualifier[]> = (() => {
  const byLast = new Map<number, PrefixQualifier[]>();
  const sorted = [...lexicon.approx.prefixes].sort((a, b) => b.word.length - a.word.length);
  for (const entry of sorted) {
    if (!isApprox(entry.approx) || entry.word.length === 0) continue;
    const qualifier: PrefixQualifier = {
      word: entry.word,
      approx: entry.approx,
      digitlessOnly: 'digitlessOnly' in entry && entry.digitlessOnly === true,
      blockedAfter: new Set(PREFIX_BLOCKERS[entry.word] ?? []),
    };
    const code = entry.word.charCodeAt(entry.word.length - 1);
    const list = byLast.get(code) ?? [];
    list.push(qualifier);
    byLast.set(code, list);
  }
  return byLast;
})();

const SUFFIX_QUALIFIERS: readonly SuffixQualifier[] = lexicon.approx.suffixes.flatMap((entry): SuffixQualifier[] =>
  isSuffixApprox(entry.approx) && entry.word.length > 0
    ? [{ word: entry.word, approx: entry.approx, blockedBefore: new Set(entry.blockedBefore) }]
    : [],
);

const TIME_UNITS_AFTER_NEARLY: readonly string[] = lexicon.approx.nearlyNotBeforeTimeUnits;
const TENTHS_BLOCKERS: ReadonlySet<number> = new Set(lexicon.tenthsBlockers.map((w) => w.charCodeAt(0)));
const NUMERAL_BLOCKING_PREFIXES: readonly string[] = lexicon.numeralBlockingPrefixes;
const SEVERAL_PREFIXES: readonly string[] = lexicon.severalPrefixes;
const DIGITLESS_FOLLOWERS: readonly string[] = lexicon.digitlessScaleFollowers;
const MEASURE_CODES: ReadonlySet<number> = new Set(
  lexicon.measureWords.filter((word) => isMeasureWord(word)).map((word) => word.charCodeAt(0)),
);

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (at >= word.length && text.startsWith(word, at - word.length)) return true;
  return false;
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Values and scale words

/** base × 10^exp without binary rounding noise (20.5万亿 is exactly 20500000000000). */
function scaleNumber(base: number, exp: number): number {
  if (exp === 0 || !Number.isFinite(base)) return base;
  const written = String(base);
  if (written.includes('e')) return base * 10 ** exp;
  const scaled = Number(`${written}e${exp}`);
  return Number.isFinite(scaled) ? scaled : base * 10 ** exp;
}

interface ScaleRead {
  end: number;
  /** Total exponent of the scale words read (千万 = 7). */
  exp: number;
  /** Exponent of the largest single place word read (千万 = 4). */
  top: number;
  /** Exponent of the 十/百/千 read, if any (千万 = 3). */
  small: number;
}

type ScaleMode = 'arabic' | 'beforeBig' | 'bigOnly';

/**
 * Scale words at `at`: an optional 十/百/千 then 万 and/or 亿. After Arabic digits 百/千 may stand alone
 * (3千多家) but not when they begin a unit (3千米, 5千瓦) or 百分; 十 only before 万/亿 (3十万).
 */
function readScale(text: string, at: number, mode: ScaleMode): ScaleRead {
  let k = at;
  let exp = 0;
  let top = 0;
  let small = 0;
  const code = text.charCodeAt(k);
  const smallExp = code === CODE_SHI ? 1 : code === CODE_BAI ? 2 : code === CODE_QIAN ? 3 : 0;
  if (smallExp > 0 && mode !== 'bigOnly') {
    const next = text.charCodeAt(k + 1);
    let allowed = next === CODE_WAN || next === CODE_YI;
    if (!allowed && mode === 'arabic' && code !== CODE_SHI && !text.startsWith('百分', k)) {
      const unit = unitAt(text, k);
      allowed = unit === null || unit.word.length < 2;
    }
    if (allowed) {
      exp = smallExp;
      top = smallExp;
      small = smallExp;
      k += 1;
    }
  }
  if (text.charCodeAt(k) === CODE_WAN) {
    exp += 4;
    top = 4;
    k += 1;
  }
  if (text.charCodeAt(k) === CODE_YI) {
    exp += 8;
    top = 8;
    k += 1;
  }
  return { end: k, exp, top, small };
}

/** Exponents of the place words ending [from, to): all of them (三十万 → 5) and the 万/亿 part only (→ 4). */
function trailingPlaceExponents(text: string, from: number, to: number): { all: number; bigOnly: number } {
  let all = 0;
  let bigOnly = 0;
  let seenSmall = false;
  for (let k = to - 1; k >= from; k--) {
    const exp = placeExponent(text.charCodeAt(k));
    if (exp === 0) break;
    all += exp;
    if (exp >= 4) {
      if (!seenSmall) bigOnly += exp;
    } else {
      seenSmall = true;
    }
  }
  return { all, bigOnly };
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

/** Integer value of a Chinese numeral in text[from, to), or null when it is not one well-formed number. */
function parseChineseIntegerAt(text: string, from: number, to: number): number | null {
  if (to <= from) return null;
  let allPlainDigits = true;
  for (let k = from; k < to; k++) if (!isPlainChineseDigitAt(text, k)) allPlainDigits = false;
  if (allPlainDigits) {
    // 二〇二四: written digit by digit.
    if (to - from === 1) return DIGIT_VALUE[text.charCodeAt(from)] ?? null;
    let digits = '';
    for (let k = from; k < to; k++) digits += String(DIGIT_VALUE[text.charCodeAt(k)] ?? 0);
    return Number(digits);
  }
  const START = 0;
  const DIGIT = 1;
  const ZERO = 2;
  const SMALL = 3;
  const BIG = 4;
  let total = 0;
  let section = 0;
  let digit = -1;
  let prev = START;
  let beforeDigit = START;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastPlace = 1;
  let wanInSection = false;
  let yiSeen = false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    const d = DIGIT_VALUE[code] ?? -1;
    if (d === 0) {
      if (prev === DIGIT) return null;
      prev = ZERO;
      continue;
    }
    if (d > 0) {
      if (prev === DIGIT) return null;
      digit = d;
      beforeDigit = prev;
      prev = DIGIT;
      continue;
    }
    const exp = placeExponent(code);
    if (exp === 0) return null;
    if (exp <= 3) {
      const small = 10 ** exp;
      if (small >= lastSmall) return null;
      let multiplier = digit;
      if (multiplier < 0) {
        // A bare 十/百/千 means one of it only at the start (十八, 百) or as 零十 (一千零十).
        if (!(prev === START || (prev === ZERO && small === 10))) return null;
        multiplier = 1;
      }
      section += multiplier * small;
      lastSmall = small;
      lastPlace = small;
      digit = -1;
      prev = SMALL;
      continue;
    }
    let value = section + Math.max(digit, 0);
    if (value === 0) {
      if (prev !== START) return null;
      value = 1;
    }
    if (code === CODE_WAN) {
      if (wanInSection) return null;
      section = value * 1e4;
      wanInSection = true;
      lastPlace = 1e4;
    } else {
      if (yiSeen) return null;
      total = value * 1e8;
      section = 0;
      yiSeen = true;
      wanInSection = false;
      lastPlace = 1e8;
    }
    lastSmall = Number.POSITIVE_INFINITY;
    digit = -1;
    prev = BIG;
  }
  if (prev === ZERO) return null;
  if (digit > 0) {
    // 一万五 is 15000 and 三千五 is 3500: a last digit right after a place word counts one place lower.
    const elided = (beforeDigit === SMALL || beforeDigit === BIG) && lastPlace >= 100;
    section += elided ? digit * (lastPlace / 10) : digit;
  }
  return total + section;
}

/** Value of a Chinese numeral with an optional 点 decimal part and scale words: 三点五万. */
function parseChineseNumeralAt(text: string, from: number, to: number): number | null {
  let point = -1;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === CODE_DIAN) {
      point = k;
      break;
    }
  }
  if (point === -1) return parseChineseIntegerAt(text, from, to);
  for (let k = from; k < point; k++) if (placeExponent(text.charCodeAt(k)) >= 4) return null;
  const integer = parseChineseIntegerAt(text, from, point);
  if (integer === null) return null;
  let k = point + 1;
  let fraction = '';
  while (k < to && isPlainChineseDigitAt(text, k)) fraction += String(DIGIT_VALUE[text.charCodeAt(k++)] ?? 0);
  if (fraction === '') return null;
  const scale = readScale(text, k, 'beforeBig');
  if (scale.end !== to) return null;
  return scaleNumber(Number(`${integer}.${fraction}`), scale.exp);
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - CODE_FULL_WIDTH_ZERO + CODE_ZERO)));
}

/**
 * Arabic digits at `at` with thousands separators and a decimal part, as an ASCII numeral string.
 * Separators are groups of exactly three digits; a full-width comma is one only between full-width
 * digits, elsewhere it is a clause comma (2055列，).
 */
function readArabicDigits(text: string, at: number, separators: boolean): { digits: string; end: number } | null {
  let k = at;
  let fullWidth = false;
  for (let cls = classAt(text, k); cls & ARABIC_DIGIT; cls = classAt(text, k)) {
    if (cls & FULL_WIDTH_DIGIT) fullWidth = true;
    k += 1;
  }
  if (k === at) return null;
  let digits = text.slice(at, k);
  if (separators && k - at <= 3) {
    for (;;) {
      const sep = text.charCodeAt(k);
      const isSeparator = sep === CODE_COMMA || (sep === CODE_FULL_WIDTH_COMMA && fullWidth);
      if (!isSeparator) break;
      const groupOfThree = (classAt(text, k + 1) & classAt(text, k + 2) & classAt(text, k + 3) & ARABIC_DIGIT) !== 0;
      if (!groupOfThree || isArabicDigitAt(text, k + 4)) break;
      if ((classAt(text, k + 1) | classAt(text, k + 2) | classAt(text, k + 3)) & FULL_WIDTH_DIGIT) fullWidth = true;
      digits += text.slice(k + 1, k + 4);
      k += 4;
    }
  }
  if (isDecimalPointAt(text, k) && isArabicDigitAt(text, k + 1)) {
    const fractionStart = k + 1;
    k = fractionStart;
    while (classAt(text, k) & ARABIC_DIGIT) {
      if (classAt(text, k) & FULL_WIDTH_DIGIT) fullWidth = true;
      k += 1;
    }
    digits += '.' + text.slice(fractionStart, k);
  }
  return { digits: fullWidth ? toAsciiDigits(digits) : digits, end: k };
}

/**
 * The value of a Chinese numeral: 三千亿 → 300000000000, 二〇二四 → 2024, 两 → 2, 十八 → 18,
 * 一万零五 → 10005, 一万五 → 15000, 三点五万 → 35000. Digits with a scale word (3.5万) are read too.
 * Null when the string is not one well-formed number (十四五, 二三百, 亿万).
 */
export function parseChineseNumeral(s: string): number | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > 64) return null;
  if (isArabicDigitAt(s, 0)) {
    const read = readArabicDigits(s, 0, true);
    if (read === null) return null;
    const scale = readScale(s, read.end, 'arabic');
    if (scale.end !== s.length) return null;
    const value = scaleNumber(Number(read.digits), scale.exp);
    return Number.isFinite(value) ? value : null;
  }
  return parseChineseNumeralAt(s, 0, s.length);
}

// ---------------------------------------------------------------------------------------------
// Reading one number

interface Reading {
  start: number;
  end: number;
  /** Value before the scale words after it and before the tenths conversion. */
  base: number;
  /** Exponent of scale words read after the number (Arabic 3.5万 → 4, Chinese 十多万 → 4). */
  exp: number;
  value: number;
  kind: NumberKind;
  approx: SuffixApprox | null;
  numeral: 'arabic' | 'chinese' | 'mixed';
  range?: { low: number; high: number };
  /** Written with 十/百/千 (二十, 3千): in a range such a first end borrows only the 万/亿 of the second. */
  hasSmallPlace: boolean;
  /** Exponents of the place words the number ends with (3千万 → 7), and of its 万/亿 part (→ 4). */
  trailingExp: number;
  trailingBigExp: number;
  licensed: boolean;
  /** Not licensed on its own, but a qualifier before it makes it a quantity (上百家). */
  licensedIfQualified: boolean;
  /** A Chinese numeral written without a digit before its place word (百, 十万). */
  digitless: boolean;
}

interface KindRead {
  kind: NumberKind;
  end: number;
  approx: SuffixApprox | null;
}

function readKind(text: string, at: number, tenthsAllowed: boolean): KindRead {
  switch (text.charCodeAt(at)) {
    case CODE_PERCENT:
    case CODE_FULL_WIDTH_PERCENT:
      return { kind: 'percent', end: at + 1, approx: null };
    case CODE_GE:
      if (text.startsWith('个百分点', at)) return { kind: 'percentage_point', end: at + 4, approx: null };
      if (text.startsWith('个多百分点', at)) return { kind: 'percentage_point', end: at + 5, approx: 'over' };
      break;
    case CODE_BAI:
      if (text.startsWith('百分点', at)) return { kind: 'percentage_point', end: at + 3, approx: null };
      break;
    case CODE_BEI:
      return { kind: 'multiple', end: at + 1, approx: null };
    case CODE_CHENG:
      if (tenthsAllowed && !TENTHS_BLOCKERS.has(text.charCodeAt(at + 1))) return { kind: 'tenths', end: at + 1, approx: null };
      break;
  }
  return { kind: 'plain', end: at, approx: null };
}

/** 多 or 余 (and 几 after a place word: 十几个) written right after a number: the end after it, or -1. */
function readApproxWord(text: string, at: number, jiAllowed: boolean): number {
  const code = text.charCodeAt(at);
  return code === CODE_DUO || code === CODE_YU || (code === CODE_JI && jiAllowed) ? at + 1 : -1;
}

/** A measure word or a unit word of two or more characters at `at`: it makes a Chinese numeral a quantity. */
function quantityWordAt(text: string, at: number): boolean {
  if (MEASURE_CODES.has(text.charCodeAt(at))) return true;
  const unit = unitAt(text, at);
  return unit !== null && unit.word.length >= 2;
}

interface Finished {
  kind: NumberKind;
  end: number;
  approx: SuffixApprox | null;
  value: number;
}

/** The percent, 倍 or 成 word after a number, a 多 after 倍/成 (3倍多, 七成多), and the final value. */
function finishKind(text: string, at: number, base: number, exp: number, approx: SuffixApprox | null, tenthsAllowed: boolean): Finished {
  const kindRead = readKind(text, at, tenthsAllowed);
  let end = kindRead.end;
  let finalApprox = approx ?? kindRead.approx;
  if (finalApprox === null && (kindRead.kind === 'multiple' || kindRead.kind === 'tenths')) {
    const after = readApproxWord(text, end, false);
    if (after !== -1) {
      finalApprox = 'over';
      end = after;
    }
  }
  const value = scaleNumber(base, exp + (kindRead.kind === 'tenths' ? 1 : 0));
  return { kind: kindRead.kind, end, approx: finalApprox, value };
}

function readArabic(text: string, start: number, digitsAt: number, negative: boolean): Reading | null {
  const read = readArabicDigits(text, digitsAt, true);
  if (read === null) return null;
  const base = Number((negative ? '-' : '') + read.digits);
  if (!Number.isFinite(base)) return null;

  const scale = readScale(text, read.end, 'arabic');
  let k = scale.end;
  let exp = scale.exp;
  let approx: SuffixApprox | null = null;
  const afterApprox = readApproxWord(text, k, false);
  if (afterApprox !== -1) {
    // 60余万, 3千多万: the scale may follow the 多/余.
    approx = 'over';
    k = afterApprox;
    const more = readScale(text, k, 'bigOnly');
    if (more.exp > 0 && more.top > scale.top) {
      exp += more.exp;
      k = more.end;
    }
  }
  const tenthsAllowed = exp === 0 && approx === null && base > 0 && base <= 10;
  const finished = finishKind(text, k, base, exp, approx, tenthsAllowed);
  return {
    start,
    end: finished.end,
    base,
    exp,
    value: finished.value,
    kind: finished.kind,
    approx: finished.approx,
    numeral: exp > 0 ? 'mixed' : 'arabic',
    hasSmallPlace: scale.small > 0,
    trailingExp: exp,
    trailingBigExp: exp - scale.small,
    licensed: true,
    licensedIfQualified: true,
    digitless: false,
  };
}

/** The numerator of 三分之一 / 百分之30: a Chinese or Arabic number without 万/亿. */
function readFractionNumerator(text: string, at: number): { value: number; end: number; arabic: boolean } | null {
  const arabic = readArabicDigits(text, at, false);
  if (arabic !== null) {
    const value = Number(arabic.digits);
    return Number.isFinite(value) ? { value, end: arabic.end, arabic: true } : null;
  }
  let k = at;
  while (classAt(text, k) & CHINESE_NUMERAL && placeExponent(text.charCodeAt(k)) < 4 && k - at <= 64) k++;
  if (k === at) return null;
  if (text.charCodeAt(k) === CODE_DIAN && isPlainChineseDigitAt(text, k + 1)) {
    k += 1;
    while (isPlainChineseDigitAt(text, k)) k++;
  }
  if (k - at > 64) return null;
  const value = parseChineseNumeralAt(text, at, k);
  return value === null ? null : { value, end: k, arabic: false };
}

function readChinese(text: string, start: number): Reading | null {
  // One pass over the run of numeral characters.
  let k = start;
  let allPlainDigits = true;
  let hasSmallPlace = false;
  let hasBigPlace = false;
  let hasZero = false;
  let topPlace = 0;
  for (let cls = classAt(text, k); cls & CHINESE_NUMERAL; cls = classAt(text, k)) {
    const code = text.charCodeAt(k);
    if (!(cls & PLAIN_CHINESE_DIGIT)) allPlainDigits = false;
    if (code === CODE_LING || code === CODE_CIRCLE_ZERO) hasZero = true;
    const exp = placeExponent(code);
    if (exp > 0) {
      if (exp >= 4) hasBigPlace = true;
      else hasSmallPlace = true;
      if (exp > topPlace) topPlace = exp;
    }
    k += 1;
  }
  const runEnd = k;
  const runLength = runEnd - start;
  // No number is written with that many numeral characters; the run is a word or noise.
  if (runLength > 64) return null;
  const firstCode = text.charCodeAt(start);
  const digitless = placeExponent(firstCode) > 0;
  const lastIsPlace = placeExponent(text.charCodeAt(runEnd - 1)) > 0;

  // 三分之一, 百分之三十, 千分之五: a fraction, reported as a percentage.
  if (text.charCodeAt(runEnd) === CODE_FEN && text.charCodeAt(runEnd + 1) === CODE_ZHI) {
    const denominator = parseChineseIntegerAt(text, start, runEnd);
    const numerator = readFractionNumerator(text, runEnd + 2);
    if (denominator === null || denominator <= 0 || numerator === null) return null;
    const value = denominator === 100 ? numerator.value : (numerator.value / denominator) * 100;
    let end = numerator.end;
    let approx: SuffixApprox | null = null;
    const afterApprox = readApproxWord(text, end, false);
    if (afterApprox !== -1) {
      approx = 'over';
      end = afterApprox;
    }
    return {
      start, end, base: value, exp: 0, value, kind: 'percent', approx,
      numeral: numerator.arabic ? 'mixed' : 'chinese',
      hasSmallPlace: true, trailingExp: 0, trailingBigExp: 0,
      licensed: true, licensedIfQualified: true, digitless,
    };
  }

  // 三点五, 零点五, 三点五万: a decimal.
  let numeralEnd = runEnd;
  let decimal = false;
  if (text.charCodeAt(k) === CODE_DIAN && isPlainChineseDigitAt(text, k + 1) && !hasBigPlace) {
    k += 1;
    while (isPlainChineseDigitAt(text, k) && k - start <= 64) k++;
    k = readScale(text, k, 'beforeBig').end;
    numeralEnd = k;
    decimal = true;
    for (let q = runEnd; q < numeralEnd; q++) topPlace = Math.max(topPlace, placeExponent(text.charCodeAt(q)));
  }
  const base = runLength === 1 && !decimal
    ? ((DIGIT_VALUE[firstCode] ?? -1) >= 0 ? (DIGIT_VALUE[firstCode] ?? 0) : 10 ** placeExponent(firstCode))
    : parseChineseNumeralAt(text, start, numeralEnd);
  if (base === null) return null;
  const digitByDigit = !decimal && runLength >= 2 && allPlainDigits;

  let exp = 0;
  let approx: SuffixApprox | null = null;
  let scaledAfterApprox = false;
  const afterApprox = digitByDigit ? -1 : readApproxWord(text, k, !decimal && lastIsPlace);
  if (afterApprox !== -1) {
    // 十多万, 三千多万, 一万多亿: the scale may follow the 多/余.
    approx = 'over';
    k = afterApprox;
    const more = readScale(text, k, 'bigOnly');
    if (more.exp > 0 && more.top > topPlace) {
      exp = more.exp;
      k = more.end;
      scaledAfterApprox = true;
    }
  }
  const tenthsAllowed = exp === 0 && approx === null && !digitByDigit && base > 0 && base <= 10;
  const finished = finishKind(text, k, base, exp, approx, tenthsAllowed);
  const end = finished.end;

  // A lone 一 is an article (一批, 一季度); a lone 零 is a word (零部件, 零增长).
  const loneArticle = runLength === 1 && !decimal && (firstCode === CODE_ONE || firstCode === CODE_LING || firstCode === CODE_CIRCLE_ZERO);
  // 十八, 十五 start with a place word but are ordinary numbers; 十万, 百, 千万 are bare scales.
  const bareScale = digitless && !(firstCode === CODE_SHI && (DIGIT_VALUE[text.charCodeAt(start + 1)] ?? -1) > 0 && runLength >= 2);
  let licensed: boolean;
  let licensedIfQualified = false;
  if (finished.kind !== 'plain') {
    licensed = !digitByDigit;
  } else if (digitByDigit) {
    // 二〇二四年, 一九九九年: a year written digit by digit; other runs (一一, 三三) are words.
    licensed = hasZero || text.charCodeAt(end) === CODE_NIAN;
  } else if (loneArticle) {
    licensed = false;
  } else if (bareScale && runLength === 1 && firstCode !== CODE_SHI && !decimal) {
    // A bare 百/千/万/亿 is mostly an idiom (千家万户, 百年): count it only with a counting word.
    const quantity = quantityWordAt(text, end);
    licensed = approx !== null ? quantity : startsWithAny(text, end, DIGITLESS_FOLLOWERS);
    licensedIfQualified = quantity;
  } else {
    // 十八, 二十三, 三千; 三点五万 (a decimal with its scale word).
    const placeWritten = decimal ? topPlace > 0 : runLength >= 2 && !bareScale && (hasSmallPlace || hasBigPlace);
    licensed = placeWritten || scaledAfterApprox || quantityWordAt(text, end);
    licensedIfQualified = licensed;
  }

  const trailing = trailingPlaceExponents(text, start, runEnd);
  return {
    start,
    end,
    base,
    exp,
    value: finished.value,
    kind: finished.kind,
    approx: finished.approx,
    numeral: 'chinese',
    hasSmallPlace,
    trailingExp: exp > 0 ? exp : trailing.all,
    trailingBigExp: exp > 0 ? exp : trailing.bigOnly,
    licensed,
    licensedIfQualified,
    digitless,
  };
}

function readSingle(text: string, at: number): Reading | null {
  const cls = classAt(text, at);
  if (cls & MINUS_SIGN) return isArabicDigitAt(text, at + 1) ? readArabic(text, at, at + 1, true) : null;
  if (cls & ARABIC_DIGIT) return readArabic(text, at, at, false);
  if (cls & CHINESE_NUMERAL) return readChinese(text, at);
  return null;
}

function hasLeadingZero(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === CODE_ZERO || code === CODE_FULL_WIDTH_ZERO) && isArabicDigitAt(text, at + 1);
}

/** 2024-03-28, 010-8888, 03-28: digits chained by hyphens are a date or a code, not a range. */
function isHyphenatedToken(text: string, first: Reading, second: Reading): boolean {
  if (classAt(text, first.start - 1) & HYPHEN && isArabicDigitAt(text, first.start - 2)) return true;
  if (classAt(text, second.end) & HYPHEN && isArabicDigitAt(text, second.end + 1)) return true;
  return hasLeadingZero(text, first.start) || hasLeadingZero(text, second.start);
}

/** 3至5万, 20%—30%, 三至五个: both ends of a range, the first borrowing the second's scale and kind. */
function extendToRange(text: string, first: Reading): Reading | null {
  const sepAt = first.end;
  const sepClass = classAt(text, sepAt);
  if (!(sepClass & RANGE_SEPARATOR) || first.approx !== null) return null;
  // —— is a dash of punctuation, not a range.
  if (text.charCodeAt(sepAt) === CODE_EM_DASH && text.charCodeAt(sepAt + 1) === CODE_EM_DASH) return null;
  const second = readSingle(text, sepAt + 1);
  if (second === null) return null;
  if (sepClass & HYPHEN && isHyphenatedToken(text, first, second)) return null;
  const kind = second.kind;
  let low: number;
  if (first.trailingBigExp === 0 && (first.kind === 'plain' || first.kind === kind)) {
    const borrowed = first.hasSmallPlace ? second.trailingBigExp : second.trailingExp;
    low = scaleNumber(first.base, first.exp + borrowed + (kind === 'tenths' ? 1 : 0));
  } else if (first.kind === kind) {
    low = first.value;
  } else {
    return null;
  }
  const high = second.value;
  if (!(low < high) || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  const anyArabic = first.numeral !== 'chinese' || second.numeral !== 'chinese';
  return {
    ...second,
    start: first.start,
    value: low,
    kind,
    numeral: first.numeral === second.numeral ? first.numeral : 'mixed',
    range: { low, high },
    licensed: anyArabic || second.licensed,
    licensedIfQualified: anyArabic || second.licensedIfQualified,
    digitless: first.digitless,
  };
}

function readWithRange(text: string, at: number): Reading | null {
  const first = readSingle(text, at);
  if (first === null) return null;
  return extendToRange(text, first) ?? first;
}

// ---------------------------------------------------------------------------------------------
// Context: qualifiers and where a number may start

interface PrefixHit {
  approx: Approx;
  start: number;
}

/** The qualifier right before a number; it may not reach back before `floor` (the end of the previous number). */
function prefixQualifier(text: string, reading: Reading, floor: number): PrefixHit | null {
  const at = reading.start;
  const candidates = at > 0 ? PREFIX_QUALIFIERS.get(text.charCodeAt(at - 1)) : undefined;
  if (candidates === undefined) return null;
  for (const q of candidates) {
    const qualifierStart = at - q.word.length;
    if (qualifierStart < floor || !text.startsWith(q.word, qualifierStart)) continue;
    if (q.digitlessOnly && !(reading.digitless && reading.numeral === 'chinese')) continue;
    if (q.blockedAfter.has(text.charAt(qualifierStart - 1))) continue;
    // 近5年 is "the last five years", not "nearly five years".
    if (q.approx === 'nearly' && startsWithAny(text, reading.end, TIME_UNITS_AFTER_NEARLY)) continue;
    return { approx: q.approx, start: qualifierStart };
  }
  return null;
}

/** Whether a number may begin at `at`: not inside another one, not an ordinal after 第, not 数十/周三. */
function mayStartAt(text: string, at: number): boolean {
  const cls = classAt(text, at);
  const prevClass = classAt(text, at - 1);
  const prevCode = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (cls & MINUS_SIGN && !(cls & ARABIC_DIGIT)) {
    if (!isArabicDigitAt(text, at + 1)) return false;
    if (prevClass & (ARABIC_DIGIT | CHINESE_NUMERAL | MINUS_SIGN) || isLatinLetterAt(text, at - 1)) return false;
    return prevCode !== CODE_DI;
  }
  if (cls & ARABIC_DIGIT) {
    if (prevClass & ARABIC_DIGIT) return false;
    if (isDecimalPointAt(text, at - 1) && isArabicDigitAt(text, at - 2)) return false;
    return prevCode !== CODE_DI;
  }
  if (cls & CHINESE_NUMERAL) {
    if (prevClass & (CHINESE_NUMERAL | ARABIC_DIGIT)) return false;
    // The decimal part of 三点五 is not a number of its own.
    if (prevCode === CODE_DIAN && classAt(text, at - 2) & CHINESE_NUMERAL) return false;
    if (endsWithAny(text, at, NUMERAL_BLOCKING_PREFIXES)) return false;
    if (cls & PLACE_WORD && endsWithAny(text, at, SEVERAL_PREFIXES)) return false;
    return true;
  }
  return false;
}

function toMatch(text: string, reading: Reading, prefix: PrefixHit | null): NumberMatch {
  let approx: Approx | null = prefix?.approx ?? reading.approx;
  if (approx === null) approx = trailingApprox(text, reading.end)?.approx ?? null;
  const match: NumberMatch = {
    start: reading.start,
    end: reading.end,
    value: reading.value,
    kind: reading.kind,
    approx,
    numeral: reading.numeral,
  };
  if (prefix) match.approxStart = prefix.start;
  if (reading.range) match.range = { low: reading.range.low, high: reading.range.high };
  return match;
}

/**
 * Every numeric expression of `text`, left to right, not overlapping. Chinese numerals are reported
 * only as quantities (see the notes at the top of this file). Never throws.
 */
export function findNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  if (typeof text !== 'string') return found;
  let at = 0;
  while (at < text.length) {
    if (classAt(text, at) === 0 || !mayStartAt(text, at)) {
      at += 1;
      continue;
    }
    const reading = readWithRange(text, at);
    if (reading === null || !Number.isFinite(reading.value) || reading.end <= at) {
      at += 1;
      continue;
    }
    const floor = found.length > 0 ? (found[found.length - 1]?.end ?? 0) : 0;
    const prefix = reading.licensed || reading.licensedIfQualified ? prefixQualifier(text, reading, floor) : null;
    if (!(reading.licensed || (prefix !== null && reading.licensedIfQualified))) {
      at += 1;
      continue;
    }
    found.push(toMatch(text, reading, prefix));
    at = reading.end;
  }
  return found;
}

/**
 * The numeric expression starting exactly at `index`, read as a number whether or not it is a
 * quantity in context (二十三 of 二十三日, 三 of 三北). For callers that judge a given span.
 */
export function numberAt(text: string, index: number): NumberMatch | null {
  if (typeof text !== 'string' || !Number.isInteger(index) || index < 0 || index >= text.length) return null;
  const reading = readWithRange(text, index);
  if (reading === null || !Number.isFinite(reading.value)) return null;
  return toMatch(text, reading, prefixQualifier(text, reading, 0));
}

/**
 * A qualifier written after a number or its unit, starting exactly at `from`: 以上/多/余 (over),
 * 左右 (about), 以下 (under). 多 and 余 that begin a word (多元, 余额) are not qualifiers.
 */
export function trailingApprox(text: string, from: number): { approx: SuffixApprox; end: number } | null {
  if (typeof text !== 'string' || !Number.isInteger(from) || from < 0 || from >= text.length) return null;
  const first = text.charCodeAt(from);
  for (const q of SUFFIX_QUALIFIERS) {
    if (q.word.charCodeAt(0) !== first || !text.startsWith(q.word, from)) continue;
    const end = from + q.word.length;
    if (q.blockedBefore.has(text.charAt(end))) continue;
    return { approx: q.approx, end };
  }
  return null;
}
