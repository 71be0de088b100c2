// The indicator lexicon (lexicon/indicators.json) and the cue words that name an indicator.
import lexicon from './lexicon/indicators.json' with { type: 'json' };
import type { Unit } from './types.ts';

export interface Indicator {
  slug: string;
  zh: string;
  en: string;
  headline: boolean;
  theme: string | null;
  cues: string[];
  units: Unit[];
  /** Cue words that may also follow a count (9个国家战略性新兴产业集群). */
  after: boolean;
  /** The unit that alone names this indicator (TEU -> freight_teu). */
  byUnit: Unit | null;
  detailCues: Record<string, string>;
  /** The indicator groups different quantities (造林, 种草改良…): the cue word is kept as the detail. */
  detailFromCue: boolean;
  /** Written before the cue in its clause, a part of the indicator (一般贸易进出口: one trade mode). */
  partCues: string[];
  /** 对 and a partner before the cue (对“一带一路”国家进出口) make a part too; 对外贸易 does not. */
  partners: boolean;
}

export const indicators: readonly Indicator[] = lexicon.indicators.map((i) => ({
  slug: i.slug,
  zh: i.zh,
  en: i.en,
  headline: 'headline' in i ? Boolean(i.headline) : false,
  theme: 'theme' in i ? (i.theme as string) : null,
  cues: i.cues,
  units: i.units as Unit[],
  after: 'after' in i ? Boolean(i.after) : false,
  byUnit: 'byUnit' in i ? (i.byUnit as Unit) : null,
  detailCues: 'detailCues' in i ? (i.detailCues as unknown as Record<string, string>) : {},
  detailFromCue: 'detailFromCue' in i ? Boolean(i.detailFromCue) : false,
  partCues: 'partCues' in i ? (i.partCues as string[]) : [],
  partners: 'partners' in i ? Boolean(i.partners) : false,
}));

const bySlug = new Map(indicators.map((i) => [i.slug, i]));
export function indicatorBySlug(slug: string): Indicator | undefined {
  return bySlug.get(slug);
}

export interface CueMatch {
  indicator: Indicator;
  cue: string;
  start: number;
  end: number;
  /** The cue qualifies another quantity (单位GDP能耗, 外贸依存度, 拉动GDP增长): it names something, but not this indicator. */
  voided: boolean;
}

const OTHER_QUANTITY_BEFORE: readonly string[] = lexicon.otherQuantityBefore;
const OTHER_QUANTITY_AFTER: readonly string[] = lexicon.otherQuantityAfter;

// Longest cues first, so 地区生产总值 wins over 生产总值 at the same place.
const cueList = indicators
  .flatMap((indicator) => indicator.cues.map((cue) => ({ indicator, cue })))
  .sort((a, b) => b.cue.length - a.cue.length);

/** Every cue in text[from, to), non-overlapping, longest first at each place. */
export function findCues(text: string, from = 0, to = text.length): CueMatch[] {
  const window = text.slice(from, to);
  const taken: boolean[] = new Array(window.length).fill(false);
  const found: CueMatch[] = [];
  for (const { indicator, cue } of cueList) {
    for (let i = window.indexOf(cue); i !== -1; i = window.indexOf(cue, i + 1)) {
      if (taken.slice(i, i + cue.length).some(Boolean)) continue;
      for (let k = i; k < i + cue.length; k++) taken[k] = true;
      const start = from + i;
      const end = start + cue.length;
      const voided = OTHER_QUANTITY_BEFORE.some((w) => text.startsWith(w, start - w.length)) || OTHER_QUANTITY_AFTER.some((w) => text.startsWith(w, end) && !indicator.zh.includes(w));
      found.push({ indicator, cue, start, end, voided });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function unitFits(indicator: Indicator, unit: Unit): boolean {
  // A quantity given in percent can change, or differ, by percentage points.
  return indicator.units.includes(unit === 'percentage_point' ? 'percent' : unit);
}

export function indicatorForUnit(unit: Unit): Indicator | undefined {
  return indicators.find((i) => i.byUnit === unit);
}
