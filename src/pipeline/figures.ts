// Stage: every statistical figure of an article with its meaning: value and unit (numbers.ts,
// units.ts), what it measures (indicator lexicon), the kind of measure, the place (gazetteer)
// and the period (periods.ts, resolved against the publication date). Dates, codes and names
// with digits are never figures (non-figures.ts). Which place a figure is about is decided with
// figure-places.ts; whose it is, which way it went and whether it is a goal with figure-stance.ts.
// Where the text does not say, a label stays null: an unlabelled figure is better than a
// mislabelled one.
import words from './lexicon/figure-words.json' with { type: 'json' };
import { findNumbers, trailingApprox, type NumberMatch } from './numbers.ts';
import { unitAsWritten, unitAt } from './units.ts';
import { nonFigureReason } from './non-figures.ts';
import { findRegions, type RegionMention } from './regions.ts';
import { CLAUSE_MARK, clauseEnd, clauseStart } from './clauses.ts';
import {
  baseOfShare,
  belowGazetteer,
  comparedWith,
  eachOfSeveral,
  figuresAfter,
  groupBelow,
  inFrame,
  inList,
  inScopeBracket,
  isGap,
  leavesPartOut,
  listedAfterComparison,
  namesALine,
  NOT_A_PLACE,
  ofSeveralPlaces,
  placeOfFigures,
  placeOfRank,
  respectiveItem,
  respectivePlace,
  subjectOf,
  subUnitAfter,
} from './figure-places.ts';
import { directionOf, firstPerson, gapDirectionOf, isGoal, periodEnd } from './figure-stance.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import { findCues, indicatorBySlug, indicatorForUnit, unitFits, type CueMatch, type Indicator } from './indicators.ts';
import { offsetAt, type Piece } from './text-run.ts';
import { formatPeriod, formatValue, MEASURE_ZH, periodYears } from './format.ts';
import type { Approx, CalendarDate, Figure, Measure, Unit } from './types.ts';

export interface FigureInput {
  blocks: readonly { role: string; text: string; pieces: readonly Piece[] }[];
  sentences: readonly { index: number; block: number; from: number; to: number; start: number; end: number; text: string }[];
  /** Title, subtitle and kicker: where an article names its subject place. */
  title: string;
}

/** A labelled figure earlier in the sentence: what a 其中 part or a 分别 list refers back to. */
interface Total {
  indicator: string;
  detail: string | null;
  region: string | null;
  regionSlug: string | null;
  end: number;
}

interface Reading {
  num: NumberMatch;
  surfaceEnd: number;
  value: number;
  unit: Unit;
  unitWord: string;
  approx: Approx | null;
  range?: { low: number; high: number };
}

const DURATIONS = new Set(words.durationUnits);
const COUNT_WORDS = new Set(words.measureWordCounts);
const CURRENCIES = new Set<Unit>(['CNY', 'USD']);
/** A clause that ends naming a quantity (草原综合植被盖度达到): built once, tried on every figure. */
// 森林覆盖率达到7.5%, 社会消费品零售总额增长4.1%: the clause names a quantity of its own, and a verb of
// level or change (增速比一季度回落: 季度 is a time, not a quantity).
const OWN_QUANTITY = new RegExp(
  `(?:${words.quantitySuffixes.map((w) => (w === '度' ? '(?<![季年])度' : w)).join('|')})(?:同比|环比)?(?:${words.levelVerbsForBareNumbers.join('|')}|增长|下降|增加|减少|提高|降低|上涨|下跌|回落)?$`,
  'u',
);
/** A year written before a part of it (今年前三季度, 2024年一季度, 去年四季度). */
const YEAR_HEAD = /^(?:\d{4}|[今本去明]|上一?|前)年/u;

/**
 * 前三季度 in a January article, 四季度 in March: a part of a year written without one that ends more
 * than half a year after publication is last year's. No statistic of this year's exists yet, and
 * a forecast so far ahead says so (预计, 力争: those stay this year's). A part soon to come (四季度
 * in October, 下半年 in June) stays this year's, as periods.ts resolves it.
 */
function lastYearsPart(mention: PeriodMention, period: string, published: CalendarDate | null, forecast: boolean): string | null {
  if (forecast || !published?.month || !mention.relative || YEAR_HEAD.test(mention.surface)) return null;
  if (!['quarter', 'half', 'interval'].includes(mention.kind) || !/-(?:Q|H|\d{2})/u.test(period)) return null;
  const end = periodEnd(period);
  if (!end || end.year !== published.year || end.month - published.month <= 6) return null;
  return period.replace(/\d{4}/gu, (y) => String(Number(y) - 1));
}

/** 全年 as the figure's time, not in the target it is measured against (比全年目标高). */
const WHOLE_YEAR = /(?<![比较])全年/u;

/** 2012年…，如今已超过3万亿元: a time after the period named before. */
const LATER_TIME = new RegExp(words.laterTimes.join('|'), 'u');
/** 截至目前: a stock counted now, not a figure of a period. */
const PRESENT = /目前|当前|现在|眼下/u;

function endsWithAny(text: string, list: readonly string[]): string | undefined {
  return list.find((w) => text.endsWith(w));
}

/** The value, unit and qualifier of a number, or null when it is not a figure. */
function read(text: string, num: NumberMatch): Reading | null {
  if (nonFigureReason(text, num)) return null;
  let unit: Unit;
  let unitWord = '';
  let value = num.value;
  let end = num.end;
  let range = num.range;
  if (num.kind === 'percentage_point') {
    unit = 'percentage_point';
  } else if (num.kind === 'percent' || num.kind === 'tenths') {
    unit = 'percent';
  } else if (num.kind === 'multiple') {
    unit = 'other';
    unitWord = '倍';
  } else {
    const u = unitAt(text, num.end);
    if (u) {
      // 连续7年, 8个月: durations, not statistics; but 优良天数为310天 counts days, 预期寿命72.5岁 years.
      const measured = (words.measuredDurations as Record<string, string[] | undefined>)[u.word];
      const lead = text.slice(clauseStart(text, num.start), num.start);
      if (DURATIONS.has(u.word) && !measured?.some((w) => lead.includes(w))) return null;
      unit = u.unit;
      unitWord = u.word;
      value *= u.multiplier;
      if (range) range = { low: range.low * u.multiplier, high: range.high * u.multiplier };
      end = u.end;
    } else {
      // A number with no unit is a figure only after a verb of level (指数提高到85.6).
      const before = text.slice(Math.max(0, num.start - 4), num.approxStart ?? num.start);
      if (num.numeral !== 'arabic' || !endsWithAny(before, words.levelVerbsForBareNumbers)) return null;
      unit = 'other';
    }
  }
  // A lone small Chinese numeral counting things (两个, 三项) is wording, not a statistic.
  if (num.numeral === 'chinese' && num.kind === 'plain' && value < 10 && /^[一二两三四五六七八九十]$/u.test(text.slice(num.start, num.end))) {
    return null;
  }
  if (num.numeral === 'chinese' && num.kind === 'plain' && num.value === 1) return null;
  let approx = num.approx;
  const trailing = trailingApprox(text, end);
  if (!approx && trailing) approx = trailing.approx;
  // A scale word with no number before it (万元GDP用水量, 百亿元级) is a unit of account or a
  // class; with a qualifier (千余家, 近万人) it is a round figure and stays.
  if (num.numeral === 'chinese' && !approx && /^[百千万亿]+$/u.test(text.slice(num.start, num.end))) return null;
  // A qualifier on the verb rather than the number: 约占全国的45.8%, 接近全省的一半.
  const clause = text.slice(clauseStart(text, num.start), num.start);
  if (!approx && /约占|约为|约合|大约|占约/u.test(clause)) approx = 'about';
  if (!approx && /接近|近占/u.test(clause)) approx = 'nearly';
  return { num, surfaceEnd: end, value, unit, unitWord, approx, ...(range ? { range } : {}) };
}

/**
 * 15%至20%之间的园区有12个, 增速在10%以上的企业达120家, 30户以上自然村寨: a figure that classifies
 * what is counted after it.
 */
const BRACKET_AFTER = /^(?:(?:之间|以上|以下|以内)?的[^，,。；;]{1,10}?(?:有|达|共|超过)|(?:以上|以下)(?![的地得和与及并])\p{Script=Han})/u;

const RATIO_BEFORE = /(?:是|为|相当于|达到?|恢复至|恢复到)[^，。；]*的[约近超过逾]*$/u;
/** 增长到2016年的5倍, 扩大到原来的2.5倍: a multiple after 到…的 is of what follows 到 (a percentage there is the level reached). */
const MULTIPLE_BEFORE = /(?:是|为|相当于|达到?|恢复至|恢复到|[到至])[^，。；]*的[约近超过逾]*$/u;

/** Where the quantity a ratio is measured against begins (是全国的2倍: at 是), or -1. */
function ratioBaseStart(text: string, from: number, at: number, multiple: boolean): number {
  const m = (multiple ? MULTIPLE_BEFORE : RATIO_BEFORE).exec(text.slice(from, at));
  return m ? from + m.index : -1;
}

function measureOf(text: string, r: Reading, indicator: Indicator | null): Measure {
  const start = r.num.approxStart ?? r.num.start;
  const clauseFrom = clauseStart(text, start);
  const raw = text.slice(clauseFrom, start);
  const before = raw.replace(/[约近超过逾达到为了分别共计累计]+$/u, '');
  const after = text.slice(r.surfaceEnd, r.surfaceEnd + 4);
  if (endsWithAny(before, words.cagrCues)) return 'cagr';
  // 是全省外贸增速的近2倍, 相当于…的5倍: a multiple of another quantity, not a change.
  if (r.num.kind === 'multiple' && MULTIPLE_BEFORE.test(raw)) return 'ratio';
  if (r.num.kind === 'percentage_point' || r.num.kind === 'multiple') return 'change';
  const toLevel = words.toCues.some((w) => raw.endsWith(w) && /增长|提高|提升|上升|增|降|下降|增加/u.test(w));
  if (!toLevel && (endsWithAny(before, words.changeCues) || words.changeAfter.some((w) => after.startsWith(w)))) return 'change';
  // 同比多开行1200列, 较上年少3家: 多 and 少 after a comparison make the figure a change too.
  if (/较\d{4}年|较去年|较上年|比上年|比去年|同比/u.test(before) && /[增降减提多少]/u.test(before)) return 'change';
  if (r.unit === 'percent') {
    if (words.shareCues.some((w) => before.includes(w))) return 'share';
    // 为全国平均水平的七成, 相当于全国的105%: a proportion of another quantity, not a part of a whole.
    if (RATIO_BEFORE.test(raw)) return 'ratio';
    if (indicator?.zh.endsWith('率') || words.rateCues.some((w) => before.includes(w))) return 'rate';
    if (/增长|下降|增加|减少|提高|降低|上涨|下跌|增速|增幅|涨幅|降幅/u.test(before)) return 'change';
    // 实现两位数增长，达到12.5%: the growth the clause before names.
    if (clauseFrom > 0 && /(?:增长|下降)[，,]$/u.test(text.slice(Math.max(0, clauseFrom - 3), clauseFrom))) return 'change';
    // ■ 9.6% 集装箱发送量同比增速: a figure that opens its clause, as a fact box prints it, is told by the words after it.
    if (!/\p{Script=Han}/u.test(raw)) {
      const rest = text.slice(r.surfaceEnd, clauseEnd(text, r.surfaceEnd));
      if (words.shareCues.some((w) => rest.includes(w))) return 'share';
      if (/增长|下降|增速|增幅|涨幅|降幅/u.test(rest)) return 'change';
      if (words.rateCues.some((w) => rest.includes(w))) return 'rate';
    }
    return 'share';
  }
  if (r.unit === 'person' || r.unit === 'enterprise' || r.unit === 'item') return 'count';
  if (r.unit === 'other' && COUNT_WORDS.has(r.unitWord)) return 'count';
  // 出生率为8.6‰: a rate in per mille.
  if (r.unit === 'other' && r.unitWord === '‰') return 'rate';
  return 'level';
}

/**
 * 增长5.3%，较去年同期加快0.5个百分点, 增速回落1.2个百分点: percentage points that change a growth
 * rate (the change before it, or 增速 named), not a rate the indicator is (比例提高2.1个百分点).
 */
const PACE_WORDS = /增速|增幅|降幅|涨幅|速度/u;

function describe(f: Omit<Figure, 'label'>, pace: boolean): string {
  const indicator = f.indicator ? indicatorBySlug(f.indicator) : undefined;
  const measureWord =
    pace ? (f.direction === 'up' ? '增速加快' : f.direction === 'down' ? '增速回落' : '增速变化')
    : f.measure === 'change' && f.direction ? (f.direction === 'up' ? '增长' : '下降')
    : f.measure === 'gap' && f.direction ? `差距（${f.direction === 'up' ? '高' : '低'}）`
    : f.measure === 'cagr' && f.direction === 'down' ? '年均下降'
    : MEASURE_ZH[f.measure];
  // 较2019年增长37%: the base is part of what the change is.
  const since = f.measure === 'change' ? f.detail?.split('·').find((d) => /^较\d{4}年/u.test(d)) : undefined;
  const approx: Record<Approx, string> = { over: '超过', about: '约', nearly: '近', under: '不到' };
  // 6500万人次 is not 6500万人, nor 374.1公斤 0.3741吨: the text's own unit word where the lexicon knows it.
  const shown = unitAsWritten(f.unitWord, f.unit);
  const format = (v: number): string => (shown ? formatValue(v / shown.multiplier, f.unit, shown.word) : formatValue(v, f.unit));
  // 增长5%—8%: the range, not its low end, which alone would read as the figure.
  const value = `${f.approx ? approx[f.approx] : ''}${f.range ? `${format(f.range.low)}—${format(f.range.high)}` : format(f.value)}`;
  // 对东盟, 人均, 占西部地区: the kind, so that no part reads as the whole (百分点 shows in the value).
  const kind = (f.detail ?? '').split('·').filter((d) => d && d !== since && d !== '百分点').join('·');
  // 集装箱货运量（标箱）: a name that ends in a bracket takes the kind inside it.
  const zh = !kind ? indicator?.zh : indicator?.zh.endsWith('）') ? `${indicator.zh.slice(0, -1)}，${kind}）` : `${indicator?.zh}（${kind}）`;
  const named = indicator ? `${zh} ${indicator.en}` : '未标注指标 unlabelled';
  return [f.goal ? '目标 goal' : '', named, `${since ?? ''}${measureWord}`, value, f.region ?? '', f.period ? formatPeriod(f.period) : '']
    .filter(Boolean)
    .join(' · ');
}

/**
 * Whether text[from, to) (a clause up to an indicator's cue) names one part of the indicator: a
 * part cue (even beside a kind: 脱贫县农村居民); or 对 or 与 and a partner (not 对外, foreign trade),
 * unless a kind the indicator keeps apart is named (对东盟: trade with ASEAN, its own quantity).
 */
function namesPart(indicator: Indicator, text: string, from: number, to: number, ports: readonly RegionMention[]): boolean {
  // 霍尔果斯口岸进出口: a port's own trade; 口岸 in its name is no part.
  const lead = blankSpans(text, from, to, ports);
  // 脱贫县农村居民人均可支配收入: a part, though it names a kind (农村) too.
  if (indicator.partCues.some((w) => lead.includes(w))) return true;
  if (Object.keys(indicator.detailCues).some((w) => lead.includes(w))) return false;
  if (!indicator.partners) return false;
  for (let at = lead.indexOf('对'); at >= 0; at = lead.indexOf('对', at + 1)) if (text[from + at + 1] !== '外') return true;
  // 与欧盟贸易额: 与 and a partner, as 对 (与 between two places of the country has made the figure theirs).
  return lead.includes('与');
}

/** 城镇、农村居民…分别增长4.5%和7.9%: the kinds (of detailCues) listed before 分别 in its clause, one per figure after it. */
function respectiveKind(text: string, detailCues: Readonly<Record<string, string>>, figureStarts: readonly number[], at: number): string | null {
  const kind = respectiveItem(text, figureStarts, at, (respectively) => {
    const lead = text.slice(clauseStart(text, respectively), respectively);
    const listed: { at: number; kind: string }[] = [];
    for (const [cue, kind] of Object.entries(detailCues)) {
      for (let i = lead.indexOf(cue); i >= 0; i = lead.indexOf(cue, i + cue.length)) listed.push({ at: i, kind });
    }
    const kinds = listed.sort((a, b) => a.at - b.at).map((k) => k.kind);
    return new Set(kinds).size === kinds.length ? kinds : null;
  });
  return kind ?? null;
}

/** 中欧班列和西部陆海新通道班列分别开行5000列和1万列: the cues of as many indicators before 分别 in its clause, one per figure after it. */
function respectiveCue(text: string, figureStarts: readonly number[], at: number, unit: Unit): CueMatch | undefined {
  return respectiveItem(text, figureStarts, at, (respectively) => {
    const listed = findCues(text, clauseStart(text, respectively), respectively).filter((c) => !c.voided && unitFits(c.indicator, unit) && !c.indicator.after);
    return new Set(listed.map((c) => c.indicator.slug)).size === listed.length ? listed : null;
  });
}

/** 2023年和2024年分别增长6%和5.7%: the periods listed (joined) right before 分别, one per figure after it. */
function respectivePeriod(text: string, periods: readonly PeriodMention[], figureStarts: readonly number[], at: number): PeriodMention | undefined {
  return respectiveItem(text, figureStarts, at, (respectively) => {
    const before = periods.filter((p) => p.end <= respectively && !p.base);
    const list = before.slice(-1);
    const joined = (a: PeriodMention, b: PeriodMention) => b.start === a.end + 1 && words.placeListJoiners.includes(text[a.end]!);
    for (let i = before.length - 2; i >= 0 && joined(before[i]!, list[0]!); i--) list.unshift(before[i]!);
    return list;
  });
}

const OBJECT_CLAUSE = new RegExp(`^(?:${words.objectVerbLeads.join('|')})*(?:${words.objectVerbs.join('|')})\\p{Script=Han}{2,}`, 'u');

/** The clause [from, at), its places and times left out, opens with a verb and its object (治理荒漠化土地). */
function namesOwnObject(text: string, from: number, at: number, mentions: readonly { start: number; end: number }[]): boolean {
  return OBJECT_CLAUSE.test(blankSpans(text, from, at, mentions).replace(/\s+/gu, '').replace(/^[，,、]+/u, ''));
}

/** text [from, to) with the spans (mentions of places, times) blanked, offsets kept. */
function blankSpans(text: string, from: number, to: number, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  for (let i = from; i < to; i++) out += spans.some((m) => m.start <= i && i < m.end) ? ' ' : text[i];
  return out;
}

/** A figure's detail with one more part (a share's base, 环比, 百分点), not twice when carried over. */
function withPart(detail: string | null, part: string): string {
  if (!detail) return part;
  return detail.split('·').includes(part) ? detail : `${detail}·${part}`;
}

/**
 * The year a yearly report is on (甘肃省2024年国民经济和社会发展统计公报), or null: the title names one
 * year, then a report's name with no part of the year between (not 2024年前三季度经济运行情况),
 * and the text was written after that year.
 */
export function reportYear(title: string, published: CalendarDate | null): string | null {
  const years = [...title.matchAll(/(\d{4})年/gu)];
  if (years.length !== 1) return null;
  const year = Number(years[0]![1]);
  const rest = title.slice(years[0]!.index + years[0]![0].length);
  const cue = Math.min(...words.yearReportTitles.map((w) => rest.indexOf(w)).filter((at) => at >= 0));
  if (!Number.isFinite(cue) || /[0-9０-９]|季度|半年|月/u.test(rest.slice(0, cue))) return null;
  return published === null || published.year > year ? String(year) : null;
}

export function extractFigures(article: FigureInput, published: CalendarDate | null): Figure[] {
  const figures: Figure[] = [];
  /** A yearly report's year: the period of its figures that name no time of their own. */
  const reportPeriod = reportYear(article.title, published);
  // 新疆：棉花产量占全国九成以上: the title is about 新疆; 全国 is what it is compared with.
  const titleRegions = findRegions(article.title).filter((m) => !NOT_A_PLACE.has(m.kind) && !comparedWith(article.title, m) && !namesALine(article.title, m));
  const titleRegion = titleRegions.length === 1 ? titleRegions[0]! : null;
  // A photo printed above the title (its caption) may belong to the story before: the title's place is not its.
  const titleBlock = article.blocks.findIndex((b) => b.role === 'title');
  // Context carried along a block: a place named in an earlier sentence, a period named in a
  // sentence joined by a semicolon (2024年，甲…；乙…；丙…).
  let lastBlock = -1;
  let blockRegion: RegionMention | null = null;
  /** The one place the heading of the current section names (## 四川), if any. */
  let sectionRegion: RegionMention | null = null;
  let chainedPeriod: string | null = null;
  /** Whether the sentence before ended in a semicolon: this one continues its chain. */
  let inChain = false;
  /** Under a heading of plans (2026年工作安排) or in a list of goals over semicolons (目标是：…；…；…). */
  let planSection = false;
  let goalList = false;
  const blockTotals = new Set<string>();

  for (const sentence of article.sentences) {
    const text = sentence.text;
    if (sentence.block !== lastBlock) {
      lastBlock = sentence.block;
      blockTotals.clear();
      blockRegion = null;
      chainedPeriod = null;
      inChain = false;
      goalList = false;
      if (article.blocks[sentence.block]?.role === 'heading') {
        const heading = article.blocks[sentence.block]!.text;
        planSection = words.planHeadings.some((w) => heading.includes(w)) && !words.reviewHeadings.some((w) => heading.includes(w));
        const places = findRegions(heading).filter((m) => placeOfFigures(heading, m));
        sectionRegion = places.length === 1 ? places[0]! : null;
      }
    }
    const mentioned = findRegions(text);
    const regions = mentioned.filter((m) => placeOfFigures(text, m, mentioned) && !listedAfterComparison(text, mentioned, m) && !inScopeBracket(text, m));
    const periods: PeriodMention[] = published
      ? findPeriods(text, published).filter(
          (p) =>
            p.kind !== 'date' &&
            !PRESENT.test(p.surface) &&
            // 从2013年成立至今: the year of an event, not the period of a figure.
            !((p.kind === 'year' || p.kind === 'interval') && words.eventAfterYear.some((w) => text.startsWith(w, p.end) || p.surface.includes(w))),
        )
      : [];
    let previous: Figure | null = null;
    /** What the figure before measures, also where it is left unlabelled as a starting value. */
    let previousIndicator: string | null = null;
    let previousEnd = 0;
    let previousStart = 0;
    /** The figure before was the start of a from–to pair (由20%提高到…). */
    let fromFigure = false;
    /** The sentence's labelled figures so far: the totals a 其中 clause can be a part of. */
    const totals: Total[] = [];
    const firstOfSentence = figures.length;

    const readings = findNumbers(text).flatMap((num) => read(text, num) ?? []);
    const figureStarts = readings.map((r) => r.num.approxStart ?? r.num.start);
    for (const r of readings) {
      const start = r.num.approxStart ?? r.num.start;
      const clauseFrom = clauseStart(text, start);
      const clauseBefore = text.slice(clauseFrom, start);

      // Indicator: the nearest cue before the figure that fits its unit, or one right after a count.
      // A share names its numerator before 占 (数字经济增加值占地区生产总值比重): cues after 占 are the denominator.
      const share = text.lastIndexOf('占', start);
      const cueEnd = share >= previousEnd && share >= clauseFrom ? share : start;
      // Count nouns (9个…产业集群) name what they count after the number, never before it.
      // 增长了1.4倍: a rise by a multiple (not 是…的2倍, a ratio) is a change of any indicator a percentage changes.
      const growthMultiple = r.num.kind === 'multiple' && !MULTIPLE_BEFORE.test(clauseBefore);
      const fits = (ind: Indicator): boolean => unitFits(ind, r.unit) || (growthMultiple && ind.units.includes('percent'));
      const cues = findCues(text, previousEnd, cueEnd).filter((c) => !c.voided && fits(c.indicator) && !c.indicator.after);
      // 中欧班列和西部陆海新通道班列分别开行5000列和1万列: indicators listed before 分别, one each.
      let cue = respectiveCue(text, figureStarts, start, r.unit) ?? cues[cues.length - 1] ?? null;
      let indicator: Indicator | null = cue?.indicator ?? null;
      if (!indicator) {
        const afterEnd = r.surfaceEnd + Math.max(0, text.slice(r.surfaceEnd).search(CLAUSE_MARK));
        const after = findCues(text, r.surfaceEnd, Math.min(afterEnd > r.surfaceEnd ? afterEnd : text.length, r.surfaceEnd + 14));
        const first = after.find((c) => !c.voided && c.indicator.after && unitFits(c.indicator, r.unit));
        if (first) indicator = first.indicator;
      }
      let measure = measureOf(text, r, indicator);
      const sameQuantity = previous !== null && (previous.unit === r.unit || (CURRENCIES.has(previous.unit) && CURRENCIES.has(r.unit)));
      const named = findCues(text, previousEnd, cueEnd).length > 0;
      // 森林覆盖率达到7.5%，草原综合植被盖度达到58.1%: a clause that names a quantity of its own
      // (…度, …率, …额) does not qualify the figure before it.
      const ownQuantity = OWN_QUANTITY.test(
        text.slice(Math.max(previousEnd, clauseFrom), r.num.approxStart ?? r.num.start).replace(/[约近超过逾不足]+$/u, ''),
      );
      // 完成营造林100万亩，治理荒漠化土地90万亩: a level whose clause opens with a verb and its object
      // counts that object, not the quantity of the figure before.
      const ownObject = measure === 'level' && namesOwnObject(text, Math.max(previousEnd, clauseFrom), start, [...mentioned, ...periods]);
      // 地区生产总值增长5.8%，工业增长6.1%: a clause led by a sector is that sector's, not the indicator's
      // (工业增加值由…增长到…: unless the clause names an indicator).
      const sectorLed = words.sectorSubjects.some((w) => text.startsWith(w, clauseFrom)) && findCues(text, clauseFrom, start).length === 0;
      // 同比增长20%，达到1.2万列: a level whose clause is only a verb is the quantity of the change before it.
      const bareLevel = [...words.levelVerbsForBareNumbers, ...words.toCues].includes(clauseBefore.replace(/[约近超过逾不足]+$/u, ''));
      const inherits = previous !== null && !cue && !named && !ownQuantity && !ownObject && !sectorLed && (measure !== 'level' || sameQuantity || bareLevel);
      if (!indicator && inherits && previousIndicator) {
        const prev = indicatorBySlug(previousIndicator);
        // 进出口…增长8%，一般贸易增长10%: a part the indicator keeps apart is no figure of it.
        const part = prev !== undefined && namesPart(prev, text, Math.max(previousEnd, clauseFrom), start, mentioned.filter((m) => m.kind === 'port'));
        if (prev && fits(prev) && !part) indicator = prev;
      }
      indicator ??= indicatorForUnit(r.unit) ?? null;
      // 地区生产总值中，第二产业增加值…, 进出口总额中，出口…: the whole a part is named of.
      if (cue && /^中[，,：:]/u.test(text.slice(cue.end, cue.end + 2))) indicator = null;
      // 集装箱码头吞吐能力达到300万标箱: a capacity, not what went through.
      if (words.capacityWords.some((w) => clauseBefore.includes(w))) indicator = null;
      // A company's or a household's figures (公司…年产值突破10亿元, 公司今年外贸进出口总额, 他家…人均
      // 可支配收入达到3.1万元) are not its place's: labelled with an indicator they would join the
      // place's series as if they were its total.
      const ownFigures =
        [...words.companySubjects, ...words.institutionSubjects, ...words.householdSubjects].some((w) => text.lastIndexOf(w, start) >= 0) || firstPerson(text.slice(0, start));
      if (ownFigures) indicator = null;
      // 经钦州港出海的重庆货物达到18万标箱: what went by a route (经 and a place, in the figure's
      // clause) is a part of some place's total, not the total.
      if (mentioned.some((m) => m.start > clauseFrom && m.end <= start && text[m.start - 1] === '经')) indicator = null;
      // 造林320万亩，其中人工造林85万亩: a part of the total before it, not another report of the
      // total (其中四川… names a place of its own and stays).
      const part = text.lastIndexOf(words.partOf, start);
      // 其中 opening a sentence points back to the totals of the sentences before it in the block.
      // A kind the indicator keeps apart (其中对东盟进出口: trade with ASEAN) is its own quantity.
      const kindAfterPart = part >= 0 && indicator !== null && Object.keys(indicator.detailCues).some((w) => text.slice(part, start).includes(w));
      const whole = part >= 0 && !kindAfterPart && (totals.some((t) => t.end <= part && t.indicator === indicator?.slug) || (part === 0 && blockTotals.has(indicator?.slug ?? '')));
      if (whole && !regions.some((m) => m.start >= part && m.end <= start)) indicator = null;
      // 清洁能源领域完成固定资产投资, 软件产业…主营业务收入: one sector's share of the place's total.
      if (cue && words.sectorWords.some((w) => text.slice(clauseStart(text, cue!.start), cue!.start).includes(w))) indicator = null;
      // 一般贸易进出口, 对“一带一路”国家进出口: one part of the indicator, not the place's total.
      if (cue && indicator && namesPart(indicator, text, clauseStart(text, cue.start), cue.start, mentioned.filter((m) => m.kind === 'port'))) indicator = null;
      // 增速高于全国0.8个百分点, 比全国平均水平高2个百分点: a gap to another place, not a change of this one.
      // 全省外贸…，达到12.5%: a percentage that names no base is no share of the indicator's.
      if (measure === 'share' && r.unit === 'percent' && !words.shareCues.some((w) => text.slice(0, start).includes(w))) indicator = null;
      // 增长15%至20%之间的园区有12个: a bracket things are counted in, no figure of the place; nor
      // is 四川段完成投资460亿元, the section of a line that runs through it.
      const bracketOrSection =
        BRACKET_AFTER.test(text.slice(r.surfaceEnd)) || mentioned.some((m) => text[m.end] === '段' && m.start >= clauseFrom && m.end < start);
      if (bracketOrSection) indicator = null;
      if (isGap(text, mentioned, clauseFrom, start)) {
        indicator = null;
        // 为全国平均水平的七成 stays a ratio.
        if (measure !== 'ratio' && measure !== 'share') measure = 'gap';
      }
      let detail: string | null = null;
      let owner: Total | null = null;
      if (indicator) {
        const scope = text.slice(0, start);
        // The kind named nearest before the figure: 城镇居民…37280元，农村居民…15630元.
        const hit = Object.entries(indicator.detailCues)
          .map(([w, kind]) => ({ at: scope.lastIndexOf(w), kind }))
          .filter((c) => c.at >= 0)
          .sort((a, b) => b.at - a.at)[0];
        detail = hit ? hit.kind : inherits && previous?.indicator === indicator.slug ? previous.detail : null;
        // 城镇、农村居民人均可支配收入分别增长4.5%和7.9%: kinds listed before 分别, one per figure after it.
        const listedKind = respectiveKind(text, indicator.detailCues, figureStarts, start);
        if (listedKind) detail = listedKind;
        // 城镇…37280元，农村…15630元，分别增长4.5%和6.8%; 包头…4370亿元，鄂尔多斯…6100亿元，两市分别
        // 增长8.1%和7.8%: the n-th figure after 分别 belongs to the n-th figure before it.
        // 开行中欧班列3800列、西部陆海新通道班列1500列，分别增长6.2%和18.9%: as many figures of different
        // indicators right before it, one each.
        const respectively = text.lastIndexOf('分别', start);
        if (inherits && respectively >= clauseFrom) {
          const keyOf = (t: Total): string => `${t.indicator}|${t.detail}|${t.regionSlug ?? t.region}`;
          const slug = indicator.slug;
          let owners = totals.filter((t) => t.indicator === slug && t.end <= respectively);
          if (new Set(owners.map(keyOf)).size <= 1) {
            const count = figuresAfter(text, figureStarts, respectively).length;
            const nearest = totals.filter((t) => t.end <= respectively).slice(-count);
            if (count > 1 && nearest.length === count && new Set(nearest.map((t) => t.indicator)).size === count) owners = nearest;
          }
          if (new Set(owners.map(keyOf)).size > 1) {
            owner = owners[totals.filter((t) => t.end > respectively).length] ?? null;
            const own = owner ? indicatorBySlug(owner.indicator) : undefined;
            if (owner && own && fits(own)) {
              indicator = own;
              detail = owner.detail;
            } else {
              owner = null;
              indicator = null;
            }
          }
        }
        if (indicator?.detailFromCue && cue && cue.indicator === indicator) detail = cue.cue;
      }
      // Parts of the key that make two figures different facts: a rate per day, a share's base.
      // 人均 in 人均可支配收入 is the indicator's own word, not a kind of it.
      // 人均GDP仍有较大差距，仅为…的60%: the words before a cue in an earlier clause are the figure's too.
      const cueLead = cue && cue.indicator === indicator && cue.start < clauseFrom ? text.slice(clauseStart(text, cue.start), cue.start) : '';
      const per = words.perCues.find(
        (w) => (clauseBefore.includes(w) || cueLead.includes(w)) && !indicator?.cues.some((c) => c.includes(w) && clauseBefore.includes(c)),
      );
      if (per) detail = withPart(detail, per);
      // 环比增长1.6% (on the quarter before) and 同比增长5.3% are two facts.
      const sequential = words.sequentialCues.find((w) => clauseBefore.includes(w));
      if (sequential) detail = withPart(detail, sequential);
      // 实际增长5.1%，名义增长5.6%: real and nominal growth are two facts.
      const basis = words.growthBasisCues.find((w) => clauseBefore.includes(w));
      if (basis && measure === 'change') {
        // The basis its own clause names, not one carried from the figure before.
        const kept = (detail ?? '').split('·').filter((d) => d && !words.growthBasisCues.includes(d));
        detail = [...kept, basis].join('·');
      }
      // 加快0.2个百分点 changes a rate; 增长6.1% changes the quantity: two facts, never one in conflict.
      if (r.num.kind === 'percentage_point') detail = withPart(detail, '百分点');
      // 占全国的比重提高0.2个百分点: a share's change keeps the share's base too (not a change of the growth rate).
      if ((measure === 'share' || (measure === 'change' && r.num.kind === 'percentage_point')) && share >= clauseFrom) {
        const base = baseOfShare(text, mentioned, figureStarts, share, previousEnd, start);
        // A share carried over from the figure before (占全国的…，占西部地区的…) keeps its kind, not its base.
        if (base) detail = withPart(detail?.split('·').filter((d) => !d.startsWith('占')).join('·') || null, `占${base.name}`);
      }
      cue = null;

      // Place: the nearest mention before the figure; else the one the figure it qualifies has;
      // else one named earlier in the block; else the article's subject place.
      // Within the sentence, a place in the figure's own clause wins; else the sentence's subject
      // (its first place), not a place named in passing between them.
      // 是全国的2倍, 为全国平均水平的七成: the place after 是 or 为 is what a ratio is measured against.
      const ratioBase = measure === 'ratio' ? ratioBaseStart(text, clauseFrom, start, r.num.kind === 'multiple') : -1;
      // 分别占全国和西部的3%和20%: the places after 占 are what the shares are of.
      const shareBase = measure === 'share' && share >= clauseFrom ? share : -1;
      // 在全国31个省份中，贵州…增长5.8%: the field a sentence picks from is the place of figures in it only.
      const framed = (at: number, end: number): boolean => at < clauseFrom && inFrame(text, at, end);
      const before = regions.filter(
        (m) => m.end <= start && !(ratioBase >= 0 && m.start >= ratioBase) && !(shareBase >= 0 && m.start > shareBase) && !framed(m.start, m.end),
      );
      const between = before.filter((m) => m.start >= previousEnd);
      const ownClause = before.filter((m) => m.start >= clauseFrom);
      // 增长5.7%的四川: a place after the figure only in its own clause (…达到1.5万列，北部湾港集装箱… is another subject's).
      const after = regions.find((m) => m.start >= r.surfaceEnd && m.end <= clauseEnd(text, r.surfaceEnd));
      // 推动兰州国际陆港…扩能，到2027年全省口岸货运量…: 全省 in the figure's own clause names its place.
      const scopeInClause = Object.keys(words.scopeWords).some((w) => clauseBefore.includes(w));
      let region: RegionMention | null = ownClause[ownClause.length - 1] ?? (scopeInClause ? null : (subjectOf(before) ?? after)) ?? null;
      let regionName: string | null = region?.name ?? null;
      let regionSlug: string | null = region?.slug ?? null;
      const corridor = words.placelessSubjects.some((w) => text.slice(0, start).includes(w));
      if (inherits && between.length === 0 && previous) {
        regionName = previous.region;
        regionSlug = previous.regionSlug;
      } else if (!region && !corridor && !ownFigures) {
        // 全省, 全市: the place of that rank the text is about, not a city named in the sentence before.
        const scope = Object.entries(words.scopeWords).find(([w]) => {
          const at = text.lastIndexOf(w, start);
          return at >= 0 && !framed(at, at + w.length);
        });
        const titled = sentence.block >= titleBlock ? titleRegion : null;
        // 四川省农业农村厅数据显示，2024年全省水果产量…: the province a source in the sentence names.
        const named = mentioned.filter((m) => m.end <= start).reverse();
        // 南宁市青秀区…，全区…: after a district the gazetteer does not know, 全区 is that district.
        const belowNamed = scope !== undefined && named.some((m) => subUnitAfter(text, m, mentioned));
        if (belowNamed) indicator = null;
        const place = scope ? (belowNamed ? null : placeOfRank([blockRegion, sectionRegion, titled, ...named], scope[1])) : (blockRegion ?? sectionRegion ?? titled);
        regionName = place?.name ?? null;
        regionSlug = place?.slug ?? null;
      }
      if (owner) {
        regionName = owner.region;
        regionSlug = owner.regionSlug;
      }
      // 四川、重庆、贵州地区生产总值分别增长5.9%、6.1%和5.3%: as many figures after 分别 as places
      // listed before it, each place takes its own.
      const listed = owner ? null : respectivePlace(text, regions, figureStarts, start);
      if (listed) {
        regionName = listed.name;
        regionSlug = listed.slug;
      }
      // 德阳、绵阳增长7%—8%, 两地…合计: a figure of several places is none of theirs (两市分别…
      // hands each its own), nor is one of them (川渝两地…分别为…和…); nor is a village's.
      const oneOfSeveral = !listed && !owner && region !== null && eachOfSeveral(text, region, figureStarts, start);
      // 南宁市青秀区地区生产总值1200亿元: the district's, not 南宁's.
      // 云南沿边8个州市…占全省的七成: the group's, not 云南's.
      const ofSubUnit = !listed && !owner && region !== null && regionSlug === region.slug && (subUnitAfter(text, region, mentioned) || groupBelow(text, region, start));
      if (bracketOrSection || oneOfSeveral || ofSubUnit || leavesPartOut(text, mentioned, clauseFrom, start) || (!listed && !owner && region && inList(text, regions, region)) || belowGazetteer(text, mentioned, start) || (!owner && ofSeveralPlaces(text, mentioned, clauseFrom, start))) {
        regionName = null;
        regionSlug = null;
        indicator = null;
      }

      // Period: the nearest period before the figure that is not a comparison base; the figure it
      // qualifies; a period carried over a semicolon. 累计 with no period named means no period.
      let period: string | null = null;
      const cumulative = words.cumulative.some((w) => text.slice(0, start).includes(w));
      // 是2020年的2.5倍: the year after 是 is what the ratio is measured against, not its period.
      // 由一季度的下降3.2%转为增长2.1%: the period a from–to opens with (由…的, 从…的) is its first
      // figure's, not the second's, which takes the period before it.
      const openedFrom =
        previous === null
          ? undefined
          : periods.find((p) => /[由从]$/u.test(text.slice(0, p.start)) && text.startsWith('的', p.end) && p.end <= previousStart && !figureStarts.some((s) => s >= p.end && s < previousStart));
      const candidates = periods.filter((p) => p.end <= start && !p.base && !(ratioBase >= 0 && p.start >= ratioBase) && p !== openedFrom);
      const between2 = candidates.filter((p) => p.start >= previousEnd);
      const nearest = candidates[candidates.length - 1];
      if (measure === 'cagr') {
        // An average over years spans years: 是2020年的1.8倍，年均增长12.5% names no span, so no period.
        period = candidates.find((p) => p.kind === 'interval')?.period ?? (previous?.period?.includes('/') ? previous.period : null);
      } else if (inherits && between2.length === 0 && previous && !openedFrom) {
        period = previous.period;
      } else if (nearest) {
        // 从2019年的20.5万亿元增长至2023年的26.9万亿元: each level takes its own endpoint year.
        const endpoint = candidates.filter((p) => p.role).at(-1);
        // 从2015年到2025年，产量增长了约50%: a change over the span, not in its last year.
        const span = nearest.role ? candidates.find((p) => p.kind === 'interval' && p.start <= nearest.start && p.end >= nearest.end) : undefined;
        if (span && measure === 'change') period = span.period;
        else period = nearest.kind === 'interval' && endpoint && measure !== 'change' ? endpoint.period : nearest.period;
      } else if (!cumulative) {
        period = chainedPeriod;
      }
      // 2024年…，一季度增长5.6%: that year's first quarter or the publication's, the text does not say.
      if (nearest?.ambiguous && period === nearest.period) period = null;
      if (period && LATER_TIME.test(text.slice(nearest?.end ?? 0, r.num.approxStart ?? start))) period = null;
      if (period && nearest && period === nearest.period) {
        const forecast = planSection || goalList || [...words.goalCues, ...words.forecastCues].some((w) => text.slice(0, start).includes(w));
        period = lastYearsPart(nearest, period, published, forecast) ?? period;
      }
      // 2023年、2024年，…分别为7100亿元和7700亿元: a list of periods before 分别, one each.
      const listedPeriod = respectivePeriod(text, periods, figureStarts, start);
      if (listedPeriod) period = listedPeriod.period;
      // 上半年增长5%，去年同期增长2.1%: the same part of last year as the part of this year named
      // before it in the sentence; with none named, no period (not all of last year).
      // 2024年同期: the same part of that year.
      if (nearest && period === nearest.period && text.startsWith('同期', nearest.end) && /^(?:去年|上年|前年|\d{4}年)$/u.test(nearest.surface)) {
        const part = candidates.slice(0, -1).findLast((p) => /[-/]/u.test(p.period) && !/^\d{4}\/\d{4}$/u.test(p.period));
        const shift = part ? Number(part.period.slice(0, 4)) - Number(nearest.period) : 0;
        period = part && shift > 0 ? part.period.replace(/\d{4}/gu, (y) => String(Number(y) - shift)) : null;
      }
      // 2024年四季度增长6.2%，全年增长5.9%: 全年 in the figure's clause is the whole of that year (after
      // a quarter, a half, months or the year so far).
      if (period && /^\d{4}-/u.test(period) && new Set(period.match(/\d{4}/gu)).size === 1 && WHOLE_YEAR.test(clauseBefore)) period = period.slice(0, 4);
      // 较2019年增长37%: a change over a base years back is another fact than the year's growth
      // (charted as such it would read as growth in one year): the base is its kind. A change over
      // the year before (比上年增长5.2%) after it is the year's own.
      if (measure === 'change' && period) {
        // 分别比2019年增长12.6%和14.1%: a base in the figure's clause is each figure's.
        const base = periods.findLast((p) => p.base && p.end <= start && p.start >= Math.min(previousEnd, clauseFrom) && /^\d{4}$/u.test(p.period));
        const own = (detail ?? '').split('·').filter((d) => d && !/^较\d{4}年/u.test(d));
        if (base && Number(base.period) < Number(period.slice(0, 4)) - 1) {
          detail = [...own, `较${base.period}年${/^\d{4}$/u.test(period) ? '' : '同期'}`].join('·');
        } else if (base) detail = own.join('·') || null;
      }
      // 截至9月底，今年…累计发送60万标箱: this year in a sentence that runs to a date is the year so far;
      // a goal for this year (今年力争…) and 全年 are still all of it.
      if (period && /^\d{4}$/u.test(period) && nearest?.period === period && !text.slice(0, start).includes('全年')) {
        const soFar = candidates.find((p) => p.kind === 'ytd' && p.period.startsWith(`${period}-01-01/`));
        if (soFar && !isGoal(text, r.num.start, period, published)) period = soFar.period;
      }
      // 截至2024年6月底，中欧班列累计开行8.5万列: a total since the start, not since New Year.
      if (cumulative && period && /^\d{4}-01-01\//.test(period) && nearest && /^截[至止]/u.test(nearest.surface) && !/今年|年初|以来/u.test(text.slice(0, start))) period = null;
      // 十年来…比重由20%提高到21.5%: the two ends of the span, not two values for all of it.
      const span = nearest?.kind === 'interval' && measure !== 'change' && measure !== 'cagr' ? periodYears(nearest.period) : null;
      const lead = text.slice(clauseFrom, r.num.approxStart ?? r.num.start);
      if (span && /[由从]$/u.test(lead)) period = String(span.first);
      else if (span && fromFigure && words.toCues.some((w) => lead.endsWith(w))) period = String(span.last);
      // 从2014年的13.8万亿元增加到2024年的26.9万亿元，占全国的比重由21.6%提高到21.5%: a from–to
      // of figures with no years of their own after one with years takes those years.
      const ends = !span && measure !== 'change' && measure !== 'cagr' ? candidates.filter((p) => p.role) : [];
      const [fromYear, toYear] = [ends.findLast((p) => p.role === 'from'), ends.findLast((p) => p.role === 'to')];
      if (fromYear && toYear && fromYear.start < toYear.start && toYear.end <= clauseFrom) {
        if (/[由从]$/u.test(lead)) period = fromYear.period;
        else if (fromFigure && words.toCues.some((w) => lead.endsWith(w))) period = toYear.period;
      }
      // 从保护初期的不足2万只恢复到7万只以上: a starting value of no stated time is no data point.
      const startingValue = /[由从](?:[^，。；]*的)?$/u.test(lead) && !/[到至]/u.test(lead.slice(Math.max(lead.lastIndexOf('从'), lead.lastIndexOf('由'))));
      const measured = indicator?.slug ?? null;
      if (startingValue && period === null) indicator = null;
      // 统计公报: 全年全省地区生产总值13002.9亿元 is the report's year, as is 年末常住人口 (a total
      // since a start, an average over years, a starting value: still no period).
      if (period === null && reportPeriod && candidates.length === 0 && !cumulative && measure !== 'cagr' && !startingValue) period = reportPeriod;
      // 全年地区生产总值增长5.6% in a January article: last year, the whole year just over.
      if (period === null && candidates.length === 0 && !cumulative && measure !== 'cagr' && r.approx !== 'about' && published?.month && published.month <= 3) {
        const before = text.slice(0, start);
        const thisYear = [...words.goalCues, ...words.forecastCues, ...words.wholeYearThisYear].some((w) => before.includes(w));
        if (WHOLE_YEAR.test(before) && !thisYear && !planSection && !goalList) period = String(published.year - 1);
      }
      fromFigure = /[由从]$/u.test(lead);

      const from = sentence.from + r.num.start;
      const to = sentence.from + r.surfaceEnd;
      const pieces = article.blocks[sentence.block]?.pieces ?? [];
      const base: Omit<Figure, 'label'> = {
        id: `f${figures.length + 1}`,
        surface: text.slice(r.num.start, r.surfaceEnd),
        start: offsetAt(pieces, from),
        end: offsetAt(pieces, to - 1) + 1,
        sentence: text,
        sentenceIndex: sentence.index,
        block: sentence.block,
        from,
        to,
        value: r.value,
        unit: r.unit,
        unitWord: r.unitWord,
        measure,
        indicator: indicator?.slug ?? null,
        detail,
        region: regionName,
        regionSlug,
        period,
        approx: r.approx,
        goal: planSection || goalList || isGoal(text, r.num.start, period, published),
        // -12.6%的负增长 carries its sign in the value: a direction would turn it twice.
        direction: r.value < 0 ? null : measure === 'gap' ? gapDirectionOf(text, start) : directionOf(text, start, r.surfaceEnd, measure),
        ...(r.range ? { range: r.range } : {}),
      };
      const pace =
        measure === 'change' &&
        r.num.kind === 'percentage_point' &&
        !(detail ?? '').includes('占') &&
        !words.shareCues.some((w) => clauseBefore.includes(w)) &&
        (PACE_WORDS.test(clauseBefore) || (previous?.measure === 'change' && previous.unit === 'percent' && previous.indicator === base.indicator));
      const figure: Figure = { ...base, label: describe(base, pace) };
      figures.push(figure);
      if (figure.indicator) totals.push({ indicator: figure.indicator, detail: figure.detail, region: figure.region, regionSlug: figure.regionSlug, end: r.surfaceEnd });
      previous = figure;
      previousIndicator = measured;
      previousEnd = r.surfaceEnd;
      previousStart = start;
    }
    for (const t of totals) blockTotals.add(t.indicator);
    // The place the sentence's figures are about carries on to the next sentences, not the first
    // place it names (记者从西安海关获悉，陕西省货物贸易进出口…。其中，出口…: 陕西, not 西安).
    const placed = figures.slice(firstOfSentence).findLast((f) => f.regionSlug !== null);
    const subject = (placed ? regions.find((m) => m.slug === placed.regionSlug) : undefined) ?? subjectOf(regions);
    if (subject) blockRegion = subject;
    // 2024年，甲…；乙…；丙…: a period set as the topic of a sentence (a clause of its own before its
    // first figure: 据南宁海关统计，前10个月，…, or the opening words of a chain's first sentence:
    // 陕西省2024年全省…) carries over its semicolons.
    const opensSentence = (p: PeriodMention) => !inChain && (p.start === 0 || mentioned.some((m) => m.start === 0 && m.end === p.start));
    const topic = periods.find(
      (p) =>
        !p.base &&
        (opensSentence(p) || (/[，,]$/u.test(text.slice(0, p.start)) && /^[，,]/u.test(text.slice(p.end)))) &&
        !figureStarts.some((at) => at < p.start),
    );
    // A sentence of the chain that names a period of its own (过去5年，…；2023年…；布局建设…) leaves
    // the next one's period unknown.
    chainedPeriod = /[；;]$/.test(text) ? (topic?.period ?? (periods.some((p) => !p.base) ? null : chainedPeriod)) : null;
    inChain = /[；;]$/.test(text);
    goalList = /[；;]$/.test(text) && (goalList || words.goalListCues.some((w) => text.includes(w)));
  }
  return figures;
}
