// Stage helper: region mentions. A gazetteer of western China (and of the places news about it
// names) is compiled once into a character trie; `findRegions` scans left to right and takes the
// longest alias at each position, so mentions never overlap.
//
// Decisions, documented here because later stages depend on them:
// - Corridors, strategies and services whose names contain a region word are NOT region mentions:
//   西部陆海新通道 (a trade corridor), 西部大开发 (the strategy), 中亚班列 (a train service), 中国式现代化 …
//   They are listed in NON_REGION_WORDS and skipped as a whole.
// - One-character provincial abbreviations (川, 渝, 黔 …) are kept in the gazetteer as `abbrevs` but are
//   never matched on their own; only compounds that are entries of their own (川渝, 成渝, 陕甘宁 …) match.
// - A few bare city names that are also common words (安康, 白银, 来宾, 海口, 山南) only match with their
//   suffix (安康市 …): their entries carry `matchName: false`.
// - A directional word right after a place (四川西部, 广东西部, 四川西部地区) is a part of that place, not
//   the aggregate 西部地区: it is not reported.
// - A place name right before 路/街/巷/大道 (成都路, 固原巷) is a street name: not reported.
// - 全国 / 我国 / 中国 resolve to the aggregate `national` (name 全国); 全国 inside 全国统一大市场 is still 全国.
import gazetteer from './lexicon/regions.json' with { type: 'json' };

export interface RegionMention {
  start: number;
  end: number;
  surface: string;
  slug: string;
  name: string;
  kind: string;
  western: boolean;
}

export interface RegionEntry {
  slug: string;
  name: string;
  en: string;
  kind: string;
  western: boolean;
  parent: string | null;
  /** Alternative written forms that are matched in text (the name itself is matched too unless `matchName` is false). */
  aliases: string[];
  /** A group of countries (东盟, 中亚, 欧盟): a partner abroad, as a country is. */
  abroad?: boolean;
  /** One-character abbreviations (川, 渝 …): informative only, never matched on their own. */
  abbrevs?: string[];
  /** False when the bare name is too ambiguous to match (安康 'well-being'): only the aliases match. */
  matchName?: boolean;
}

/** Words that contain a region alias but name something else; they are skipped as a whole. */
const NON_REGION_WORDS: readonly string[] = [
  // corridors, strategies, services, projects
  '西部陆海新通道', '西部大开发', '西部开发', '中亚班列', '中欧班列', '中欧（中亚）班列', '中欧(中亚)班列', '西部氢谷', '西部计划', '西部战区', '东部战区',
  '中部战区', '西部证券', '西部矿业', '西部航空', '西部数据', '西部机场', '中部崛起', '东北振兴', '西气东输', '西电东送',
  // political formulas and institutions
  '中国式现代化', '中国式', '中国特色', '中国梦', '中国共产党', '中国人民', '全国人大', '全国人民代表大会', '全国政协',
  // time, idioms, ethnic groups, foreign places that contain a Chinese place name
  '北京时间', '东西南北', '北海道', '大理石', '朝鲜族', '俄罗斯族',
  // compass directions
  '东北方', '西北方', '西南方', '东北部', '西北部', '西南部', '东北侧', '西北侧', '西南侧', '东北角', '西北角', '西南角',
  '东北风', '西北风', '西南风',
];

/** Whether a word that contains a region alias but names something else (西部陆海新通道) starts at `at`. */
export function namesSomethingElse(text: string, at: number): boolean {
  return NON_REGION_WORDS.some((w) => text.startsWith(w, at));
}

/** Aggregate surfaces that are also plain compass words: not reported right after another place (四川西部地区 is Sichuan's west). */
const DIRECTIONAL = new Set(['西部', '东部', '中部', '东北', '西北', '西南', '中西部', '东中部', '中东部', '西部地区', '东部地区', '中部地区', '东北地区', '西北地区', '西南地区']);
const PLACE_KINDS = new Set(['province', 'municipality', 'autonomous_region', 'city', 'prefecture', 'county', 'district', 'new_area', 'port']);
const STREET_AFTER = /^(?:大街|大道|胡同|[东西南北中]路|路(?![网线段况面径桥费口由上])|街(?![头道区])|巷)/u;
/** After a surface ending in 部, these characters make a word with 部 (部署, 部分, 部门 …). */
const BU_WORD = /^[署分门长队件委属位落首族品类级]/u;
const INSTITUTION_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:大学|学院)/u;
/**
 * Names a common word runs into, not named there: where the character before makes a word with the
 * name's first character, and the one after (when given) one with its last. 其中国家级 (其中 国家),
 * 发展中国家 (发展中 国家), 其中卫生 (其中 卫生), 平安顺利 (平安 顺利), 确定西部 (确定 西部), 其中西部 (其中 西部).
 * 尤其中国经济 keeps its 中国.
 */
const WORD_JOINS: Readonly<Record<string, readonly [before: RegExp, after: RegExp | null]>> = {
  中国: [/[其集空心手途之展]$/u, /^[家有际内务企产外土债库防策营]/u],
  中卫: [/[其集空心手途之]$/u, /^[生星视士兵]/u],
  // 其中亚洲国家: 其中 亚洲, not 中亚.
  中亚: [/[其集空途之]$/u, /^[洲太运]/u],
  // 其中西部地区: 其中 西部地区, not 中西部.
  中西部: [/[其集空途之]$/u, null],
  中西部地区: [/[其集空途之]$/u, null],
  安顺: [/[平公治保晚早心问长]$/u, /^[利畅序应]/u],
  定西: [/[确一决规制稳认指约设鉴坚肯奠拟选划锁核审评特固法既商议]$/u, null],
  金昌: [/黄$/u, /^盛/u],
  // 贺兰山东麓, 六盘山东坡: a mountain's east side, not 山东.
  山东: [/\p{Script=Han}$/u, /^[麓坡侧缘翼]/u],
};

export const regions: readonly RegionEntry[] = Object.freeze(
  (gazetteer as readonly RegionEntry[]).map((e): RegionEntry => {
    const out: RegionEntry = {
      slug: e.slug,
      name: e.name,
      en: e.en,
      kind: e.kind,
      western: e.western,
      parent: e.parent,
      aliases: [...e.aliases],
    };
    if (e.abroad) out.abroad = true;
    if (e.abbrevs) out.abbrevs = [...e.abbrevs];
    if (e.matchName === false) out.matchName = false;
    return Object.freeze(out);
  }),
);

const BY_SLUG = new Map<string, RegionEntry>(regions.map((e) => [e.slug, e]));

/** A country, a group of countries or a place in a country abroad. */
export function isAbroad(slug: string): boolean {
  const entry = regionBySlug(slug);
  if (!entry) return false;
  const parent = entry.parent ? regionBySlug(entry.parent) : undefined;
  return entry.kind === 'country' || entry.abroad === true || parent?.kind === 'country';
}

export function regionBySlug(slug: string): RegionEntry | undefined {
  if (typeof slug !== 'string') return undefined;
  return BY_SLUG.get(slug);
}

// ---- trie
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Index into `regions`, or -1 for a non-region word; undefined when no word ends here. */
  hit?: number;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

const ROOT: TrieNode = newNode();

function insert(word: string, hit: number): void {
  if (word.length === 0) return;
  let node = ROOT;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  // A region alias wins over a non-region word of the same spelling; the first region wins otherwise.
  if (node.hit === undefined || (node.hit === -1 && hit >= 0)) node.hit = hit;
}

regions.forEach((e, i) => {
  if (e.matchName !== false) insert(e.name, i);
  for (const a of e.aliases) insert(a, i);
});
for (const w of NON_REGION_WORDS) insert(w, -1);

/** Longest word of the trie starting at `i`: [end, hit] or null. */
function longestAt(text: string, i: number): [number, number] | null {
  let node: TrieNode | undefined = ROOT;
  let best: [number, number] | null = null;
  for (let j = i; j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.hit !== undefined) best = [j + 1, node.hit];
  }
  return best;
}

/**
 * Region mentions of `text`, left to right, non-overlapping, longest alias first.
 * '四川省科技厅' → 四川 (surface 四川省); '成渝地区双城经济圈' → one mention; '西部陆海新通道' → none.
 */
export function findRegions(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const n = text.length;
  let lastEnd = -1;
  let lastKind = '';
  let i = 0;
  while (i < n) {
    if (!ROOT.next.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const m = longestAt(text, i);
    if (!m) {
      i++;
      continue;
    }
    const [end, hit] = m;
    if (hit < 0) {
      // A non-region word: skip it whole.
      i = end;
      continue;
    }
    const entry = regions[hit];
    if (!entry) {
      i++;
      continue;
    }
    const surface = text.slice(i, end);
    const after = text.slice(end, end + 8);
    let keep = true;
    if (surface.endsWith('部') && BU_WORD.test(after)) keep = false; // 其中部分, 集中部署
    else if (DIRECTIONAL.has(surface) && lastEnd === i && PLACE_KINDS.has(lastKind)) keep = false; // 四川西部
    else if (PLACE_KINDS.has(entry.kind) && STREET_AFTER.test(after)) keep = false; // 成都路, 固原巷
    else if (DIRECTIONAL.has(surface) && INSTITUTION_AFTER.test(after)) keep = false; // 西南大学
    else if (WORD_JOINS[surface] && WORD_JOINS[surface][0].test(text.slice(Math.max(0, i - 1), i)) && (WORD_JOINS[surface][1]?.test(after) ?? true)) keep = false; // 其中国家级, 平安顺利
    if (!keep) {
      i++;
      continue;
    }
    out.push({
      start: i,
      end,
      surface,
      slug: entry.slug,
      name: entry.name,
      kind: entry.kind,
      western: entry.western,
    });
    lastEnd = end;
    lastKind = entry.kind;
    i = end;
  }
  return out;
}
