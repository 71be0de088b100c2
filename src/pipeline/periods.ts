// Stage helper: time expressions and their resolution against the article's publication date.
//
// Period strings (see `Period` in types.ts):
//   year `2024` · quarter `2024-Q1` · half `2024-H1` · month `2024-06` · date `2024-04-23`
//   interval of years `2019/2023` · interval of months `2024-01/2024-05` · year to date `2024-01-01/2024-04-09`.
// Choices:
// - 前三季度 is written as the interval of months `Y-01/Y-09` (the same period as 1-9月, which statistics
//   offices report under both names); 前两季度 → `Y-01/Y-06`.
// - 过去5年 / 近5年 / 5年来 / 五年来 → the last N complete years `(Y-N)/(Y-1)`, Y = publication year;
//   过去一年 → `Y-1`. 连续7年 (a duration) is not a period.
// - A month without a year (6月) is in the publication year, or the previous year when it is after the
//   publication month; the same rule for M月D日 and month ranges (1-5月). Quarters and halves without a year
//   (一季度, 上半年, 前三季度) stay in the publication year even when not yet over (figures.ts takes
//   one that ends more than half a year after publication, with no goal word, as last year's).
// - 截至M月D日 → `Y-01-01/Y-MM-DD`; 截至M月 / M月底 → to the month's last day; 截至M月初/上旬… → `Y-01/Y-MM`.
//   Y is the explicit year of the expression, else the nearest year (or 今年/去年) in the same sentence,
//   else the publication year (with the month rule above). 截至2024年底 → `2024`. 截至目前 → year to date.
// - 上月 / 上个月 → the month before publication; 本月 → the month of publication.
// - 今年以来 → `Y-01-01/Y-MM-DD` when the publication day is known, else `Y`.
// - 从2019年…到/至2023年 → the interval `2019/2023` (kind 'interval') AND the two year mentions
//   (`role: 'from' | 'to'`), so the level after 2019年的 can take the period 2019. Mentions can therefore
//   overlap; they are ordered by start, longer first.
// - 较2019年 / 比去年 / 与2019年相比 → the year mention with `base: true`.
// - Dates (kind 'date') are context, not figure periods; they are reported anyway.
import type { CalendarDate } from './types.ts';

export type PeriodKind = 'year' | 'quarter' | 'half' | 'month' | 'interval' | 'ytd' | 'date' | 'relative';

export interface PeriodMention {
  start: number;
  end: number;
  surface: string;
  period: string;
  kind: PeriodKind;
  /** A comparison base (较2019年, 比去年): the figure is not of this period. */
  base?: boolean;
  /** Endpoint of a from…to interval (从2019年的…增长到2023年的…). */
  role?: 'from' | 'to';
  /** Resolved against the publication date (今年, 一季度, 6月, 过去5年 …). */
  relative?: boolean;
  /**
   * A part of a year with no year of its own after another year in its sentence (2024年…，一季度…):
   * that year's or the publication's, the text does not say.
   */
  ambiguous?: boolean;
}

export interface DateCue {
  start: number;
  end: number;
  surface: string;
  kind: 'dateline' | 'full_date' | 'month_day' | 'day_only' | 'data_year' | 'anniversary';
  year?: number;
  month?: number;
  day?: number;
}

// ---------------------------------------------------------------- characters and numbers

const CN_DIGIT: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '○': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const CN_YEAR_DIGIT = /[〇零○一二三四五六七八九]/u;
const CLAUSE_END = /[。！？；!?;\n]/u;
const TIME_OF_DAY = /^(?:上午|下午|晚上|晚间|早上|早晨|凌晨|中午|傍晚|夜间|清晨|晚)/u;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isAsciiAlnum(c: string | undefined): boolean {
  if (c === undefined) return false;
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '.';
}
const CN_NUM_SET = new Set('〇零○一二三四五六七八九十两');
function isCnNum(c: string | undefined): boolean {
  return c !== undefined && CN_NUM_SET.has(c);
}

/** Full-width digits and Q → ASCII; same length as the input so offsets are shared. */
function normalize(text: string): string {
  return text.replace(/[０-９Ｑ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

interface Num {
  value: number;
  end: number;
}

/** A small number at i: 1-3 ASCII digits or a Chinese numeral up to 99 (十, 二十三, 两). */
function parseSmall(s: string, i: number, max = 99): Num | null {
  if (isDigit(s[i])) {
    if (isDigit(s[i - 1])) return null;
    let j = i;
    while (j < s.length && j - i < 4 && isDigit(s[j])) j++;
    if (isDigit(s[j]) || j - i > 3) return null;
    if (s[j] === '.' && isDigit(s[j + 1])) return null; // 3.5年
    const value = Number(s.slice(i, j));
    return value <= max ? { value, end: j } : null;
  }
  if (!isCnNum(s[i]) || isCnNum(s[i - 1])) return null;
  let j = i;
  while (j < s.length && j - i < 3 && isCnNum(s[j])) j++;
  if (isCnNum(s[j])) return null;
  const str = s.slice(i, j);
  let value: number | undefined;
  const ten = str.indexOf('十');
  if (ten < 0) {
    value = str.length === 1 ? CN_DIGIT[str] : undefined;
  } else if (str.indexOf('十', ten + 1) < 0) {
    const before = str.slice(0, ten);
    const after = str.slice(ten + 1);
    const tens = before === '' ? 1 : before.length === 1 && before !== '两' ? CN_DIGIT[before] : undefined;
    const ones = after === '' ? 0 : after.length === 1 && after !== '两' ? CN_DIGIT[after] : undefined;
    if (tens !== undefined && ones !== undefined && tens > 0) value = tens * 10 + ones;
  }
  if (value === undefined || value > max) return null;
  return { value, end: j };
}

/** A four-digit year at i (ASCII or 二〇二四), without the 年. */
function parseYear4(s: string, i: number): Num | null {
  if (isDigit(s[i])) {
    if (isAsciiAlnum(s[i - 1])) return null;
    for (let k = 1; k < 4; k++) if (!isDigit(s[i + k])) return null;
    if (isDigit(s[i + 4])) return null;
    const value = Number(s.slice(i, i + 4));
    return value >= 1800 && value <= 2200 ? { value, end: i + 4 } : null;
  }
  const c0 = s[i];
  if (c0 === undefined || !CN_YEAR_DIGIT.test(c0) || isCnNum(s[i - 1])) return null;
  let str = '';
  for (let k = 0; k < 4; k++) {
    const c = s[i + k];
    if (c === undefined || !CN_YEAR_DIGIT.test(c)) return null;
    str += String(CN_DIGIT[c] ?? 0);
  }
  if (isCnNum(s[i + 4])) return null;
  const value = Number(str);
  return value >= 1800 && value <= 2200 ? { value, end: i + 4 } : null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
function ym(y: number, m: number): string {
  return `${y}-${pad2(m)}`;
}

// ---------------------------------------------------------------- publication date

interface Pub {
  year: number;
  month?: number;
  day?: number;
}

function sanitize(published: CalendarDate | undefined | null): Pub | null {
  if (!published || typeof published !== 'object') return null;
  const y = published.year;
  if (typeof y !== 'number' || !Number.isInteger(y) || y < 1000 || y > 9999) return null;
  const out: Pub = { year: y };
  const m = published.month;
  if (typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12) {
    out.month = m;
    const d = published.day;
    if (typeof d === 'number' && Number.isInteger(d) && validDay(y, m, d)) out.day = d;
  }
  return out;
}

/** Year of a month written without a year: the publication year, or the previous one if the month is later. */
function yearForMonth(pub: Pub, month: number): number {
  return pub.month !== undefined && month > pub.month ? pub.year - 1 : pub.year;
}

function ytd(pub: Pub, year: number): string {
  if (year === pub.year && pub.month !== undefined && pub.day !== undefined) {
    return `${year}-01-01/${ymd(year, pub.month, pub.day)}`;
  }
  return String(year);
}

// ---------------------------------------------------------------- year heads

interface Head {
  start: number;
  end: number;
  year: number;
  relative: boolean;
}

interface RelWord {
  word: string;
  offset: number;
  /** Characters before the word that make it part of another word (过去年均, 如今年轻). */
  badBefore: RegExp;
  badAfter: RegExp;
}

const REL_START = /[今本去上前明]/u;
const REL_WORDS: readonly RelWord[] = [
  { word: '今年', offset: 0, badBefore: /[如迄]$|(?<!截)至$/u, badAfter: /^[轻纪龄]/u },
  { word: '本年', offset: 0, badBefore: /[基资成日根样剧范版文]$/u, badAfter: /^[龄轻纪]/u },
  { word: '去年', offset: -1, badBefore: /[过失除回离]$/u, badAfter: /^[轻纪龄]/u },
  { word: '上一年', offset: -1, badBefore: /[以向马往赶爬走跟]$/u, badAfter: /^[龄轻纪]/u },
  { word: '上年', offset: -1, badBefore: /[以向马往赶爬走跟晚早至]$/u, badAfter: /^[龄轻纪]/u },
  { word: '前年', offset: -2, badBefore: /[目提此之以日月年当从向超空眼半]$/u, badAfter: /^[龄轻纪均度]/u },
  { word: '明年', offset: 1, badBefore: /[说表证聪声发阐文透分标光]$/u, badAfter: /^[龄轻纪]/u },
];

function parseHead(s: string, i: number, pub: Pub | null): Head | null {
  const y4 = parseYear4(s, i);
  if (y4 && s[y4.end] === '年') {
    let end = y4.end + 1;
    if (s[end] === '度') end++;
    return { start: i, end, year: y4.value, relative: false };
  }
  if (!pub || !REL_START.test(s[i] ?? '')) return null;
  for (const r of REL_WORDS) {
    if (!s.startsWith(r.word, i)) continue;
    const before = s.slice(Math.max(0, i - 2), i);
    const after = s.slice(i + r.word.length, i + r.word.length + 2);
    if (r.badBefore.test(before) || r.badAfter.test(after)) return null;
    let end = i + r.word.length;
    if (s[end] === '度') end++;
    return { start: i, end, year: pub.year + r.offset, relative: true };
  }
  return null;
}

// ---------------------------------------------------------------- qualifiers after a year (or alone)

interface Qual {
  end: number;
  kind: PeriodKind;
  /** Period given the year. */
  period: (year: number) => string;
  /** A month-based expression (months roll back to the previous year when written without a year). */
  lastMonth?: number;
  /** Month and day for 截至 expressions. */
  month?: number;
  day?: number;
  /** 底/末 (end of year or month) or 初/旬 (start of month). */
  edge?: 'end' | 'start';
  /** 以来: since. */
  since?: boolean;
  /** 年底 etc.: the year itself. */
  yearOnly?: boolean;
}

const QUAL_START = /[前第首Q上下0-9〇零○一二三四五六七八九十两]/u;
const QUARTER_CN: Readonly<Record<string, number>> = { '一': 1, '二': 2, '三': 3, '四': 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Quarters, halves, month spans and single months; `afterYear` allows a bare Chinese month (2024年四月). */
function parseQualifier(s: string, j: number, afterYear: boolean): Qual | null {
  const c = s[j];
  if (c === undefined || !QUAL_START.test(c)) return null;
  // 前三季度, 前3季度, 前两个季度
  let m = c === '前' ? /^前([一二两三1-3])个?季度/u.exec(s.slice(j, j + 6)) : null;
  if (m && m[1] !== undefined) {
    const q = m[1] === '两' ? 2 : (QUARTER_CN[m[1]] ?? 1);
    const last = q * 3;
    return { end: j + m[0].length, kind: 'interval', period: (y) => `${ym(y, 1)}/${ym(y, last)}` };
  }
  // 第一季度, 一季度, 1季度, 首季度, 首季, Q1
  m = (s[j + 1] === '季' || s[j + 2] === '季' || c === 'Q') && /[第首Q一二三四1-4]/u.test(c) ? /^(?:第?([一二三四1-4])季度|(首)季度?|Q([1-4])(?![0-9A-Za-z]))/u.exec(s.slice(j, j + 5)) : null;
  if (m && !(m[3] !== undefined && isAsciiAlnum(s[j - 1]) && !isDigit(s[j - 1]))) {
    const q = m[2] !== undefined ? 1 : (QUARTER_CN[m[1] ?? m[3] ?? '1'] ?? 1);
    if (!(m[1] !== undefined && isDigit(m[1]) && isDigit(s[j - 1]))) {
      return { end: j + m[0].length, kind: 'quarter', period: (y) => `${y}-Q${q}` };
    }
  }
  // 上半年, 下半年
  if (s.startsWith('上半年', j) || s.startsWith('下半年', j)) {
    const h = c === '上' ? 1 : 2;
    return { end: j + 3, kind: 'half', period: (y) => `${y}-H${h}` };
  }
  // 前5个月, 前五月
  if (c === '前') {
    const n = parseSmall(s, j + 1, 12);
    if (n && n.value >= 1) {
      let e = n.end;
      if (s[e] === '个') e++;
      if (s[e] === '月' && s[e + 1] !== '份' && !isCnNum(s[e + 1])) {
        const last = n.value;
        return { end: e + 1, kind: 'interval', period: (y) => `${ym(y, 1)}/${ym(y, last)}`, lastMonth: last };
      }
    }
    return null;
  }
  // months: 1-5月, 1至5月, 1月至5月, 6月, 6月份, 6月底, 4月9日
  const m1 = parseSmall(s, j, 12);
  if (!m1 || m1.value < 1) return null;
  const cnMonth = !isDigit(c);
  let e = m1.end;
  const hasYue = s[e] === '月';
  if (hasYue) e++;
  const dash = s[e];
  if (dash !== undefined && /[-—–~～至到]/u.test(dash)) {
    let k = e + 1;
    if (s[k] === '—') k++; // ——
    const m2 = parseSmall(s, k, 12);
    if (m2 && s[m2.end] === '月' && m2.value > m1.value && (!cnMonth || afterYear || s[m2.end + 1] === '份')) {
      let end = m2.end + 1;
      if (s[end] === '份') end++;
      const a = m1.value;
      const b = m2.value;
      return { end, kind: 'interval', period: (y) => `${ym(y, a)}/${ym(y, b)}`, lastMonth: b };
    }
  }
  if (!hasYue) return null;
  const month = m1.value;
  if (s[e] === '份') e++;
  // day
  const d = parseSmall(s, e, 31);
  if (d && d.value >= 1 && (s[d.end] === '日' || s[d.end] === '号')) {
    const day = d.value;
    return { end: d.end + 1, kind: 'date', period: (y) => ymd(y, month, day), lastMonth: month, month, day };
  }
  if (cnMonth && !afterYear && s[m1.end + 1] !== '份') return null; // a bare 四月 is too ambiguous
  let edge: 'end' | 'start' | undefined;
  const tail = /^(?:底|末|下旬|初|上旬|中旬)/u.exec(s.slice(e, e + 2));
  if (tail) {
    edge = tail[0] === '底' || tail[0] === '末' || tail[0] === '下旬' ? 'end' : 'start';
    e += tail[0].length;
  }
  const q: Qual = { end: e, kind: 'month', period: (y) => ym(y, month), lastMonth: month, month };
  if (edge) q.edge = edge;
  return q;
}

/** Qualifiers that only follow a year: 全年, 底/末/初, 年底, 以来. */
function parseYearTail(s: string, j: number): Qual | null {
  if (s.startsWith('全年', j)) return { end: j + 2, kind: 'year', period: (y) => String(y), yearOnly: true };
  const m = /^年?(底|末|初)/u.exec(s.slice(j, j + 2));
  if (m && m[1] !== undefined) {
    const q: Qual = { end: j + m[0].length, kind: 'year', period: (y) => String(y), yearOnly: true };
    q.edge = m[1] === '初' ? 'start' : 'end';
    return q;
  }
  if (s.startsWith('以来', j)) return { end: j + 2, kind: 'ytd', period: (y) => String(y), since: true };
  return null;
}

// ---------------------------------------------------------------- findPeriods

const FIVE_YEAR_PLAN: Readonly<Record<string, number>> = { '一': 11, '二': 12, '三': 13, '四': 14, '五': 15, '六': 16 };

function push(out: PeriodMention[], text: string, start: number, end: number, period: string, kind: PeriodKind, relative: boolean): PeriodMention {
  const m: PeriodMention = { start, end, surface: text.slice(start, end), period, kind };
  if (relative) m.relative = true;
  out.push(m);
  return m;
}

/** Year heads and clause ends of a text, built once (lazily) for 截至 expressions and parts of a year without a year. */
interface ScopeIndex {
  headPos: number[];
  headYear: number[];
  clauseEnds: number[];
}

function buildScope(s: string, pub: Pub | null): ScopeIndex {
  const idx: ScopeIndex = { headPos: [], headYear: [], clauseEnds: [] };
  for (let k = 0; k < s.length; k++) {
    const c = s[k] ?? '';
    if (CLAUSE_END.test(c)) {
      idx.clauseEnds.push(k);
      continue;
    }
    if (!HEAD_START.test(c) || (isDigit(c) && isDigit(s[k - 1]))) continue;
    const h = parseHead(s, k, pub);
    if (!h) continue;
    // The year of a date or a part of a year (2025年一季度, 2025年10月15日) is in scope too.
    idx.headPos.push(k);
    idx.headYear.push(h.year);
    k = h.end - 1;
  }
  return idx;
}

/** Index of the first element >= x in a sorted array. */
function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The year in scope of a 截至 expression without a year: the nearest explicit year or 今年/去年 in its sentence. */
function yearInScope(idx: ScopeIndex, at: number, end: number): number | null {
  const ce = idx.clauseEnds;
  const ci = lowerBound(ce, at);
  const prevEnd = ci > 0 ? (ce[ci - 1] ?? -1) : -1;
  const a = Math.max(prevEnd + 1, at - 60);
  const nextEnd = ce[lowerBound(ce, end)] ?? Number.POSITIVE_INFINITY;
  const b = Math.min(nextEnd, end + 80);
  const hp = idx.headPos;
  let best: number | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  const back = lowerBound(hp, at) - 1;
  const bp = hp[back];
  if (back >= 0 && bp !== undefined && bp >= a) {
    bestDist = at - bp;
    best = idx.headYear[back] ?? null;
  }
  const fwd = lowerBound(hp, end);
  const fp = hp[fwd];
  if (fp !== undefined && fp < b && fp - end < bestDist) best = idx.headYear[fwd] ?? null;
  return best;
}

/** An explicit year other than `year` earlier in the sentence of `at` (2024年，…，一季度: not the publication's year). */
function otherYearBefore(idx: ScopeIndex, at: number, year: number): boolean {
  const ce = idx.clauseEnds;
  const ci = lowerBound(ce, at);
  const sentenceStart = ci > 0 ? (ce[ci - 1] ?? -1) + 1 : 0;
  for (let k = lowerBound(idx.headPos, sentenceStart); k < idx.headPos.length && (idx.headPos[k] ?? at) < at; k++) {
    if (idx.headYear[k] !== year) return true;
  }
  return false;
}

function parseUntil(s: string, text: string, i: number, pub: Pub | null, out: PeriodMention[], scope: () => ScopeIndex): number {
  // i is at 截至/截止; returns the end of the mention or -1.
  let j = i + 2;
  if (s[j] === '到' || s[j] === '于') j++;
  if (pub) {
    const now = /^(?:目前|当前|现在|发稿时|发稿|今天|今日|日前|当下|现阶段)/u.exec(s.slice(j, j + 4));
    if (now) {
      const end = j + now[0].length;
      push(out, text, i, end, ytd(pub, pub.year), 'ytd', true);
      return end;
    }
  }
  const head = parseHead(s, j, pub);
  if (head) {
    const tail = parseYearTail(s, head.end);
    if (tail && tail.yearOnly) {
      push(out, text, i, tail.end, String(head.year), 'year', head.relative);
      return tail.end;
    }
    const q = parseQualifier(s, head.end, true);
    if (q) {
      emitUntil(out, text, i, q, head.year, head.relative);
      return q.end;
    }
    push(out, text, i, head.end, String(head.year), head.relative ? 'relative' : 'year', head.relative);
    return head.end;
  }
  const q = parseQualifier(s, j, false);
  if (q && (q.kind === 'date' || q.kind === 'month')) {
    const scoped = yearInScope(scope(), i, q.end);
    let year: number | null = scoped;
    let relative = false;
    if (year === null && pub) {
      year = yearForMonth(pub, q.lastMonth ?? 1);
      relative = true;
    }
    if (year === null) return -1;
    emitUntil(out, text, i, q, year, relative);
    return q.end;
  }
  return -1;
}

function emitUntil(out: PeriodMention[], text: string, start: number, q: Qual, year: number, relative: boolean): void {
  if (q.kind === 'date' && q.month !== undefined && q.day !== undefined) {
    if (validDay(year, q.month, q.day)) push(out, text, start, q.end, `${year}-01-01/${ymd(year, q.month, q.day)}`, 'ytd', relative);
    return;
  }
  if (q.kind === 'month' && q.month !== undefined) {
    const period =
      q.edge === 'start'
        ? `${ym(year, 1)}/${ym(year, q.month)}`
        : `${year}-01-01/${ymd(year, q.month, daysInMonth(year, q.month))}`;
    push(out, text, start, q.end, period, 'ytd', relative);
    return;
  }
  push(out, text, start, q.end, q.period(year), q.kind, relative);
}

/** Time expressions of `text`, resolved against the publication date. Never throws. */
export function findPeriods(text: string, published: CalendarDate): PeriodMention[] {
  const out: PeriodMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    scanPeriods(text, sanitize(published), out);
  } catch {
    // Defensive: a bug must not take the pipeline down.
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** Characters a time expression can start with. */
const HEAD_START = /[0-9〇零○一二三四五六七八九今本去上前明]/u;
const PERIOD_START = new Set('0123456789〇零○一二三四五六七八九十两今本去上前明过最近这年第首Q截下');

function scanPeriods(text: string, pub: Pub | null, out: PeriodMention[]): void {
  const s = normalize(text);
  const n = s.length;
  /** Explicit plain-year mentions, for the from…to pass. */
  const years: PeriodMention[] = [];
  let scopeIndex: ScopeIndex | null = null;
  const scope = (): ScopeIndex => (scopeIndex ??= buildScope(s, pub));
  let i = 0;
  while (i < n) {
    const c = s[i] ?? '';
    if (!PERIOD_START.has(c) || (isDigit(c) && isDigit(s[i - 1])) || (isCnNum(c) && isCnNum(s[i - 1]))) {
      i++;
      continue;
    }
    // 截至 …
    if ((c === '截') && (s[i + 1] === '至' || s[i + 1] === '止')) {
      const end = parseUntil(s, text, i, pub, out, scope);
      if (end > i) {
        i = end;
        continue;
      }
    }
    // 2019—2023年, 2019-2023年
    const y4 = parseYear4(s, i);
    if (y4) {
      const mm = /^([-—–~～至到])\s?/u.exec(s.slice(y4.end, y4.end + 2));
      if (mm && s[y4.end] !== '年') {
        const y2 = parseYear4(s, y4.end + mm[0].length);
        if (y2 && s[y2.end] === '年' && y2.value > y4.value) {
          push(out, text, i, y2.end + 1, `${y4.value}/${y2.value}`, 'interval', false);
          push(out, text, i, y4.end, String(y4.value), 'year', false).role = 'from';
          push(out, text, y4.end + mm[0].length, y2.end + 1, String(y2.value), 'year', false).role = 'to';
          i = y2.end + 1;
          continue;
        }
      }
    }
    // a year head, with its qualifier
    const head = parseHead(s, i, pub);
    if (head) {
      const tail = parseYearTail(s, head.end);
      if (tail) {
        if (tail.since && pub) {
          if (head.year === pub.year) push(out, text, i, tail.end, ytd(pub, head.year), 'ytd', true);
          else if (head.year < pub.year) push(out, text, i, tail.end, `${head.year}/${pub.year}`, 'interval', true);
          else push(out, text, i, tail.end, String(head.year), 'year', head.relative);
        } else if (!tail.since) {
          push(out, text, i, tail.end, String(head.year), head.relative ? 'relative' : 'year', head.relative);
        } else {
          push(out, text, i, head.end, String(head.year), 'year', false);
        }
        i = tail.end;
        continue;
      }
      const q = parseQualifier(s, head.end, true);
      if (q && !(q.kind === 'date' && q.month !== undefined && q.day !== undefined && !validDay(head.year, q.month, q.day))) {
        push(out, text, i, q.end, q.period(head.year), q.kind, head.relative);
        i = q.end;
        continue;
      }
      const m = push(out, text, i, head.end, String(head.year), head.relative ? 'relative' : 'year', head.relative);
      if (!head.relative) years.push(m);
      i = head.end;
      continue;
    }
    if (pub) {
      // 年初以来, 年初至今
      if (c === '年' && (s.startsWith('年初以来', i) || s.startsWith('年初至今', i))) {
        push(out, text, i, i + 4, ytd(pub, pub.year), 'ytd', true);
        i += 4;
        continue;
      }
      // 上月, 上个月, 本月: the month before publication, the month of publication.
      const rel = /^(?:上个?月|本月)/u.exec(s.slice(i, i + 3));
      if (rel && pub.month !== undefined && !/[马迎赶爬]$/u.test(s.slice(0, i))) {
        const back = rel[0] === '本月' ? 0 : 1;
        const month = pub.month - back || 12;
        push(out, text, i, i + rel[0].length, ym(month === 12 && back ? pub.year - 1 : pub.year, month), 'month', true);
        i += rel[0].length;
        continue;
      }
      // 过去5年, 近五年, 5年来, 五年来
      const dur = parseDuration(s, i);
      if (dur) {
        const y = pub.year;
        if (dur.n === 1) push(out, text, i, dur.end, String(y - 1), 'relative', true);
        else push(out, text, i, dur.end, `${y - dur.n}/${y - 1}`, 'interval', true);
        i = dur.end;
        continue;
      }
      // a qualifier without a year: 一季度, 上半年, 1-5月, 6月, 4月23日
      if (!isDigit(s[i - 1]) && s[i - 1] !== '.' && s[i - 1] !== '第' || c === '第') {
        const q = parseQualifier(s, i, false);
        if (q) {
          let year = pub.year;
          if (q.lastMonth !== undefined) year = yearForMonth(pub, q.lastMonth);
          if (!(q.kind === 'date' && q.month !== undefined && q.day !== undefined && !validDay(year, q.month, q.day))) {
            const m = push(out, text, i, q.end, q.period(year), q.kind, true);
            if (otherYearBefore(scope(), i, year)) m.ambiguous = true;
            i = q.end;
            continue;
          }
        }
      }
      // 23日 (the publication month)
      const d = parseDayOnly(s, i);
      if (d && pub.month !== undefined) {
        let y = pub.year;
        let m = pub.month;
        if (pub.day !== undefined && d.value > pub.day) {
          m -= 1;
          if (m === 0) {
            m = 12;
            y -= 1;
          }
        }
        if (validDay(y, m, d.value)) {
          push(out, text, i, d.end, ymd(y, m, d.value), 'date', true);
          i = d.end;
          continue;
        }
      }
    }
    // “十四五”
    if (c === '十' && !isCnNum(s[i - 1])) {
      const k = FIVE_YEAR_PLAN[s[i + 1] ?? ''];
      if (k !== undefined && s[i + 2] === '五' && !isCnNum(s[i + 3])) {
        const ctx = (s[i - 1] ?? '') + (s[i + 3] ?? '');
        if (/[“"‘「『]/u.test(ctx) || /^(?:规划|时期|期间|以来|末|期|初|中)/u.test(s.slice(i + 3, i + 5))) {
          const start = 1966 + 5 * (k - 3);
          // “十四五”以来, written during the plan: from its start until the day of writing, not all of it.
          const since = /^[”"’」』]?以来/u.test(s.slice(i + 3, i + 6)) && pub !== null && pub.year >= start && pub.year <= start + 4;
          const until = since && pub ? (pub.month !== undefined && pub.day !== undefined ? `${start}-01-01/${ymd(pub.year, pub.month, pub.day)}` : `${start}/${pub.year}`) : `${start}/${start + 4}`;
          push(out, text, i, i + 3, until, 'interval', false);
          i += 3;
          continue;
        }
      }
    }
    i++;
  }
  pairFromTo(s, text, years, pub, out);
  markBases(s, out);
}

interface Duration {
  n: number;
  end: number;
}

/** 过去5年, 近五年, 最近5年, 这5年, 5年来, 五年以来 (not 连续5年, 接近5年, 近年来). */
function parseDuration(s: string, i: number): Duration | null {
  const c = s[i];
  if (c === undefined) return null;
  let j = i;
  let prefixed = false;
  if (c === '过' || c === '最' || c === '近' || c === '这') {
    const pre = /过去的?|最近|近|这/uy;
    pre.lastIndex = i;
    const m = pre.exec(s);
    if (!m) return null;
    if (m[0] === '近' && /[接将附邻最靠]/u.test(s[i - 1] ?? '')) return null;
    if (m[0] === '这' && s[i + 1] === '一' && s[i + 2] === '年') return null; // 这一年: the year in context
    j = i + m[0].length;
    prefixed = true;
  } else if (!isDigit(c) && !isCnNum(c)) {
    return null;
  }
  const n = parseSmall(s, j, 100);
  if (!n || n.value < 1) return null;
  let e = n.end;
  if (s[e] === '个') e++;
  if (s[e] !== '年') return null;
  e++;
  let suffix = '';
  if (s[e] === '来' || s[e] === '间' || s[e] === '里' || s[e] === '中') suffix = s[e] ?? '';
  else if (s[e] === '以' && s[e + 1] === '来') suffix = '以来';
  if (!prefixed) {
    if (suffix !== '来' && suffix !== '以来') return null;
    if (/(?:连续|持续|已|长达|历时|用了?|第)$/u.test(s.slice(Math.max(0, i - 2), i))) return null;
  }
  return { n: n.value, end: e + suffix.length };
}

/** 23日 when it reads as a day of the month (not 连续5日, 5日内, 30日均线). */
function parseDayOnly(s: string, i: number): Num | null {
  if (!isDigit(s[i])) return null;
  const prev = s[i - 1];
  if (prev !== undefined && /[0-9.月年连续近每共第前后逾超约余多几数个这头首末至到和、—-]/u.test(prev)) return null;
  const d = parseSmall(s, i, 31);
  if (!d || d.value < 1 || s[d.end] !== '日') return null;
  const next = s[d.end + 1];
  if (next !== undefined && /[内来间左后前均元游期子常]/u.test(next)) return null;
  return { value: d.value, end: d.end + 1 };
}

function pairFromTo(s: string, text: string, years: PeriodMention[], pub: Pub | null, out: PeriodMention[]): void {
  for (let k = 0; k < years.length; k++) {
    const a = years[k];
    if (!a || a.role !== undefined) continue;
    const ya = Number(a.period);
    const fromMarker = /[从自由]/u.test(s[a.start - 1] ?? '');
    const b = years[k + 1];
    if (b && b.start - a.end <= 50) {
      const between = s.slice(a.end, b.start);
      const yb = Number(b.period);
      if (yb > ya && !CLAUSE_END.test(between)) {
        const connector = /^\s*[-—–~～至到]\s*$/u.test(between);
        const fromTo = fromMarker && /[到至]$/u.test(between);
        if (connector || fromTo) {
          const start = fromTo ? a.start - 1 : a.start;
          push(out, text, start, b.end, `${ya}/${yb}`, 'interval', false);
          a.role = 'from';
          b.role = 'to';
          k++;
          continue;
        }
      }
    }
    // 从2013年成立至今
    if (fromMarker && pub && ya < pub.year) {
      const window = s.slice(a.end, a.end + 20);
      const m = /^[^。！？；!?;\n，,]*?(?:至今|以来)/u.exec(window);
      if (m) {
        push(out, text, a.start - 1, a.end + m[0].length, `${ya}/${pub.year}`, 'interval', true);
        a.role = 'from';
      }
    }
  }
}

function markBases(s: string, out: PeriodMention[]): void {
  for (const m of out) {
    // An interval is a base too (降幅比前三季度收窄), unless it is one end of a from–to span.
    if (m.kind === 'ytd' || m.kind === 'date' || m.role !== undefined) continue;
    const p1 = s[m.start - 1] ?? '';
    const p2 = s.slice(Math.max(0, m.start - 2), m.start);
    const after = s.slice(m.end, m.end + 6);
    if (p1 === '较' || p1 === '比' || /^(?:较之|相较|相比|对比|较于)$/u.test(p2)) m.base = true;
    else if (/[与同和跟]/u.test(p1) && /^(?:同期)?(?:的水平)?(?:相比|比较|相较|对比|比)/u.test(after)) m.base = true;
    // 在2024年的基础上，…增长5%: what the growth is counted from.
    else if (/^的?基础上/u.test(after)) m.base = true;
  }
}

// ---------------------------------------------------------------- findDateCues

const KNOWN_AGENCY = /(?:新华社|中新社|人民日报|本报|央广网|中新网|新华网|人民网|光明日报|经济日报|中国日报|央视新闻|央视网|中国新闻网)/u;
const AGENCY = /(?:新华社|中新社|人民日报|本报|央广网|中新网|新华网|人民网|光明日报|经济日报|中国日报|央视新闻|央视网|中国新闻网|[\u4e00-\u9fff]{1,4}(?:日报|晚报|社|网))/u;

/** Events whose anniversaries news counts (N周年 → base + N). */
const ANNIVERSARY_BASES: readonly [string, number][] = [
  ['中华人民共和国成立', 1949], ['新中国成立', 1949], ['共和国成立', 1949], ['建国', 1949], ['国庆', 1949],
  ['中国共产党成立', 1921], ['建党', 1921], ['人民解放军建军', 1927], ['建军', 1927], ['改革开放', 1978],
  ['西部大开发', 1999], ['香港回归', 1997], ['澳门回归', 1999], ['抗日战争胜利', 1945], ['抗战胜利', 1945],
  ['世界反法西斯战争胜利', 1945], ['长征胜利', 1936], ['五四运动', 1919], ['辛亥革命', 1911],
  ['毛泽东同志诞辰', 1893], ['毛泽东诞辰', 1893], ['邓小平同志诞辰', 1904], ['邓小平诞辰', 1904], ['周恩来同志诞辰', 1898],
  ['西藏和平解放', 1951], ['西藏民主改革', 1959], ['西藏自治区成立', 1965], ['新疆维吾尔自治区成立', 1955],
  ['广西壮族自治区成立', 1958], ['宁夏回族自治区成立', 1958], ['内蒙古自治区成立', 1947], ['重庆直辖', 1997],
  ['重庆成为直辖市', 1997], ['一带一路”倡议提出', 2013], ['一带一路倡议提出', 2013], ['一带一路”倡议', 2013],
  ['中欧班列开行', 2011], ['中欧班列首次开行', 2011], ['中国—东盟建立对话关系', 1991], ['中国东盟建立对话关系', 1991],
  ['建立对话关系', 1991], ['加入世贸组织', 2001], ['浦东开发开放', 1990], ['深圳经济特区建立', 1980],
  ['上海合作组织成立', 2001], ['中老铁路开通', 2021],
];

/** A character every anniversary key contains, to skip the key search cheaply. */
const ANNIVERSARY_KEY_HINT = /[立国党军放革归利动辰辖议行系织建开通]/u;

// 五百六十八万吨 and 百分之九十二点二 are data too; a lone 一个, 十项 is wording.
const DATA_AFTER = /\d[\d.,，]*\s*(?:万|亿|%|％|‰|元|美元|吨|标箱|箱|列|个|家|项|人|倍|千|百|公里|千米|亩|辆|架|次|件|台|户|座|条|所|名|班|趟|平方米)|[一二两三四五六七八九十百千]+[万亿]|百分之[零〇一二三四五六七八九十]/u;

/**
 * A line that is only a page's date stamp, perhaps with its time and source: `2025年12月28日　来源：云南日报`,
 * `2024-05-06 08:30`, `发布时间：2024年5月6日`. Printed by the page, it dates the article outright.
 */
/**
 * 到2027年，全省…达到1000万吨: 到 opening a clause before a year sets a deadline, unless the sentence
 * says it was met (到2023年底，累计建成…). 从2020年到2023年 and 增长到2025年的… are spans. So does
 * 2025年底前 (before the end of the year; not 2025年前三季度).
 */
const DEADLINE = /(?:^|[，,。；;：:\s])到(\d{4})年|(\d{4})年年?[底末]前/gu;
const DEADLINE_MET = /已|累计|共计|实现了|完成了|建成了/u;

/** Years a sentence sets as deadlines (not met ones), with where each year starts. */
export function deadlines(sentence: string): { year: number; start: number }[] {
  if (DEADLINE_MET.test(sentence)) return [];
  return [...sentence.matchAll(DEADLINE)].map((m) => {
    const year = (m[1] ?? m[2])!;
    return { year: Number(year), start: m.index + m[0].indexOf(year) };
  });
}

/** A page's date line: 2025年12月28日　来源：云南日报; 经济日报 2025年3月12日 星期三 第5版：要闻 (the paper first, the page after). */
const DATE_STAMP =
  /^(?:\p{Script=Han}{2,8}报[\s\u3000]+)?(?:(?:发布)?(?:时间|日期)[:：][\s\u3000]*)?(\d{4})(?:年(\d{1,2})月(\d{1,2})日|[-/.](\d{1,2})[-/.](\d{1,2}))(?:[\s\u3000]*(?:星期|周)[一二三四五六日天])?(?:[\s\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:[\s\u3000]*第[0-9０-９一二三四五六七八九十]{1,3}版(?:[:：\s\u3000]+\S{1,12})?)?(?:[\s\u3000]+(?:来源|稿件来源|作者|编辑)[:：].{0,30})?$/u;

export function dateStamp(line: string): { year: number; month: number; day: number } | null {
  const m = DATE_STAMP.exec(line.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

/** Date cues for publication-date inference. Non-overlapping, left to right. Never throws. */
export function findDateCues(text: string): DateCue[] {
  const out: DateCue[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    scanCues(text, out);
  } catch {
    // Defensive: never throw.
  }
  return out;
}

interface MonthDay {
  month: number;
  day: number;
  end: number;
}

/** M月D日 at i (ASCII or Chinese numerals). */
function parseMonthDay(s: string, i: number): MonthDay | null {
  const m = parseSmall(s, i, 12);
  if (!m || m.value < 1 || s[m.end] !== '月') return null;
  const d = parseSmall(s, m.end + 1, 31);
  if (!d || d.value < 1 || (s[d.end] !== '日' && s[d.end] !== '号')) return null;
  if (!validDay(2000, m.value, d.value)) return null; // 2000 is a leap year: 2月29日 is allowed
  return { month: m.value, day: d.value, end: d.end + 1 };
}

function scanCues(text: string, out: DateCue[]): void {
  const s = normalize(text);
  const n = s.length;
  let lastEnd = 0;
  // Monotonic caches (queries only move forward): the next clause end and the next data token.
  let clauseEndAt = -1;
  let dataAt = -1;
  let dataIndex = -1;
  const clauseRe = new RegExp(CLAUSE_END.source, 'gu');
  const dataRe = new RegExp(DATA_AFTER.source, 'gu');
  /** A number with a unit within 80 characters after k, in the same clause. */
  const hasDataAfter = (k: number): boolean => {
    if (clauseEndAt < k) {
      clauseRe.lastIndex = k;
      const m = clauseRe.exec(s);
      clauseEndAt = m ? m.index : n;
    }
    if (dataAt < k) {
      dataRe.lastIndex = k;
      const m = dataRe.exec(s);
      dataIndex = m ? m.index : Number.POSITIVE_INFINITY;
      dataAt = Number.isFinite(dataIndex) ? dataIndex : n;
    }
    return dataIndex < Math.min(clauseEndAt, k + 80);
  };
  const add = (cue: DateCue): void => {
    out.push(cue);
    lastEnd = cue.end;
  };
  let i = 0;
  while (i < n) {
    const c = s[i] ?? '';
    if ((!isDigit(c) && !isCnNum(c)) || (isDigit(c) && isDigit(s[i - 1])) || (isCnNum(c) && isCnNum(s[i - 1]))) {
      i++;
      continue;
    }
    // year-led: full date, dateline with a year, data year
    const y4 = parseYear4(s, i);
    if (y4) {
      if (s[y4.end] === '年') {
        const md = parseMonthDay(s, y4.end + 1);
        if (md && validDay(y4.value, md.month, md.day)) {
          const isLine = s[md.end] === '电' || s[md.end] === '讯';
          if (isLine) {
            add(datelineCue(text, s, i, md.end + 1, lastEnd, { year: y4.value, month: md.month, day: md.day }));
          } else {
            add({ start: i, end: md.end, surface: text.slice(i, md.end), kind: 'full_date', year: y4.value, month: md.month, day: md.day });
          }
          i = md.end;
          continue;
        }
        // a year (optionally with a quarter/half/month span) followed by data in the same sentence
        const prev = s.slice(Math.max(0, i - 2), i);
        const monthNext = parseSmall(s, y4.end + 1, 12);
        const isMonth = monthNext !== null && s[monthNext.end] === '月';
        // 较2019年, 恢复至2019年同期的112%, 与2020年相比, 在2024年的基础上: the year of a comparison
        // base, not of the data.
        const base = /(?:较|比|较之|相比)$/u.test(prev) || /^年(?:同期|水平|的水平|相比|比较|的基础上|基础上)/u.test(s.slice(y4.end, y4.end + 6));
        if (!base && !isMonth) {
          const k = y4.end + 1;
          if (hasDataAfter(k)) {
            add({ start: i, end: y4.end + 1, surface: text.slice(i, y4.end + 1), kind: 'data_year', year: y4.value });
          }
          i = y4.end + 1;
          continue;
        }
      } else if (/[-/.]/.test(s[y4.end] ?? '')) {
        // 2024-04-24, 2024/4/24, 2024.04.24
        const sep = s[y4.end] ?? '';
        const m = parseSmall(s, y4.end + 1, 12);
        if (m && s[m.end] === sep) {
          const d = parseSmall(s, m.end + 1, 31);
          if (d && !isDigit(s[d.end]) && validDay(y4.value, m.value, d.value) && !(s[d.end] === '.' && isDigit(s[d.end + 1]))) {
            add({ start: i, end: d.end, surface: text.slice(i, d.end), kind: 'full_date', year: y4.value, month: m.value, day: d.value });
            i = d.end;
            continue;
          }
        }
      }
      i = y4.end;
      continue;
    }
    // N周年
    {
      const num = parseBigCn(s, i) ?? parseSmall(s, i, 200);
      if (num && s.startsWith('周年', num.end)) {
        const end = num.end + 2;
        let start = i;
        let year: number | undefined;
        const windowStart = Math.max(lastEnd, i - 30);
        const window = s.slice(windowStart, i);
        let bestKeyEnd = -1;
        for (const [key, base] of ANNIVERSARY_KEY_HINT.test(window) ? ANNIVERSARY_BASES : []) {
          const rel = window.lastIndexOf(key);
          if (rel < 0) continue;
          const at = windowStart + rel;
          const gap = s.slice(at + key.length, i);
          if (CLAUSE_END.test(gap) || /[，,]/u.test(gap)) continue;
          const keyEnd = at + key.length;
          if (keyEnd > bestKeyEnd || (keyEnd === bestKeyEnd && at < start)) {
            bestKeyEnd = keyEnd;
            start = at;
            year = base + num.value;
          }
        }
        const cue: DateCue = { start, end, surface: text.slice(start, end), kind: 'anniversary' };
        if (year !== undefined) cue.year = year;
        add(cue);
        i = end;
        continue;
      }
    }
    // M月D日 (dateline when followed by 电/讯)
    if (!isDigit(s[i - 1]) && !isCnNum(s[i - 1])) {
      const md = parseMonthDay(s, i);
      if (md) {
        if (s[md.end] === '电' || s[md.end] === '讯') {
          add(datelineCue(text, s, i, md.end + 1, lastEnd, { month: md.month, day: md.day }));
          i = md.end + 1;
          continue;
        }
        const tod = TIME_OF_DAY.exec(s.slice(md.end, md.end + 2));
        const end = md.end + (tod ? tod[0].length : 0);
        add({ start: i, end, surface: text.slice(i, end), kind: 'month_day', month: md.month, day: md.day });
        i = end;
        continue;
      }
      // 23日下午
      const d = parseDayOnly(s, i);
      if (d) {
        const tod = TIME_OF_DAY.exec(s.slice(d.end, d.end + 2));
        const end = d.end + (tod ? tod[0].length : 0);
        if (s[d.end] === '电' || s[d.end] === '讯') {
          add(datelineCue(text, s, i, d.end + 1, lastEnd, { day: d.value }));
          i = d.end + 1;
          continue;
        }
        add({ start: i, end, surface: text.slice(i, end), kind: 'day_only', day: d.value });
        i = end;
        continue;
      }
      // 二十三日下午 (Chinese day numerals need a time of day)
      if (isCnNum(c)) {
        const cd = parseSmall(s, i, 31);
        if (cd && cd.value >= 1 && s[cd.end] === '日') {
          const tod = TIME_OF_DAY.exec(s.slice(cd.end + 1, cd.end + 3));
          if (tod && !/[月年]/u.test(s[i - 1] ?? '')) {
            const end = cd.end + 1 + tod[0].length;
            add({ start: i, end, surface: text.slice(i, end), kind: 'day_only', day: cd.value });
            i = end;
            continue;
          }
        }
      }
    }
    i++;
  }
}

/** 一百, 一百零五 … for anniversaries past 99. */
function parseBigCn(s: string, i: number): Num | null {
  if (s[i + 1] !== '百') return null;
  const m = /^([一二三四五六七八九])百(?:零?([一二三四五六七八九])|([一二三四五六七八九]?)十([一二三四五六七八九]?))?/u.exec(s.slice(i, i + 6));
  if (!m || isCnNum(s[i - 1])) return null;
  const h = CN_DIGIT[m[1] ?? ''] ?? 0;
  let v = h * 100;
  if (m[2]) v += CN_DIGIT[m[2]] ?? 0;
  else if (m[0].includes('十')) v += (m[3] ? (CN_DIGIT[m[3]] ?? 0) : 1) * 10 + (m[4] ? (CN_DIGIT[m[4]] ?? 0) : 0);
  return { value: v, end: i + m[0].length };
}

function datelineCue(
  text: string,
  s: string,
  dateStart: number,
  end: number,
  floor: number,
  date: { year?: number; month?: number; day?: number },
): DateCue {
  // Extend back over the agency and place: 新华社北京4月24日电.
  let start = dateStart;
  let k = dateStart;
  while (k > floor && dateStart - k < 14 && /[\u4e00-\u9fff]/u.test(s[k - 1] ?? '')) k--;
  const head = s.slice(k, dateStart);
  const m = KNOWN_AGENCY.exec(head) ?? AGENCY.exec(head);
  if (m) start = k + m.index;
  const cue: DateCue = { start, end, surface: text.slice(start, end), kind: 'dateline' };
  if (date.year !== undefined) cue.year = date.year;
  if (date.month !== undefined) cue.month = date.month;
  if (date.day !== undefined) cue.day = date.day;
  return cue;
}
