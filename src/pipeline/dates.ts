// Stage: when and by whom each article was published, inferred from its text, with how.
// A dateline (新华社北京4月24日电) gives month and day; the year comes from the years the text
// treats as complete (2024年全年 data means published in 2025 or later) or as current (截至…2024年已…),
// from anniversaries, and failing all of these from another article of the corpus that reports
// the same event. Pieces printed in one file share the latest date found in the file.
// A metadata file beside the seeds overrides any of it.
import layout from './lexicon/layout.json' with { type: 'json' };
import dating from './lexicon/dating.json' with { type: 'json' };
import { dateStamp, deadlines, findDateCues, type DateCue } from './periods.ts';
import type { CalendarDate } from './types.ts';

export type DateBasis = 'dateline' | 'latest-event' | 'data-year' | 'corpus' | 'metadata' | 'unknown';

export interface Publication {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when nothing in the text dates it. */
  date: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  basis: DateBasis;
  /** How it was inferred, in words, with the text it rests on. */
  method: string;
  source: string | null;
  sourceMethod: string;
}

export interface DatingInput {
  id: string;
  file: string;
  /** The article's text (its blocks joined). */
  text: string;
  bylines: string[];
  keywords: string[];
}

export interface MetadataEntry {
  date?: string;
  source?: string;
  title?: string;
}

/** What a file's own text says of when it was written (before the corpus lends undated ones a year). */
export interface Estimate {
  yearAtLeast: number | null;
  /** The year is printed in the dateline, not only a lower bound. */
  yearPrinted: boolean;
  yearEvidence: string;
  month: number | null;
  day: number | null;
  monthEvidence: string;
  dateline: boolean;
}

const GENERIC_KEYWORDS = new Set(dating.genericKeywords);
const ONGOING = /截至|以来|今年|已经?/u;
/** After 2024年: the year's end or whole (2024年底, 2024年年末, 2024年全年). */
const COMPLETE_AFTER = /^(?:年?底|年?末|全年)/u;
/**
 * 2025年上半年, 2025年前三季度, 2025年1—11月, 2025年春运期间, 2025年第一批: data for part of the year,
 * reported within it.
 */
const PART_OF_YEAR_AFTER =
  /^年(?:上半年|春运|春节|元旦|清明|五一|端午|暑期|暑运|暑假|寒假|中秋|国庆|[春夏秋]季|[夏秋]粮|早稻|第[一二三四五六七八九十\d]+批|[一二三]季度|第[一二三]季度|前[二两三]季度|前\d{1,2}个?月|前[一二三四五六七八九十]{1,2}个月|\d{1,2}\s*[—\-–~～至到]\s*(?:[1-9]|1[01])月|[一二三四五六七八九十]{1,2}\s*[—\-–~～至到]\s*(?:[一二三四五六七八九]|十一?)月)/u;
/** 到2027年，重庆将力争…, 计划2025年建成: a year a plan or forecast is set for says nothing of when the text was written. */
const FUTURE = new RegExp(dating.futureWords.join('|'), 'u');
/** 2025年12月31日前完成: a deadline, not a date the text was written after. */
const BEFORE_DATE = /^(?:之|以)?前/u;

const SENTENCE_END = /[。！？；;]/u;
/**
 * 该项目于2023年开工, 一期项目2021年投产: an event in that year, which a text may report that year
 * or many years later (一期项目2021年投产，今年前三季度实现产值…): no evidence of when it was written.
 */
const EVENTS = `(?:正式)?(?:${dating.eventVerbs.join('|')})`;
const EVENT_VERB = new RegExp(`^${EVENTS}`, 'u');
const EVENT_AFTER = new RegExp(`^年(?:\\d{1,2}月(?:\\d{1,2}日)?)?${EVENTS}`, 'u');

/** The text of the cue's own sentence from 12 characters before it to 12 after. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  let cut = before.length;
  while (cut > 0 && !SENTENCE_END.test(before[cut - 1]!)) cut--;
  const stop = after.search(SENTENCE_END);
  return before.slice(cut) + text.slice(start, end) + (stop === -1 ? after : after.slice(0, stop));
}

/** The year at `at` is a deadline its sentence sets (see deadlines in periods.ts). */
function deadlineAt(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  const stop = text.slice(at).search(SENTENCE_END);
  return deadlines(text.slice(from, stop === -1 ? text.length : at + stop)).some((d) => from + d.start === at);
}

/**
 * A date or year that says nothing of when the text was written: a plan's or forecast's, a date a
 * rule takes effect, a deadline (到2027年, 2025年底前, 2025年12月31日前), an event's (2021年投产).
 */
function notWhenWritten(text: string, c: DateCue): boolean {
  if ((c.kind === 'full_date' || c.kind === 'data_year') && FUTURE.test(sentenceAround(text, c.start, c.end))) return true;
  if (c.kind === 'data_year') return deadlineAt(text, c.start) || EVENT_AFTER.test(text.slice(c.end - 1, c.end + 8));
  if (c.kind === 'full_date') return EVENT_VERB.test(text.slice(c.end, c.end + 6)) || BEFORE_DATE.test(text.slice(c.end, c.end + 2));
  return false;
}

/** The years a text states data for, and whether each is complete at publication. */
function yearEvidence(text: string, cues: DateCue[]): { year: number; complete: boolean; surface: string }[] {
  const out: { year: number; complete: boolean; surface: string }[] = [];
  for (const c of cues) {
    if (c.year === undefined || notWhenWritten(text, c)) continue;
    if (c.kind === 'full_date' || c.kind === 'anniversary') {
      out.push({ year: c.year, complete: false, surface: c.surface });
    } else if (c.kind === 'data_year') {
      const after = text.slice(c.end, c.end + 3);
      const around = text.slice(Math.max(0, c.start - 12), c.end + 8);
      const tail = text.slice(c.end - 1, c.end + 8);
      const complete = COMPLETE_AFTER.test(after) || (!ONGOING.test(around) && !PART_OF_YEAR_AFTER.test(tail));
      out.push({ year: c.year, complete, surface: text.slice(c.start, c.end + 3) });
    }
  }
  return out;
}

/** Dates a file from its text alone: per file, so a build cache can keep it. */
export function estimateDate(text: string): Estimate {
  const cues = findDateCues(text);
  let yearAtLeast: number | null = null;
  let yearText = '';
  for (const y of yearEvidence(text, cues)) {
    const floor = y.complete ? y.year + 1 : y.year;
    if (yearAtLeast === null || floor > yearAtLeast) {
      yearAtLeast = floor;
      yearText = y.complete ? `data for ${y.year} as a complete year (“${y.surface}”)` : `“${y.surface}”`;
    }
  }
  const dateline = cues.find((c) => c.kind === 'dateline' && c.month !== undefined);
  // A dateline that prints its year (新华社兰州2024年10月25日电) says it outright.
  if (dateline?.year !== undefined) {
    yearAtLeast = dateline.year;
    yearText = `dateline “${dateline.surface}”`;
  }
  let month: number | null = null;
  let day: number | null = null;
  let monthEvidence = '';
  if (dateline) {
    month = dateline.month ?? null;
    day = dateline.day ?? null;
    monthEvidence = `dateline “${dateline.surface}”`;
  } else {
    for (const c of cues) {
      if ((c.kind === 'month_day' || c.kind === 'full_date') && c.month !== undefined && !notWhenWritten(text, c)) {
        if (c.kind === 'full_date' && yearAtLeast !== null && c.year !== undefined && c.year < yearAtLeast) continue;
        if (month === null || c.month > month || (c.month === month && (c.day ?? 0) > (day ?? 0))) {
          month = c.month;
          day = c.day ?? null;
          monthEvidence = `latest event date “${c.surface}”`;
        }
      }
    }
    // A day without a month (23日下午) follows the latest known date.
    for (const c of cues) {
      if (c.kind !== 'day_only' || c.day === undefined || month === null) continue;
      const m = c.day >= (day ?? 0) ? month : month + 1;
      if (m <= 12 && (m > month || c.day > (day ?? 0))) {
        month = m;
        day = c.day;
        monthEvidence = `“${c.surface}” after ${monthEvidence.replace(/^latest event date /, '')}`;
      }
    }
  }
  return { yearAtLeast, yearPrinted: dateline?.year !== undefined, yearEvidence: yearText, month, day, monthEvidence, dateline: Boolean(dateline) };
}

function format(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return month === null ? String(year) : day === null ? `${year}-${p(month)}` : `${year}-${p(month)}-${p(day)}`;
}

/** Longest first: 新华社 before 新华. */
const AGENCIES = [...layout.agencies].sort((a, b) => b.length - a.length);

function inferSource(bylines: string[]): { source: string | null; method: string } {
  for (const line of bylines) {
    const agency = AGENCIES.find((a) => line.includes(a));
    if (agency) return { source: agency, method: `byline “${line}”` };
  }
  const own = bylines.find((l) => l.includes('本报'));
  if (own) return { source: '本报', method: `byline “${own}” (the paper itself, name not given)` };
  return { source: null, method: 'no byline names a source' };
}

/** Publication date and source of every article; pure over its inputs. */
export function inferPublications(
  articles: readonly DatingInput[],
  metadata: Readonly<Record<string, MetadataEntry>> = {},
  estimateOf: (file: string, text: string) => Estimate = (_file, text) => estimateDate(text),
): Map<string, Publication> {
  // Pieces of one file were printed together: the file is dated as a whole.
  const texts = new Map<string, string[]>();
  for (const a of articles) texts.set(a.file, [...(texts.get(a.file) ?? []), a.text]);
  const byFile = new Map([...texts].map(([file, parts]) => [file, estimateOf(file, parts.join('\n'))]));
  // A date stamp line (2025年12月28日　来源：云南日报) prints the date: no reading of the text overrules it.
  for (const a of articles) {
    const line = a.bylines.find((b) => dateStamp(b));
    const stamp = line ? dateStamp(line) : null;
    if (!line || !stamp || byFile.get(a.file)?.yearPrinted) continue;
    const evidence = `date line “${line}”`;
    byFile.set(a.file, { yearAtLeast: stamp.year, yearPrinted: true, yearEvidence: evidence, month: stamp.month, day: stamp.day, monthEvidence: evidence, dateline: true });
  }
  // Articles dated with a year and month, by day of the year (month × 31 + day): a year is
  // borrowed only from articles dated within 7 days, so only 15 days' lists are looked at.
  const dayNumber = (e: Estimate) => (e.month ?? 0) * 31 + (e.day ?? 15);
  const datedByDay = new Map<number, number[]>();
  articles.forEach((other, index) => {
    const o = byFile.get(other.file)!;
    if (o.yearAtLeast === null || o.month === null) return;
    const list = datedByDay.get(dayNumber(o));
    if (list) list.push(index);
    else datedByDay.set(dayNumber(o), [index]);
  });
  const result = new Map<string, Publication>();
  for (const a of articles) {
    const e = byFile.get(a.file)!;
    const method: string[] = [];
    let year = e.yearAtLeast;
    let basis: DateBasis = e.dateline ? 'dateline' : e.month !== null ? 'latest-event' : year !== null ? 'data-year' : 'unknown';
    if (year !== null) method.push(`year ${e.yearPrinted ? '' : '≥ '}${year} from ${e.yearEvidence}`);
    if (year === null && e.month !== null) {
      // No year in the text: borrow it from the corpus article most alike that is dated within 7 days.
      let best: { id: string; year: number; score: number } | null = null;
      const near: number[] = [];
      for (let d = dayNumber(e) - 7; d <= dayNumber(e) + 7; d++) near.push(...(datedByDay.get(d) ?? []));
      // In corpus order, as ties go to the first.
      near.sort((x, y) => x - y);
      // Sharing only 增长, 亿元, 全省 makes no two reports of one event.
      const own = new Set(a.keywords.filter((w) => !GENERIC_KEYWORDS.has(w)));
      // Reports of other years in the same days of the year (an archive of several years): which
      // one is of the same event is a guess, so the year is left unknown.
      const years = new Set<number>();
      for (const index of near) {
        const other = articles[index]!;
        if (other.file === a.file) continue;
        const o = byFile.get(other.file)!;
        const score = other.keywords.filter((w) => own.has(w)).length;
        if (score > 0) years.add(o.yearAtLeast!);
        if (score > 0 && (!best || score > best.score)) best = { id: other.id, year: o.yearAtLeast!, score };
      }
      if (best && years.size === 1) {
        year = best.year;
        basis = 'corpus';
        method.push(`year ${year} from ${best.id}, which reports the same event in the same days`);
      }
    }
    if (e.month !== null) method.push(`month and day from ${e.monthEvidence}`);
    const { source, method: sourceMethod } = inferSource(a.bylines);
    const stem = a.file.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '') ?? a.file;
    const override = metadata[a.id] ?? metadata[stem];
    const date = format(year, year === null ? null : e.month, year === null ? null : e.day);
    const pub: Publication = {
      date,
      year,
      month: year === null ? null : e.month,
      day: year === null ? null : e.day,
      basis,
      method: method.length ? method.join('; ') : 'nothing in the text dates it',
      source,
      sourceMethod,
    };
    if (override?.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(override.date)) {
      const [y, m, d] = override.date.split('-').map(Number);
      Object.assign(pub, { date: override.date, year: y, month: m ?? null, day: d ?? null, basis: 'metadata', method: `set in the metadata file (inferred: ${pub.date ?? 'none'})` });
    }
    if (override?.source) Object.assign(pub, { source: override.source, sourceMethod: 'set in the metadata file' });
    result.set(a.id, pub);
  }
  return result;
}

/** The calendar date later stages resolve 今年, 去年, 一季度 against, or null. */
export function publishedOn(p: Publication): CalendarDate | null {
  if (p.year === null) return null;
  return { year: p.year, ...(p.month !== null ? { month: p.month } : {}), ...(p.day !== null ? { day: p.day } : {}) };
}
