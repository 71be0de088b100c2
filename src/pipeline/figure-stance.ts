// How a text stands to a figure: whose it is (a speaker's own organisation), which way a change
// went, and whether it reports a statistic or sets a goal.
import words from './lexicon/figure-words.json' with { type: 'json' };
import { clauseStart } from './clauses.ts';
import type { CalendarDate, Measure } from './types.ts';
import { deadlines } from './periods.ts';

/**
 * 我们研发投入5000万元: a speaker's own organisation, most often the firm the story is about; 我省,
 * 我们全市 and 我国 name places and are not this.
 */
export function firstPerson(before: string): boolean {
  return words.firstPersonSubjects.some((w) => {
    for (let i = before.indexOf(w); i !== -1; i = before.indexOf(w, i + 1)) {
      const next = before.slice(i + w.length).replace(/^[全本]/u, '');
      if (!words.placeRanks.includes(next[0] ?? '')) return true;
    }
    return false;
  });
}

const RATE_TO = /(增速|增幅|增长率|涨幅|降幅|跌幅)[^，,。；;]*?(?:至|到|为|达到?|是)[约近超过逾]*$/u;
const FALLING_RATES = /降幅|跌幅/u;
const DIRECTION_WORDS = Object.entries(words.directionWords as Record<string, 'up' | 'down' | null>).sort(([a], [b]) => b.length - a.length);

/**
 * Which way a change went: the direction word nearest before it in its clause (同比下降3.2%,
 * 增速加快0.2个百分点), else the one right after it (实现6.2%的增长).
 */
export function directionOf(text: string, start: number, end: number, measure: Measure): 'up' | 'down' | null {
  if (measure !== 'change' && measure !== 'cagr') return null;
  // 增速回落至5.1%, 降幅收窄至2.1%: the rate itself, whose sign its name gives; 回落 and 收窄 are its
  // own movement.
  const rateTo = RATE_TO.exec(text.slice(clauseStart(text, start), start));
  if (rateTo) return FALLING_RATES.test(rateTo[1]!) ? 'down' : 'up';
  const following = text.slice(end);
  const after = words.changeAfter.find((w) => following.startsWith(w));
  if (after) return DIRECTION_WORDS.find(([w]) => after.slice(1).startsWith(w))?.[1] ?? null;
  const clause = text.slice(clauseStart(text, start), start);
  let direction: 'up' | 'down' | null = null;
  for (let i = 0; i < clause.length; ) {
    const hit = DIRECTION_WORDS.find(([w]) => clause.startsWith(w, i));
    if (hit) {
      direction = hit[1];
      i += hit[0].length;
    } else i++;
  }
  return direction;
}

const GAP_WORDS = Object.entries(words.gapBefore as Record<string, 'up' | 'down'>);
const AFTER_COMPARISON = words.gapAfterComparison as Record<string, 'up' | 'down'>;

/**
 * Which side of what it is measured against a gap puts the figure: the gap word nearest before it
 * in its clause (高于全国, 慢于城镇居民), or the word right before it after 比/较 (较全国高0.3个百分点).
 */
export function gapDirectionOf(text: string, start: number): 'up' | 'down' | null {
  const clause = text.slice(clauseStart(text, start), start).replace(/[约近超过逾了]+$/u, '');
  const last = clause.at(-1) ?? '';
  if (AFTER_COMPARISON[last] && /[比较]/u.test(clause)) return AFTER_COMPARISON[last]!;
  let best: { at: number; direction: 'up' | 'down' } | null = null;
  for (const [w, direction] of GAP_WORDS) {
    const at = clause.lastIndexOf(w);
    if (at >= 0 && (!best || at > best.at)) best = { at, direction };
  }
  return best?.direction ?? null;
}

/** The year and month a period ends in: 2024-Q1 -> 2024-03, 2024-H2 -> 2024-12, 2019/2023 -> 2023-12. */
export function periodEnd(period: string): { year: number; month: number; wholeYear: boolean } | null {
  const last = period.split('/').at(-1)!;
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?/u.exec(last);
  if (!m) return null;
  const part = m[2];
  const month = !part ? 12 : part.startsWith('Q') ? Number(part[1]) * 3 : part.startsWith('H') ? Number(part[1]) * 6 : Number(part);
  return { year: Number(m[1]), month, wholeYear: !part && !period.includes('/') };
}

/**
 * A goal or forecast, not a reported statistic: a goal word earlier in the sentence (到2027年，
 * 全市将力争…突破8000亿元，引进…200家以上); a period after the year of publication; a quarter or
 * month not yet over when the text was published; the year of publication with 预计 (预计2024年
 * 增长6%左右, where 预计一季度… published after the quarter is a first estimate of what happened).
 */
export function isGoal(text: string, start: number, period: string | null, published: CalendarDate | null): boolean {
  const before = text.slice(0, start);
  if (words.goalCues.some((w) => before.includes(w))) return true;
  // 到2027年，…达到1000万吨 in a text of unknown date: a deadline, most likely still to come; so is
  // what it forecasts (预计2026年…).
  if (!published && (deadlines(text).some((d) => d.start < start) || words.forecastCues.some((w) => before.includes(w)))) return true;
  // 确保2025年底前…突破7万公里, written in 2025: a deadline not yet passed sets a goal.
  if (published && deadlines(text).some((d) => d.start < start && d.year >= published.year)) return true;
  // 预计全年…增长5.5%左右: a forecast for a time the text does not name may still be to come.
  if (!period && words.forecastCues.some((w) => before.includes(w))) return true;
  const end = period ? periodEnd(period) : null;
  if (!end || !published) return false;
  if (end.year > published.year) return true;
  if (end.year < published.year) return false;
  if (published.month !== undefined && !end.wholeYear && end.month > published.month) return true;
  return end.wholeYear && words.forecastCues.some((w) => before.includes(w));
}
