// How a text stands to a figure: whose it is (a speaker's own organisation), which way a change
// went, and whether it reports a statistic or sets a goal.
import words from './lexicon/figure-words.json' with { type: 'json' };
import { clauseStart } from './clauses.ts';
import type { CalendarDate, Measure } from './types.ts';

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

const DIRECTION_WORDS = Object.entries(words.directionWords as Record<string, 'up' | 'down' | null>).sort(([a], [b]) => b.length - a.length);

/**
 * Which way a change went: the direction word nearest before it in its clause (同比下降3.2%,
 * 增速加快0.2个百分点), else the one right after it (实现6.2%的增长).
 */
export function directionOf(text: string, start: number, end: number, measure: Measure): 'up' | 'down' | null {
  if (measure !== 'change' && measure !== 'cagr') return null;
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

/**
 * A goal or forecast, not a reported statistic: a goal word earlier in the sentence (到2027年，
 * 全市将力争…突破8000亿元，引进…200家以上), or a period after the year of publication.
 */
export function isGoal(text: string, start: number, period: string | null, published: CalendarDate | null): boolean {
  const before = text.slice(0, start);
  if (words.goalCues.some((w) => before.includes(w))) return true;
  const year = period ? Number(period.slice(0, 4)) : NaN;
  return published !== null && year > published.year;
}
