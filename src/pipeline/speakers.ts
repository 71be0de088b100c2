// Who says a quote. Chinese news attributes speech with a subject and a speech verb next to
// the quote: `“…”四川省科技厅党组书记、厅长吴群刚说。`, `甘肃省林草局党组书记、局长张旭晨说：“…”`,
// `重庆市发展改革委党组书记、主任高健表示，…`. The subject is organisation + title chain + name;
// titles come from a data list, the name is the 2–4 Han characters between the last title and
// the verb. Text inside quotation marks is never read as an attribution (a quoted official may
// himself quote `习近平总书记强调，…`).
import lexicon from './lexicon/speakers.json' with { type: 'json' };

export interface Speaker {
  name: string | null;
  title: string | null;
  organization: string | null;
  /** The subject as written: organisation, titles and name. */
  surface: string;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Stands in for a quoted span once it is masked out of a sentence. */
const QUOTE = '◇';
const OPEN = '“「';
const CLOSE = '”」';

const TITLE = `(?:${alternation(lexicon.titlePrefixes)})*(?:${alternation(lexicon.titles)})`;
/** A run of titles, possibly joined by 、 (党组书记、厅长). */
const TITLE_RUN = new RegExp(`^(?:${TITLE})(?:、?(?:${TITLE}))*$`, 'u');
const TITLE_SUFFIX = new RegExp(`(?:${TITLE})$`, 'u');
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/u;
/** 阿不都热依木·艾则孜: a name written with a middle dot (Uyghur, Tibetan, foreign names). */
const DOTTED_NAME = /([\u4e00-\u9fff]+)((?:[·・•‧][\u4e00-\u9fff]+)+)$/u;

/** A dotted name at the end of a subject and the words before it; its first part starts after the last title. */
function dottedName(subject: string): { name: string; chain: string } | null {
  const m = DOTTED_NAME.exec(subject);
  if (!m) return null;
  const [, first = '', rest = ''] = m;
  const before = subject.slice(0, m.index);
  for (let i = first.length - 2; i >= 1; i--) {
    const chain = before + first.slice(0, i);
    if (TITLE_SUFFIX.test(chain)) return { name: first.slice(i) + rest, chain };
  }
  return !before && first.length <= 6 ? { name: first + rest, chain: '' } : null;
}
const VERBS = alternation(lexicon.speechVerbs);
const ADVERB_TAIL = new RegExp(`(?:${alternation(lexicon.speechAdverbs)})+$`, 'u');
const ORG_END = new RegExp(`(?:${alternation(lexicon.organizationEndings)})$`, 'u');
/**
 * A subject and its speech verb, starting a clause (sentence start, after a comma or after a
 * masked quote) and followed by punctuation, a quote or the end: `…吴群刚说。`, `…高健表示，`.
 * The subject may end in an adverbial with 地 (`难掩激动地表示`): parseSubject takes it off.
 */
const ATTRIBUTION = new RegExp(
  `(?:^|[，,。；;！？${QUOTE}])([^，,。；;：:！？“”「」‘’\\s${QUOTE}]{1,48})(?:${VERBS})(?=[，,：:。；！？${QUOTE}]|$)`,
  'gu',
);
/** A titled person opening a sentence without a speech verb (`副局长王伟将“…”记在本上`), for 他/她. */
const MENTION = new RegExp(`^([^，,。；;：:！？“”「」\\s]{0,40}?(?:${TITLE})[\\u4e00-\\u9fff]{2,3}?)(?=[将把对在也是，,“])`, 'u');

/** Masks quoted text: returns the sentence with each quoted span replaced by one ◇. */
function outside(text: string, startsInside: boolean): string {
  let depth = startsInside ? 1 : 0;
  let out = startsInside ? QUOTE : '';
  for (const ch of text) {
    if (OPEN.includes(ch)) {
      if (depth === 0) out += QUOTE;
      depth++;
    } else if (CLOSE.includes(ch)) {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0) out += ch;
  }
  return out;
}

function quoteChars(text: string): { first: string | null; depthChange: number; closesFirst: boolean } {
  let first: string | null = null;
  let depth = 0;
  let low = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) {
      first ??= ch;
      depth++;
    } else if (CLOSE.includes(ch)) {
      first ??= ch;
      depth--;
      low = Math.min(low, depth);
    }
  }
  return { first, depthChange: depth, closesFirst: low < 0 };
}

type QuoteChars = ReturnType<typeof quoteChars>;
/** quoteChars of each sentence of an article, computed once: every question about quotes asks it of the sentences before. */
const quoteMemo = new WeakMap<readonly { text: string }[], QuoteChars[]>();

function quoteCharsAt(sentences: readonly { text: string }[], i: number, text: string): QuoteChars {
  let list = quoteMemo.get(sentences);
  if (!list) quoteMemo.set(sentences, (list = []));
  return (list[i] ??= quoteChars(text));
}

/** Whether sentence `i` starts inside a quotation opened in an earlier sentence. */
function startsInside(sentences: readonly { text: string }[], i: number, budget = 6): boolean {
  const s = sentences[i];
  if (!s || budget <= 0) return false;
  const q = quoteCharsAt(sentences, i, s.text);
  if (q.closesFirst) return true;
  if (q.first !== null) return false;
  return endsInside(sentences, i - 1, budget - 1);
}

function endsInside(sentences: readonly { text: string }[], i: number, budget = 6): boolean {
  const s = sentences[i];
  if (!s || budget <= 0) return false;
  const q = quoteCharsAt(sentences, i, s.text);
  const start = startsInside(sentences, i, budget - 1) ? 1 : 0;
  return start + q.depthChange > 0;
}

/** A quoted span that reads as speech, not as a name in quotes (`“人民楷模”称号`). */
const SPOKEN_QUOTE = /[“「](?:[^”」]*[，。！？；,!?]|[^”」]{16,})/u;

/** Whether sentence `i` is (part of) a quotation: it starts inside one or quotes speech. */
export function isQuoted(sentences: readonly { text: string }[], i: number): boolean {
  const s = sentences[i];
  return !!s && (startsInside(sentences, i) || SPOKEN_QUOTE.test(s.text));
}

/**
 * Splits `org + titles + name` into its parts; null when the subject names nobody. A subject
 * ending in an adverbial with 地 (`…王立刚难掩激动地`) is tried without 2–4 characters + 地; the
 * reading with a title and a three-character name wins, as most Han names have three.
 */
export function parseSubject(raw: string): Speaker | null {
  const surface = raw.trim();
  if (!surface.endsWith('地')) return parsePlain(surface);
  let best: Speaker | null = null;
  let bestRank = -1;
  for (const k of [4, 3, 2]) {
    const parsed = parsePlain(surface.slice(0, -(k + 1)));
    if (!parsed?.name) continue;
    const rank = (parsed.title ? 10 : 0) + (parsed.name.length === 3 ? 2 : parsed.name.length === 2 ? 1 : 0);
    if (rank > bestRank) {
      best = { ...parsed, surface: surface.slice(0, -(k + 1)) };
      bestRank = rank;
    }
  }
  return best;
}

function parsePlain(raw: string): Speaker | null {
  const surface = raw.trim();
  let subject = surface
    .replace(/[（(][^）)]{0,6}[）)]/gu, '')
    .replace(/^(?:据|另据)/u, '')
    .replace(/(?:对|向)(?:本报)?记者$/u, '')
    .replace(/在[^，,。]{1,12}(?:中|上|时|期间)$/u, '')
    .replace(ADVERB_TAIL, '');
  if (!subject) return null;
  if (lexicon.pronouns.includes(subject) || lexicon.collectives.includes(subject)) return null;

  // Name after the last title: try 3, 2 and 4 characters and keep the split whose title is
  // longest (董事长王明 is 董事长 + 王明, not 董事 + 长王明).
  let best: { name: string | null; chain: string; titleLength: number } | null = null;
  if (DOTTED_NAME.test(subject)) {
    const dotted = dottedName(subject);
    if (!dotted) return null;
    if (!dotted.chain) return { name: dotted.name, title: null, organization: null, surface };
    best = { ...dotted, titleLength: 0 };
  }
  for (const n of best ? [] : [3, 2, 4]) {
    if (subject.length <= n) continue;
    const name = subject.slice(-n);
    if (!HAN_NAME.test(name)) continue;
    const chain = subject.slice(0, -n);
    const title = TITLE_SUFFIX.exec(chain);
    if (title && (!best || title[0].length > best.titleLength)) best = { name, chain, titleLength: title[0].length };
  }
  if (!best && TITLE_SUFFIX.test(subject)) best = { name: null, chain: subject, titleLength: 0 };
  if (!best) return HAN_NAME.test(subject) ? { name: subject, title: null, organization: null, surface } : null;

  const { chain } = best;
  let name = best.name;
  // The organisation is what precedes the longest title run that ends the first 、-part.
  const firstPart = chain.split('、')[0] ?? chain;
  let orgLength = firstPart.length;
  for (let i = 0; i < firstPart.length; i++) {
    if (TITLE_RUN.test(firstPart.slice(i))) {
      orgLength = i;
      break;
    }
  }
  let organization: string | null = chain.slice(0, orgLength) || null;
  const title = chain.slice(orgLength).replace(/^、/u, '') || null;
  // 习近平总书记: a leader's name may come before the title; a name is no organisation.
  if (name === null && organization && HAN_NAME.test(organization) && organization.length <= 3 && !ORG_END.test(organization)) {
    name = organization;
    organization = null;
  }
  // `75岁的退休居民`: a description, not an organisation.
  if (organization && organization.includes('的')) organization = null;
  return { name, title, organization, surface };
}

interface Attribution {
  subject: string;
  /** Index in the masked text where the subject starts. */
  at: number;
  end: number;
}

function attributions(masked: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of masked.matchAll(ATTRIBUTION)) {
    const subject = m[1] ?? '';
    const at = m.index + m[0].indexOf(subject);
    out.push({ subject, at, end: m.index + m[0].length });
  }
  return out;
}

/** The attribution a sentence makes outside its quotes, if any. */
function ownAttribution(sentences: readonly { text: string }[], i: number): Attribution | null {
  const s = sentences[i];
  if (!s) return null;
  return attributions(outside(s.text, startsInside(sentences, i)))[0] ?? null;
}

/** 他/她: the last person named in the sentences before. */
function resolvePronoun(sentences: readonly { text: string }[], i: number): Speaker | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const own = ownAttribution(sentences, k);
    const speaker = own ? parseSubject(own.subject) : null;
    if (speaker) return speaker;
    const s = sentences[k];
    const mention = s ? MENTION.exec(outside(s.text, startsInside(sentences, k))) : null;
    const mentioned = mention?.[1] ? parseSubject(mention[1]) : null;
    if (mentioned?.name) return mentioned;
  }
  return null;
}

function speakerOf(sentences: readonly { text: string }[], i: number, a: Attribution): Speaker | null {
  const subject = a.subject.replace(ADVERB_TAIL, '');
  if (lexicon.pronouns.includes(subject)) return resolvePronoun(sentences, i);
  return parseSubject(a.subject);
}

/** Who says sentence `index`: its own attribution, or that of the quote it belongs to. */
export function findSpeaker(sentences: readonly { text: string }[], index: number): Speaker | null {
  if (!sentences[index]) return null;
  const own = ownAttribution(sentences, index);
  if (own) return speakerOf(sentences, index, own);
  if (!isQuoted(sentences, index)) return null;

  // Forward: to the sentence that closes the quote, then an attribution right after it.
  let j = index;
  while (j < index + 6 && endsInside(sentences, j) && sentences[j + 1]) j++;
  if (j !== index) {
    const closing = ownAttribution(sentences, j);
    if (closing) return speakerOf(sentences, j, closing);
  }
  const next = sentences[j + 1];
  if (next) {
    const after = ownAttribution(sentences, j + 1);
    // Only a subject that opens the next sentence speaks the quote before it.
    if (after && after.at === 0) return speakerOf(sentences, j + 1, after);
  }
  // Backward: the sentence that opened the quote, attributed before its opening mark.
  let k = index;
  while (k > index - 6 && startsInside(sentences, k) && k > 0) k--;
  if (k !== index) {
    const opening = ownAttribution(sentences, k);
    if (opening) return speakerOf(sentences, k, opening);
  }
  return null;
}

/** A sentence that only attributes (`四川省科技厅党组书记、厅长吴群刚说。`): no content of its own. */
export function isAttributionOnly(text: string): boolean {
  const masked = outside(text, false);
  const a = attributions(masked)[0];
  if (!a) return false;
  const rest = (masked.slice(0, a.at) + masked.slice(a.end)).replace(/[，,。；;！？：:\s]/gu, '');
  return rest === '' && !text.includes('“');
}
