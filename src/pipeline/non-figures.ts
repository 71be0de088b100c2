// Stage helper: number-like strings that are not statistical figures, so that the figure stage never
// reports them. `nonFigureReason` looks at the number inside a span and at the words around it.
//
// Reasons, in the order they are tried:
// - model:   a technical rating (±800千伏) or a type number (737型).
// - code:    digits glued to Latin letters (G318, PM2.5, 400G, 3D, 5G) or joined by + (3+2, 6+X, 1+N),
//            a Roman numeral (Ⅱ类), and digits alone in short quotes (“33618”, “416”).
// - version: a decimal number after a plan or standard name or before 版 (行动计划2.0, 3.0版, 1.2.3).
// - ordinal: after 第 (第三版), before 届/周年/中全会, and a party congress (十八大, 二十大).
// - name:    a number inside a fixed name or slogan (一带一路, 三北, 十四五, 四链), a numbered set (三大, 十大),
//            a ranking or class (50强, 两位数, 5000亿级), and a number in a short quoted name (“十年禁渔”).
// - date:    month, day and clock time (4月23日, 23日下午, 四月二十三日, 10:30, 2024-03-28), decades and
//            quarters (90年代, 3季度); a year with a month after it (2019年5月) is a date too.
// - year:    a year on its own (2024年, 2019—2023年, 二〇二四年, 2024“一带一路”).
// Lexical lists live in lexicon/non-figures.json.
import { numberAt, type NumberMatch } from './numbers.ts';
import { isMeasureWord, unitAt } from './units.ts';
import lists from './lexicon/non-figures.json' with { type: 'json' };

export type NonFigureReason = 'date' | 'year' | 'code' | 'ordinal' | 'name' | 'version' | 'model' | 'per-unit' | 'specification';

const NAMES: readonly string[] = lists.names.filter((name) => name.length > 0);
const INDICATOR_ABBREVIATIONS: ReadonlySet<string> = new Set(lists.indicatorAbbreviations.map((w) => w.toUpperCase()));
const VERSION_PREFIXES: readonly string[] = lists.versionPrefixes;
const VERSION_SUFFIXES: readonly string[] = lists.versionSuffixes;
const PER_UNIT_BEFORE: readonly string[] = lists.perUnitBefore;
const SPEC_BEFORE: readonly string[] = lists.specBefore;
const ORDINAL_FOLLOWERS: readonly string[] = lists.ordinalFollowers;
const NAME_FOLLOWERS: readonly string[] = lists.nameFollowers;
const CODE_FOLLOWERS_OF_HAO: readonly string[] = lists.codeFollowersOfHao;
const TIME_OF_DAY: readonly string[] = lists.timeOfDay;
const OPEN_QUOTES: ReadonlySet<string> = new Set(lists.quotes.open);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(lists.quotes.close);

/** Longest span searched for a number, and longest quoted name. */
const MAX_SCAN = 64;
const MAX_QUOTED = 12;
const CLAUSE_BREAKS = new Set(['，', '。', '；', '！', '？', ',', ';', '!', '?', '\n', '\r']);
const YEAR_PREPOSITIONS = ['截至', '截止', '直到', '始于', '早在', '自', '从', '于'];
const HAN = /\p{Script=Han}/u;
const ROMAN_NUMERALS = /[\u2160-\u217f]/;
const NUMBER_START = /[0-9０-９零〇一二两三四五六七八九十百千万亿\-−－]/;

function isLatinLetter(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

function isArabicDigit(ch: string): boolean {
  return /^[0-9０-９]$/.test(ch);
}

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/[．]/g, '.').replace(/[－]/g, '-');
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((word) => text.startsWith(word, at));
}

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((word) => at >= word.length && text.startsWith(word, at - word.length));
}

/** Whether a listed name (一带一路, 十四五) overlaps [from, to). */
function insideName(text: string, from: number, to: number): boolean {
  for (const name of NAMES) {
    const windowStart = Math.max(0, from - name.length + 1);
    const windowEnd = Math.min(text.length, to + name.length - 1);
    const window = text.slice(windowStart, windowEnd);
    let found = window.indexOf(name);
    while (found !== -1) {
      const nameStart = windowStart + found;
      if (nameStart < to && nameStart + name.length > from) return true;
      found = window.indexOf(name, found + 1);
    }
  }
  return false;
}

/** The short quoted text around [from, to), if any: “33618”, “十年禁渔”. */
function quotedContent(text: string, from: number, to: number): string | null {
  let open = -1;
  for (let k = from - 1; k >= 0 && k >= from - MAX_QUOTED - 1; k--) {
    const ch = text.charAt(k);
    if (OPEN_QUOTES.has(ch)) {
      open = k;
      break;
    }
    if (CLOSE_QUOTES.has(ch) || CLAUSE_BREAKS.has(ch)) return null;
  }
  if (open === -1) return null;
  for (let k = to; k < text.length && k <= to + MAX_QUOTED; k++) {
    const ch = text.charAt(k);
    if (CLOSE_QUOTES.has(ch)) {
      const content = text.slice(open + 1, k);
      return content.length <= MAX_QUOTED ? content : null;
    }
    if (OPEN_QUOTES.has(ch) || CLAUSE_BREAKS.has(ch)) return null;
  }
  return null;
}

/** The run of date-like characters (digits, -, /, .) around a number: 2024-03-28, 2024/3/28. */
function dateToken(text: string, from: number, to: number): string {
  const part = /[0-9０-９\-－/.．]/;
  let start = from;
  while (start > 0 && from - start < 12 && part.test(text.charAt(start - 1))) start--;
  let end = to;
  while (end < text.length && end - to < 12 && part.test(text.charAt(end))) end++;
  return toAscii(text.slice(start, end));
}

function firstNumber(text: string, start: number, end: number): NumberMatch | null {
  const limit = Math.min(end, start + MAX_SCAN);
  for (let p = start; p < limit; p++) {
    if (!NUMBER_START.test(text.charAt(p))) continue;
    const found = numberAt(text, p);
    if (found) return found;
  }
  return null;
}

function isWholeNumber(m: NumberMatch): boolean {
  return m.kind === 'plain' && Number.isInteger(m.value) && m.range === undefined;
}

function inRange(m: NumberMatch, low: number, high: number): boolean {
  if (m.kind !== 'plain') return false;
  const values = m.range ? [m.range.low, m.range.high] : [m.value];
  return values.every((v) => Number.isInteger(v) && v >= low && v <= high);
}

const PLUS_SIGNS = new Set(['+', '＋']);

function nonSpaceBefore(text: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && /\s/.test(text.charAt(k))) k--;
  return text.charAt(k);
}

function nonSpaceAfter(text: string, at: number): string {
  let k = at;
  while (k < text.length && k - at < 4 && /\s/.test(text.charAt(k))) k++;
  return text.charAt(k);
}

function codeReason(text: string, m: NumberMatch): NonFigureReason | null {
  const prev = text.charAt(m.start - 1);
  if (isLatinLetter(prev)) {
    let k = m.start - 1;
    while (k > 0 && m.start - k < 12 && isLatinLetter(text.charAt(k - 1))) k--;
    const word = text.slice(k, m.start).toUpperCase();
    if (!INDICATOR_ABBREVIATIONS.has(word)) return 'code';
  }
  if ((prev === '-' || prev === '－') && isLatinLetter(text.charAt(m.start - 2))) return 'code';
  const next = text.charAt(m.end);
  if (isLatinLetter(next)) {
    const unit = unitAt(text, m.end);
    if (unit === null) return 'code';
  }
  // 3+2, 6+X, 1+N; a page break may sit next to the plus sign.
  if (PLUS_SIGNS.has(nonSpaceBefore(text, m.start)) || PLUS_SIGNS.has(nonSpaceAfter(text, m.end))) return 'code';
  return null;
}

function versionReason(text: string, m: NumberMatch, surface: string): NonFigureReason | null {
  const ascii = toAscii(surface);
  if (!/^\d+\.\d+$/.test(ascii) || m.kind !== 'plain') return null;
  // 1.2.3: a second point makes a version.
  if ((text.charAt(m.end) === '.' || text.charAt(m.end) === '．') && isArabicDigit(text.charAt(m.end + 1))) return 'version';
  if (startsWithAny(text, m.end, VERSION_SUFFIXES)) return 'version';
  if (endsWithAny(text, m.start, VERSION_PREFIXES)) return 'version';
  return null;
}

function dateReason(text: string, m: NumberMatch): NonFigureReason | null {
  const after = m.end;
  const next = text.charAt(after);
  if (text.startsWith('世纪', after) || text.startsWith('年代', after) || text.startsWith('季度', after)) return 'date';
  if (next === '月' && inRange(m, 1, 12)) return 'date';
  if ((next === '日' || next === '号') && inRange(m, 1, 31)) {
    if (next === '号' && startsWithAny(text, after + 1, CODE_FOLLOWERS_OF_HAO)) return 'code';
    return 'date';
  }
  if (isWholeNumber(m) && inRange(m, 0, 24)) {
    if (next === '时' && !/[间期代候刻段尚]/.test(text.charAt(after + 1))) return 'date';
    if (next === '点' && (endsWithAny(text, m.approxStart ?? m.start, TIME_OF_DAY) || /[半钟整0-9０-９零一二三四五六七八九十]/.test(text.charAt(after + 1)))) {
      return 'date';
    }
    if ((next === ':' || next === '：') && isArabicDigit(text.charAt(after + 1)) && isArabicDigit(text.charAt(after + 2))) return 'date';
  }
  const prev = text.charAt(m.start - 1);
  if ((prev === ':' || prev === '：') && isArabicDigit(text.charAt(m.start - 2)) && inRange(m, 0, 59)) return 'date';
  const token = dateToken(text, m.start, m.end);
  if (/^\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$/.test(token) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(token)) return 'date';
  return null;
}

function yearReason(text: string, m: NumberMatch, surface: string): NonFigureReason | null {
  const fourDigits = /^[0-9０-９]{4}$/.test(surface) || /^[〇零一二三四五六七八九]{4}$/.test(surface);
  const isRange = m.range !== undefined;
  if (!(fourDigits || isRange) || !inRange(m, 1000, 2999)) return null;
  const after = m.end;
  if (text.charAt(after) === '年') {
    // 2019年5月 names a month: a date.
    if (/^年[0-9０-９一二三四五六七八九十]{1,3}月/.test(text.slice(after, after + 6))) return 'date';
    return 'year';
  }
  if (!fourDigits || !inRange(m, 1900, 2100)) return null;
  // A bare year: not followed by a unit, and next to a quote, another year or a time preposition.
  if (unitAt(text, after) !== null || isMeasureWord(text.charAt(after))) return null;
  const next = text.charAt(after);
  if (next === '“' || next === '‘' || next === '《' || next === '"') return 'year';
  if (/^[、,，和及与至到—–\-~～][0-9０-９]{4}/.test(text.slice(after, after + 6))) return 'year';
  if (endsWithAny(text, m.approxStart ?? m.start, YEAR_PREPOSITIONS)) return 'year';
  return null;
}

function ordinalOrNameReason(text: string, m: NumberMatch, surface: string): NonFigureReason | null {
  const after = m.end;
  if (startsWithAny(text, after, ORDINAL_FOLLOWERS)) return 'ordinal';
  if (text.charAt(after) === '大') {
    // 十八大, 二十大: a party congress; 三大, 十大: a numbered set.
    return /^[十二三]/.test(surface) && inRange(m, 11, 30) ? 'ordinal' : 'name';
  }
  if (startsWithAny(text, after, NAME_FOLLOWERS)) return 'name';
  if (text.charAt(after) === '级' && /[百千万亿]/.test(surface)) return 'name';
  return null;
}

/**
 * Why the number in `match` is not a statistical figure ('date', 'year', 'code', 'ordinal', 'name',
 * 'version', 'model'), or null when it may be one. `match` may be a NumberMatch or any span holding
 * a number. Never throws.
 */
export function nonFigureReason(text: string, match: { start: number; end: number }): NonFigureReason | null {
  if (typeof text !== 'string' || match === null || typeof match !== 'object') return null;
  if (!Number.isFinite(match.start) || !Number.isFinite(match.end)) return null;
  const start = Math.max(0, Math.floor(match.start));
  const end = Math.min(text.length, Math.floor(match.end));
  if (start >= end) return null;
  const span = text.slice(start, end);

  const m = firstNumber(text, start, end);
  if (m === null) {
    if (ROMAN_NUMERALS.test(span)) return 'code';
    if (insideName(text, start, end)) return 'name';
    if (/^首[届次期]/.test(span)) return 'ordinal';
    if (/^[A-Za-z][A-Za-z0-9.+\-]*$/.test(span)) return 'code';
    return null;
  }
  const surface = text.slice(m.start, m.end);

  const prefixStart = m.approxStart ?? m.start;
  if (text.charAt(prefixStart - 1) === '±' || text.charAt(m.start - 1) === '±') return 'model';
  const code = codeReason(text, m);
  if (code) return code;
  const version = versionReason(text, m, surface);
  if (version) return version;
  if (text.charAt(prefixStart - 1) === '第') return 'ordinal';
  if (insideName(text, m.start, m.end)) return 'name';
  const date = dateReason(text, m);
  if (date) return date;
  const year = yearReason(text, m, surface);
  if (year) return year;
  const ordinal = ordinalOrNameReason(text, m, surface);
  if (ordinal) return ordinal;
  const quoted = quotedContent(text, m.start, m.end);
  if (quoted !== null) return HAN.test(quoted) ? 'name' : 'code';
  if (text.charAt(m.end) === '型') return 'model';
  const lead = text.slice(Math.max(0, prefixStart - 6), prefixStart);
  if (PER_UNIT_BEFORE.some((w) => lead.endsWith(w))) return 'per-unit';
  if (SPEC_BEFORE.some((w) => lead.endsWith(w))) return 'specification';
  return null;
}
