// Which place a figure is about: the places a sentence names that can be it (not a speaker's
// office, a dateline, a foreign country, a comparison or the field of a ranking), a sentence's
// subject place, a list of places, a gap to another place, and 全省/全市 resolved by rank.
import words from './lexicon/figure-words.json' with { type: 'json' };
import { isAbroad, namesSomethingElse, regionBySlug, type RegionMention } from './regions.ts';
import { CLAUSE_MARK, clauseEnd, clauseStart } from './clauses.ts';

export const NOT_A_PLACE = new Set(['country']);
const DATELINE_AFTER = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)/u;

/** 在全国31个省份中，贵州…增长5.8%: a place in the field a sentence picks from, not the place it is about. */
export function inFrame(text: string, start: number, end: number): boolean {
  const opening = text.slice(0, start).split(CLAUSE_MARK).at(-1) ?? '';
  const rest = text.slice(end);
  const close = rest.search(CLAUSE_MARK);
  return opening === '在' && /中$/u.test(close === -1 ? rest : rest.slice(0, close));
}

/**
 * A place mention that names who speaks (重庆市政府口岸物流办负责人说) or where the numbers come from
 * (据南宁海关统计), or is a foreign country, is not the figure's place.
 */
export function placeOfFigures(text: string, m: RegionMention, mentioned: readonly RegionMention[] = []): boolean {
  if (NOT_A_PLACE.has(m.kind)) return false;
  // 成为贵州省首个…, 增速位居全国沿海主要港口前列: the field of a ranking, not the place the figure is about.
  if (words.rankingAfter.some((w) => text.slice(m.end).replace(/^[省市区县州]/u, '').startsWith(w))) return false;
  if (words.rankingBefore.some((w) => text.startsWith(w, m.start - w.length))) return false;
  // 本报乌鲁木齐3月15日电: where the report was filed, not what it is about.
  if (DATELINE_AFTER.test(text.slice(m.end, m.end + 16))) return false;
  if (comparedWith(text, m, mentioned)) return false;
  if (namesALine(text, m)) return false;
  const rest = text.slice(m.end);
  const clauseEnd = rest.search(CLAUSE_MARK);
  const clause = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
  return ![...words.speechVerbs, ...words.sourceVerbs].some((v) => clause.endsWith(v)) && !words.officeWords.some((w) => clause.includes(w));
}

const SCOPE_BRACKET = new RegExp(`[（(](?:${words.bracketScopes.join('|')})[^（()）]*$`, 'u');
// 贵州全省（贵阳除外）: the bracket that ends in 除外 leaves out too.
const ENDS_LEAVING_OUT = /^[^（()）]*除外[）)]/u;
const LEAVES_OUT = new RegExp(`^[（(](?:${words.bracketLeavesOut.join('|')}|[^（()）]*除外[）)])`, 'u');

/** 陕西省（不含西安市）, 重庆（含万州）, 全省（贵阳除外）: a place inside a bracket saying what another takes in or leaves out. */
export const inScopeBracket = (text: string, m: RegionMention): boolean =>
  SCOPE_BRACKET.test(text.slice(0, m.start)) || (/[（(]$/u.test(text.slice(0, m.start)) && ENDS_LEAVING_OUT.test(text.slice(m.start)));

/**
 * 陕西省（不含西安市）外贸…: a bracket right after a place in [from, at) leaves a part of it out; what
 * is left has no name of its own (固定资产投资（不含农户） defines an indicator, no place).
 */
export const leavesPartOut = (text: string, mentioned: readonly RegionMention[], from: number, at: number): boolean =>
  mentioned.some((m) => m.start >= from && m.end < at && LEAVES_OUT.test(text.slice(m.end, at)));

const SCOPES = Object.keys(words.scopeWords).join('|');
const GAP_WORDS = Object.keys(words.gapBefore);
const GAP_TO_SCOPE = new RegExp(
  `(?:[比较](?:${SCOPES})(?:${words.comparisonAfter.join('|')})?[高低快慢])|(?:[比较](?:${words.gapTargets.join('|')})[高低快慢多少])|(?:(?:${GAP_WORDS.join('|')})(?:${SCOPES}))|(?:${SCOPES})(?:${words.comparisonAfter.join('|')})的`,
  'u',
);

/**
 * 成渝中线高铁, 陕北至湖北特高压工程: two places' short name in the name of a line, or a place at an
 * end of a route, is not a place a figure is about (云南铁路营业里程 is 云南's).
 */
export function namesALine(text: string, m: RegionMention): boolean {
  if (m.kind === 'aggregate' && m.surface.length === 2 && words.lineNameAfter.some((w) => text.startsWith(w, m.end))) return true;
  return text[m.start - 1] === '至' || (text[m.end] === '至' && /\p{Script=Han}/u.test(text[m.end + 1] ?? ''));
}

/** 占全国…的45.8%, 高于全国, 高出全国, 为全国平均水平的七成: the place a figure is compared with, not the place it is about. */
export function comparedWith(text: string, m: RegionMention, mentioned: readonly RegionMention[] = []): boolean {
  return (
    [...words.comparisonBefore, ...GAP_WORDS].some((w) => text.slice(Math.max(0, m.start - w.length), m.start) === w && !joinedTo(text, m, w, mentioned)) ||
    measuredAgainst(text, m) ||
    comparedAcross(text, m)
  );
}

/**
 * 四川与重庆两地…: 与 (or 同) between two places of the country joins them, unless what follows
 * compares (与重庆相比). A partner abroad stays apart (重庆与东盟进出口: Chongqing's, with ASEAN).
 */
function joinedTo(text: string, m: RegionMention, word: string, mentioned: readonly RegionMention[]): boolean {
  if (!words.placeJoiningComparisons.includes(word) || isAbroad(m.slug)) return false;
  if (!mentioned.some((o) => o.end === m.start - word.length && !isAbroad(o.slug))) return false;
  const after = text.slice(m.end, clauseEnd(text, m.end));
  return !words.comparisonEnds.some((w) => after.includes(w));
}

/** 比第6位的湖北多8000亿元: a place a few characters after 比 or 较, and 多, 少, 高… right before the number after it. */
function comparedAcross(text: string, m: RegionMention): boolean {
  const lead = text.slice(clauseStart(text, m.start), m.start);
  const at = Math.max(lead.lastIndexOf('比'), lead.lastIndexOf('较'));
  if (at < 0 || lead.length - at > 8) return false;
  return /^[^\d０-９]{0,6}?[多少高低快慢](?:出|了)?[约近超过逾]*[\d０-９一二三四五六七八九十两]/u.test(text.slice(m.end, clauseEnd(text, m.end)));
}

/** 经霍尔果斯、阿拉山口口岸, 对东盟、欧盟: a place listed after one a comparison or route word stands before shares its role. */
export function listedAfterComparison(text: string, mentioned: readonly RegionMention[], m: RegionMention): boolean {
  for (let current = m; ; ) {
    // 对南亚东南亚: places written together with no joiner are a list too.
    const before = mentioned.find((o) => o.end === current.start || (o.end + 1 === current.start && words.placeListJoiners.includes(text[o.end]!)));
    if (!before) return false;
    if (comparedWith(text, before)) return true;
    current = before;
  }
}

/** 全国平均水平: a place's average, which a figure is measured against. */
const measuredAgainst = (text: string, m: RegionMention): boolean => words.comparisonAfter.some((w) => text.startsWith(w, m.end));

/**
 * A figure measured against another place (高于全国, 比全国平均水平高, 较全国高, 仅为全国平均水平的七成):
 * the gap or the ratio, not a level or change of its own.
 */
export function isGap(text: string, mentioned: readonly RegionMention[], from: number, at: number): boolean {
  const before = text.slice(from, at);
  // 较全省平均水平高0.4个百分点, 比全市高: against a place of a rank (全省), which is no mention; 比全年目标高: against a target.
  if (GAP_TO_SCOPE.test(before)) return true;
  // 增速快于城镇居民2.6个百分点: against anything at all, a gap is not the figure's own change.
  if (GAP_WORDS.some((w) => before.includes(w))) return true;
  return mentioned.some(
    (m) =>
      m.start >= from &&
      m.end <= at &&
      (GAP_WORDS.some((w) => text.startsWith(w, m.start - w.length)) ||
        (/[比较]/u.test(text[m.start - 1] ?? '') && /[高低快慢]$/u.test(before)) ||
        measuredAgainst(text, m) ||
        comparedAcross(text, m)),
  );
}

/**
 * 全村人均可支配收入1.9万元, 园区内…产值12亿元: a place below the gazetteer (a village, a park) is
 * spoken of after the last place the gazetteer knows, so the figure is of neither.
 */
export function belowGazetteer(text: string, mentioned: readonly RegionMention[], at: number): boolean {
  const before = text.slice(0, at);
  const hits = words.localScopes.map((w) => ({ at: before.lastIndexOf(w), end: before.lastIndexOf(w) + w.length })).filter((h) => h.at >= 0);
  if (hits.length === 0) return false;
  const local = hits.reduce((a, b) => (b.at > a.at ? b : a));
  // 全省共有国家级高新区8个: the zones are what is counted, in the place the sentence is about.
  if (/^[共有达到为]*$/u.test(before.slice(local.end))) return false;
  return !mentioned.some((m) => m.start > local.at && m.end <= at);
}

// A name of two to four characters and its suffix (青秀区, 天府新区), not an office (农业农村厅).
const SUB_UNIT = new RegExp(`^\\p{Script=Han}{2,4}?(?:${words.subUnitSuffixes.join('|')})(?![厅局委办])`, 'u');

/**
 * 南宁市青秀区, 天府新区四川直管区: a district, county or town the gazetteer does not know right after
 * the place `m` (no other place starts there; 地区, 全区 are no names); 新疆南部: a part by direction.
 */
export function subUnitAfter(text: string, m: RegionMention, mentioned: readonly RegionMention[]): boolean {
  if (mentioned.some((o) => o.start === m.end)) return false;
  // 新疆南部, 四川西部地区: a part of the place, named by its direction (not 西部陆海新通道, a corridor).
  if (m.kind !== 'aggregate' && !isAbroad(m.slug) && !namesSomethingElse(text, m.end) && words.directionParts.some((w) => text.startsWith(w, m.end))) return true;
  const unit = SUB_UNIT.exec(text.slice(m.end))?.[0];
  return unit !== undefined && !words.notSubUnits.some((w) => unit.endsWith(w));
}

const GROUP_BELOW = new RegExp(`^\\p{Script=Han}{0,4}?(?:[0-9０-９]+|[一二三四五六七八九十两百]+)个(?![月季百小])\\p{Script=Han}{0,3}?(?:${words.subUnitGroups.map((w) => w.replace(/[()]/gu, '\\$&')).join('|')})`, 'u');

/** 云南沿边8个州市, 贵州66个脱贫县: a count of the place's districts, counties or zones right after it, before `at` in its clause. */
export function groupBelow(text: string, m: RegionMention, at: number): boolean {
  const group = GROUP_BELOW.exec(text.slice(m.end, clauseEnd(text, m.end)))?.[0];
  return group !== undefined && m.end + group.length <= at;
}

/**
 * 两地经济总量合计约2.16万亿元: a figure of several places taken together (a word for them before the
 * figure in its clause), none of theirs; 川渝两地 restates (or is part of) the place named with it.
 */
export function ofSeveralPlaces(text: string, mentioned: readonly RegionMention[], from: number, at: number): boolean {
  const lead = text.slice(from, at);
  return words.severalPlaces.some((w) => {
    for (let i = lead.indexOf(w); i >= 0; i = lead.indexOf(w, i + 1)) {
      const at = from + i;
      if (!mentioned.some((m) => m.end === at || (m.start <= at && at < m.end))) return true;
    }
    return false;
  });
}

/** The places joined in a list right before `at` in its clause (德阳、绵阳; 四川和重庆), two or more; else null. */
function listBefore(text: string, places: readonly RegionMention[], at: number): RegionMention[] | null {
  const before = places.filter((m) => m.end <= at);
  const last = before.at(-1);
  if (!last || CLAUSE_MARK.test(text.slice(last.end, at))) return null;
  const joined = (a: RegionMention, b: RegionMention) => b.start === a.end + 1 && words.placeListJoiners.includes(text[a.end]!);
  const list = [last];
  for (let i = before.length - 2; i >= 0 && joined(before[i]!, list[0]!); i--) list.unshift(before[i]!);
  return list.length >= 2 ? list : null;
}

/** The figures after 分别 at `respectively`, up to the end of the clause it opens (…分别增长5%和6%，两地合计…). */
export const figuresAfter = (text: string, figureStarts: readonly number[], respectively: number): number[] =>
  figureStarts.filter((s) => s > respectively && s < clauseEnd(text, respectively));

/**
 * 分别: of the items listed before it (`listed`, given where 分别 stands), the one that stands where
 * the figure at `at` stands among the figures after it in its clause, when there are two or more
 * and as many of both; else undefined. Places, kinds, indicators and periods are listed so.
 */
export function respectiveItem<T>(text: string, figureStarts: readonly number[], at: number, listed: (respectively: number) => readonly T[] | null): T | undefined {
  const respectively = text.lastIndexOf('分别', at);
  if (respectively < 0) return undefined;
  const after = figuresAfter(text, figureStarts, respectively);
  const list = listed(respectively);
  return list && list.length >= 2 && list.length === after.length ? list[after.indexOf(at)] : undefined;
}

/** 四川、重庆、贵州…分别增长5.9%、6.1%和5.3%: the place of the list before 分别 in its clause, one per figure after it. */
export function respectivePlace(text: string, places: readonly RegionMention[], figureStarts: readonly number[], at: number): RegionMention | null {
  return respectiveItem(text, figureStarts, at, (respectively) => listBefore(text, places, respectively)) ?? null;
}

/**
 * The place a share at `at` is of, among the places after its 占 at `share`: the n-th of a list
 * (分别占全国和西部地区的1.2%和20%), as many as the shares after 占; else the nearest one after the
 * figure before (占全国的6.5%、西部地区的30.4%); else the first after 占. Null where none is named.
 */
export function baseOfShare(text: string, places: readonly RegionMention[], figureStarts: readonly number[], share: number, previousEnd: number, at: number): RegionMention | null {
  const named = places.filter((m) => m.start > share && m.end <= at);
  if (named.length === 0) return null;
  const shares = figureStarts.filter((s) => s > share && s < clauseEnd(text, share));
  const list = shares.length >= 2 ? listBefore(text, named, shares[0]!) : null;
  if (list && list.length === shares.length) return list[shares.indexOf(at)] ?? null;
  return named.filter((m) => m.start >= previousEnd).at(-1) ?? named[0]!;
}

/**
 * 川渝两地外贸进出口总额分别为5320亿元和7480亿元: a place named as several (两地, 两省) before 分别
 * and two or more figures: each figure is of one of them, which the text does not say.
 */
export function eachOfSeveral(text: string, place: RegionMention, figureStarts: readonly number[], at: number): boolean {
  const respectively = text.lastIndexOf('分别', at);
  const several = words.severalPlaces.some((w) => place.surface.endsWith(w) || text.startsWith(w, place.end));
  return several && respectively >= place.end && figuresAfter(text, figureStarts, respectively).length >= 2;
}

/** The place is one of a list (德阳、绵阳; 四川和重庆). */
export function inList(text: string, mentions: readonly RegionMention[], m: RegionMention): boolean {
  const joined = (a: RegionMention, b: RegionMention) => b.start === a.end + 1 && words.placeListJoiners.includes(text[a.end]!);
  return mentions.some((o) => o !== m && (joined(o, m) || joined(m, o)));
}

/** The first of the places, or of the provinces or cities they belong to, that has one of the ranks. */
export function placeOfRank(places: readonly (RegionMention | null)[], kinds: readonly string[]): { name: string; slug: string } | null {
  for (const p of places) if (p && kinds.includes(p.kind)) return p;
  for (const p of places) {
    const parent = p ? regionBySlug(p.slug)?.parent : null;
    const entry = parent ? regionBySlug(parent) : undefined;
    if (entry && kinds.includes(entry.kind)) return entry;
  }
  return null;
}

/** The place a sentence is about: its first place, made precise by the places right after it (新疆…乌鲁木齐市天山区). */
export function subjectOf(mentions: readonly RegionMention[]): RegionMention | null {
  let subject = mentions[0] ?? null;
  for (const m of mentions.slice(1)) {
    if (!subject || m.start - subject.end > 1) break;
    subject = m;
  }
  return subject;
}
