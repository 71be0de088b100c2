// Policy directives: what a speech asks for, the concrete actions that elaborate it, and the
// sentences of other articles that restate it or answer it.
//
// Chinese speech reports state a directive as `X强调/指出，要坚持…` (or `必须…`, `X要…`) opening a
// paragraph, or as an item of a bullet box (`习近平强调——` / `要坚持…`), and elaborate it in the
// sentences that follow with action clauses led by verbs (加快…, 推进…, 稳步扩大…). One directive
// found in the box, the body and a heading is one directive with all its places; one stated in
// several articles belongs to the article that elaborates it (the speech, not the responses).
// Words come from data (lexicon/policy-language.json, lexicon/themes.json), never from the seeds.
import { createHash } from 'node:crypto';
import type { Article } from './corpus.ts';
import type { ArticleBlock, Sentence } from './document.ts';
import { segment } from './segment.ts';
import { findSpeaker, isAttributionOnly, isQuoted, type Speaker } from './speakers.ts';
import language from './lexicon/policy-language.json' with { type: 'json' };
import themeLexicon from './lexicon/themes.json' with { type: 'json' };

export interface DirectivePlace {
  article: string;
  start: number;
  end: number;
  sentence: number;
  kind: 'list' | 'body' | 'heading';
}

export interface Echo {
  article: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
  speaker: Speaker | null;
  score: number;
  via: 'heading' | 'similarity';
}

export interface Directive {
  id: string;
  article: string;
  theme: string;
  text: string;
  actions: string[];
  places: DirectivePlace[];
  echoes: Echo[];
}

type ArticleInput = Pick<Article, 'id' | 'blocks' | 'sentences'>;

/**
 * Echo threshold, on the best cosine of a sentence's TF-IDF vector (nodejieba words and pairs of
 * adjacent words, idf over the corpus's sentences) with the directive's statement, each sentence
 * of its elaboration and each of its actions. Stock phrases (习近平总书记, 重要讲话精神,
 * 深入贯彻落实 …) weigh nothing, policy verbs half, and a sentence must share two words with a
 * unit, so a shared stock phrase or one shared word never counts. Measured on the seeds:
 * restatements score 1.0, responses that take up a directive or one of its actions in their own
 * sentence 0.23–0.5 (`积极融入共建“一带一路”` 0.31, `强化科技创新和产业创新深度融合` inside a
 * longer quote 0.29, `整治形式主义为基层减负` 0.24); the best chance overlaps stay under 0.2
 * (`高质量共建“一带一路”` in an article on space cooperation 0.17, a summary of the whole speech
 * 0.16, `优化发展生态，引导资源集聚` 0.15). 0.2 lies in that gap; echoes found by a heading are
 * kept whatever their score.
 */
export const ECHO_THRESHOLD = 0.2;
/** Share of a heading's characters found, in runs of 4 or more, in a directive's text (restatement). */
export const HEADING_COVERAGE = 0.8;
/** Character-bigram Dice above which two statements are one directive. */
const SAME_STATEMENT = 0.75;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

const LEAD = new RegExp(`^[^，,。；;：:“”「」]{0,24}?(?:${alternation(language.leadVerbs)})(?:[，,：:]|——)`, 'u');
/** Enumerations that may open a directive: 一是…, 一要…, 第一，…, （一）…, 1. … */
const ORDINAL = /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+(?=要|必须)|第[一二三四五六七八九十]+[，,、]?|首先[，,]?|其次[，,]?|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])/u;
const MARKERS = byLength(language.directiveMarkers);
const SUBJECT_MARKER = new RegExp(`^([^，,。；;：:“”「」]{1,20}?)(${alternation(language.subjectMarkers)})`, 'u');
const VERBS = byLength(language.actionVerbs);
const MODIFIERS = byLength(language.actionModifiers);
const CLAUSE_SPLIT = /[。；;，,！？!?]/u;
const EDGE_MARKS = /^[\s、：:…—]+|[\s、：:…—]+$/gu;

const BODY_ROLES = new Set(['paragraph', 'list-item', 'caption']);
const SECTION_END_ROLES = new Set(['heading', 'title', 'subtitle', 'column', 'box-label']);

/** Takes off the quotation marks a clause split left unpaired (`“我们将…`, `…一带一路”` keeps its pair). */
function trimClause(clause: string): string {
  let text = clause.replace(EDGE_MARKS, '');
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  for (let guard = 0; guard < 4; guard++) {
    if (/^[“「‘『]/u.test(text) && count(/[“「‘『]/gu) > count(/[”」’』]/gu)) text = text.slice(1);
    else if (/[”」’』]$/u.test(text) && count(/[”」’』]/gu) > count(/[“「‘『]/gu)) text = text.slice(0, -1);
    else break;
  }
  return text.replace(EDGE_MARKS, '');
}

// ---------------------------------------------------------------------------------------------
// Action clauses

/** Text with the leading adverbials taken off (大力推进… -> 推进…), for testing the verb. */
function withoutModifiers(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 6; guard++) {
    const m = MODIFIERS.find((w) => rest.startsWith(w) && !VERBS.some((v) => rest.startsWith(v) && v.length > w.length));
    if (!m) break;
    rest = rest.slice(m.length).replace(/^[、和]/u, '');
  }
  return rest;
}

function startsWithVerb(text: string): boolean {
  const rest = withoutModifiers(text);
  if (VERBS.some((v) => rest.startsWith(v))) return true;
  // 把…打造成…: the disposal construction carries its verb later in the clause.
  return rest.startsWith('把') && VERBS.some((v) => rest.includes(v));
}

/** A marker 要 that is part of a word (重要, 要求 …) is no marker. */
function isWordInternal(text: string, at: number, marker: string): boolean {
  return language.notMarkers.some((w) => {
    const i = w.indexOf(marker);
    return i >= 0 && at - i >= 0 && text.startsWith(w, at - i);
  });
}

/** The action a clause states, without its subject (`民族地区要把…` -> `把…`); null if none. */
export function actionOf(clause: string): string | null {
  let text = trimClause(clause).replace(ORDINAL, '');
  const who = SUBJECT_MARKER.exec(text);
  if (who && who[1] !== undefined && who[2] !== undefined && !isWordInternal(text, who[1].length, who[2])) {
    const rest = text.slice(who[0].length);
    // `实施中出现问题要及时调查`: what precedes 要 is the clause's subject, so no action leads it.
    if (!startsWithVerb(rest)) return null;
    text = rest;
  }
  for (const marker of ['要', '必须']) {
    if (text.startsWith(marker) && !isWordInternal(text, 0, marker) && startsWithVerb(text.slice(marker.length))) text = text.slice(marker.length);
  }
  if (text.length < 4 || !startsWithVerb(text)) return null;
  // `深入贯彻落实…重要讲话精神` has the form of an action but asks for nothing concrete.
  if (!contentWords(text).some((w) => !GENERIC.has(w) && !w.includes('+'))) return null;
  return text;
}

/** Action clauses of a text: split at 。；，, kept where a clause opens with an action verb. */
export function actionClauses(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(CLAUSE_SPLIT)) {
    const action = actionOf(clause);
    if (action && !out.includes(action)) out.push(action);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Statements

interface Statement {
  sentence: Sentence;
  /** Characters before the directive text in the sentence: its lead (`习近平强调，`), an ordinal. */
  leadLength: number;
  text: string;
}

/** The directive a sentence states, if it opens with a marker (after a lead, where one is needed). */
function statementOf(sentence: Sentence, needLead: boolean): Statement | null {
  const lead = LEAD.exec(sentence.text);
  if (needLead && !lead) return null;
  const afterLead = sentence.text.slice(lead ? lead[0].length : 0);
  const ordinal = ORDINAL.exec(afterLead);
  const body = ordinal ? afterLead.slice(ordinal[0].length) : afterLead;
  const marker = MARKERS.find((m) => body.startsWith(m));
  let stated = marker !== undefined && !isWordInternal(body, 0, marker);
  if (!stated) {
    // `中央区域协调发展领导小组要加强…`: a subject, then the marker and an action.
    const who = SUBJECT_MARKER.exec(body);
    stated =
      !!who && who[1] !== undefined && who[2] !== undefined &&
      !isWordInternal(body, who[1].length, who[2]) &&
      startsWithVerb(body.slice(who[0].length));
  }
  const text = body.trim();
  if (!stated || text.length < 8) return null;
  return { sentence, leadLength: sentence.text.length - body.length + (body.length - body.trimStart().length), text };
}

// ---------------------------------------------------------------------------------------------
// Offsets

function sourceAt(block: ArticleBlock, at: number): number {
  for (const p of block.pieces) if (at >= p.at && at < p.at + p.length) return p.start + (at - p.at);
  const last = block.pieces[block.pieces.length - 1];
  return last ? last.start + last.length : block.end;
}

function spanOf(block: ArticleBlock | undefined, from: number, to: number, fallback: { start: number; end: number }): { start: number; end: number } {
  if (!block || to <= from) return { start: fallback.start, end: fallback.end };
  return { start: sourceAt(block, from), end: sourceAt(block, to - 1) + 1 };
}

// ---------------------------------------------------------------------------------------------
// Text comparison

function normalise(text: string): string {
  return text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function sameStatement(a: string, b: string): boolean {
  const na = normalise(a).replace(/^(?:要|必须)/u, '');
  const nb = normalise(b).replace(/^(?:要|必须)/u, '');
  if (na.length >= 8 && nb.length >= 8 && (na.includes(nb) || nb.includes(na))) return true;
  return dice(bigrams(na), bigrams(nb)) >= SAME_STATEMENT;
}

// ---------------------------------------------------------------------------------------------
// Directives of one article

/** A directive as one article states it, before the corpus decides whose it is. */
export interface Draft {
  article: string;
  text: string;
  hasBody: boolean;
  actions: string[];
  places: DirectivePlace[];
  /** Texts the directive is written in: statements, elaboration sentences. */
  reference: string[];
  firstSentence: number;
}

/** A draft with the position of its article in the corpus (earlier wins a tie). */
type OrderedDraft = Draft & { articleOrder: number; draftIndex: number };

function sentencesByBlock(article: ArticleInput): Map<number, Sentence[]> {
  const map = new Map<number, Sentence[]>();
  for (const s of article.sentences) {
    const list = map.get(s.block);
    if (list) list.push(s);
    else map.set(s.block, [s]);
  }
  return map;
}

function draftsOf(article: ArticleInput): Draft[] {
  const byBlock = sentencesByBlock(article);
  const found: { statement: Statement; kind: 'list' | 'body'; elaboration: Sentence[]; own?: Statement | null }[] = [];

  article.blocks.forEach((block, blockIndex) => {
    const sentences = byBlock.get(blockIndex) ?? [];
    if (block.role === 'list-item') {
      const first = sentences[0];
      const statement = first ? statementOf(first, false) : null;
      if (statement) found.push({ statement, kind: 'list', elaboration: sentences.slice(1) });
      return;
    }
    if (block.role !== 'paragraph') return;
    const statements = sentences.map((s) => statementOf(s, true));
    // 《意见》提出，要坚持A，加快…。要大力发展B，推动…。: after a statement, a sentence of its
    // paragraph opening with a marker states the next directive, not actions of the one before
    // (民族地区要…, a subject before the marker, elaborates it). 一是要…；二是要…: the same, numbered.
    // 会议强调，要…。会议指出，要…。: lead statements one after another are parallel too.
    const opensWithMarker = (text: string): boolean => MARKERS.some((m) => text.replace(ORDINAL, '').startsWith(m));
    const parallel = sentences.map((s, i) => {
      if (!statements.slice(0, i).some(Boolean)) return null;
      if (statements[i]) return statements[i - 1] ? statements[i] : null;
      return opensWithMarker(s.text) ? statementOf(s, false) : null;
    });
    parallel.forEach((statement, i) => {
      if (statement) statements[i] = statement;
    });
    statements.forEach((statement, i) => {
      if (!statement) return;
      let next = statements.findIndex((other, k) => k > i && other !== null);
      if (next < 0) next = sentences.length;
      // A lead sentence deep in a paragraph that nothing follows is a summary, not a directive.
      if (i > 0 && next === i + 1 && !parallel[i]) return;
      const elaboration = sentences.slice(i + 1, next);
      if (next === sentences.length) elaboration.push(...continuation(article, byBlock, blockIndex));
      // A statement that nothing elaborates (one of parallel statements, a communiqué's sentence):
      // its own clauses after the first are its actions.
      const own = elaboration.length === 0 ? statement : null;
      found.push({ statement, kind: 'body', elaboration, own });
    });
  });

  const drafts: Draft[] = [];
  for (const { statement, kind, elaboration, own } of found) {
    // Its own clauses after the first: the first states the directive.
    const actions = own ? actionClauses(own.text.split(CLAUSE_SPLIT).slice(1).join('，')) : elaboration.flatMap((s) => actionClauses(s.text));
    if (kind === 'body' && actions.length === 0) continue;
    const s = statement.sentence;
    const block = article.blocks[s.block];
    const place: DirectivePlace = {
      article: article.id,
      ...spanOf(block, s.from + statement.leadLength, s.to, s),
      sentence: s.index,
      kind,
    };
    const reference = [statement.text, ...elaboration.map((e) => e.text)];
    const same = drafts.find((d) => sameStatement(d.text, statement.text));
    if (same) {
      same.places.push(place);
      for (const a of actions) if (!same.actions.includes(a)) same.actions.push(a);
      same.reference.push(...reference);
      if (kind === 'body' && !same.hasBody) {
        same.text = statement.text;
        same.hasBody = true;
      }
      same.firstSentence = Math.min(same.firstSentence, s.index);
      continue;
    }
    drafts.push({
      article: article.id,
      text: statement.text,
      hasBody: kind === 'body',
      actions: [...actions],
      places: [place],
      reference,
      firstSentence: s.index,
    });
  }
  return drafts.sort((a, b) => a.firstSentence - b.firstSentence);
}

/** Paragraphs that go on with actions after a directive's paragraph (no lead, no speaker). */
function continuation(article: ArticleInput, byBlock: Map<number, Sentence[]>, blockIndex: number): Sentence[] {
  const out: Sentence[] = [];
  for (let b = blockIndex + 1; b < article.blocks.length; b++) {
    const block = article.blocks[b];
    const sentences = byBlock.get(b) ?? [];
    const first = sentences[0];
    if (!block || block.role !== 'paragraph' || !first) break;
    const firstClause = first.text.split(CLAUSE_SPLIT)[0] ?? '';
    if (LEAD.test(first.text) || !actionOf(firstClause) || findSpeaker(sentences, 0)) break;
    out.push(...sentences);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Themes

export interface Theme {
  id: string;
  /** Labels for pages. */
  zh: string;
  en: string;
  cues: string[];
}
/** The themes of lexicon/themes.json; a directive no cue fits has the theme `general`. */
export const THEMES: readonly Theme[] = themeLexicon.themes.map((t) => ({ id: t.id, zh: t.zh, en: t.en, cues: t.cues }));

function cueWeight(theme: Theme, text: string): number {
  let weight = 0;
  for (const cue of theme.cues) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) weight += cue.length;
  }
  return weight;
}

/** The theme whose cues weigh most in the directive's text; its actions only break ties. */
export function themeOf(text: string, actions: readonly string[] = []): string {
  const joined = actions.join('，');
  let best = 'general';
  let bestWeight = 0;
  for (const theme of THEMES) {
    const weight = cueWeight(theme, text) + 0.1 * cueWeight(theme, joined);
    if (weight > bestWeight) {
      best = theme.id;
      bestWeight = weight;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Word vectors

const STOCK = new Set(language.stockWords);
const STOP = new Set(language.stopWords);
/** Policy verbs and adverbials say how, not what: they count half. */
const GENERIC = new Set([...language.actionVerbs, ...language.actionModifiers, ...language.directiveMarkers]);

/**
 * Content words of a text, and each pair of content words that follow each other within a
 * clause (`生态+资源`): a pair rewards a phrase taken up as such over the same words scattered.
 */
function contentWords(text: string): string[] {
  const out: string[] = [];
  let previous: string | null = null;
  for (const { word } of segment(text)) {
    if (!/[\p{Script=Han}A-Za-z0-9０-９]/u.test(word)) {
      previous = null;
      continue;
    }
    if (word.length < 2 || /[0-9０-９]/u.test(word) || STOP.has(word) || STOCK.has(word)) continue;
    out.push(word);
    if (GENERIC.has(word)) continue;
    if (previous) out.push(`${previous}+${word}`);
    previous = word;
  }
  return out;
}

type Vector = Map<string, number>;

function vectorOf(tokens: readonly string[], idf: (w: string) => number): Vector {
  const v: Vector = new Map();
  for (const w of tokens) v.set(w, (v.get(w) ?? 0) + idf(w) * (GENERIC.has(w) ? 0.5 : 1));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

/** A text a directive is written in (statement, elaboration sentence, action), as a vector. */
interface Unit {
  directive: number;
  vector: Vector;
}

/**
 * Scores sentences against directives. The corpus's sentences are the document collection
 * (a word in few sentences says more). Units are found through an index of the words they
 * contain, leaving out words so common that they would make every unit a candidate (they weigh
 * little anyway): the cost of a sentence is its words' short posting lists, not the directives.
 */
interface Scorer {
  /** Best cosine of the text with each directive it shares at least two words with. */
  score(text: string): Map<number, number>;
}

function scorerOf(articles: readonly ArticleInput[], drafts: readonly Draft[], known: readonly ArticleDirectives[]): Scorer {
  const cache = new Map<string, string[]>();
  for (const part of known) for (const [text, found] of part.words) cache.set(text, found);
  const words = (text: string): string[] => {
    let found = cache.get(text);
    if (!found) cache.set(text, (found = contentWords(text)));
    return found;
  };
  const df = new Map<string, number>();
  let n = 0;
  for (const a of articles) {
    for (const s of a.sentences) {
      n++;
      for (const w of new Set(words(s.text))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const idfOf = new Map<string, number>();
  const idf = (w: string): number => {
    let x = idfOf.get(w);
    if (x === undefined) idfOf.set(w, (x = Math.log(1 + (n + 1) / ((df.get(w) ?? 0) + 1))));
    return x;
  };
  const indexable = (w: string): boolean => (df.get(w) ?? 0) <= Math.max(50, 0.01 * n);

  const units: Unit[] = [];
  drafts.forEach((d, i) => {
    // Action clauses are units too: a response that takes up one action word for word
    // (`强化科技创新和产业创新深度融合`) is an echo even inside a long sentence.
    for (const text of new Set([d.text, ...d.reference, ...d.actions])) {
      const vector = vectorOf(words(text), idf);
      if (vector.size > 0) units.push({ directive: i, vector });
    }
  });
  const posting = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const w of u.vector.keys()) {
      if (!indexable(w)) continue;
      const list = posting.get(w);
      if (list) list.push(i);
      else posting.set(w, [i]);
    }
  });

  return {
    score(text) {
      const found = words(text);
      const candidates = new Set<number>();
      for (const w of found) for (const u of posting.get(w) ?? []) candidates.add(u);
      const best = new Map<number, number>();
      if (candidates.size === 0) return best;
      const vector = vectorOf(found, idf);
      for (const u of candidates) {
        const unit = units[u]!;
        let dot = 0;
        let shared = 0;
        for (const [w, x] of vector) {
          const y = unit.vector.get(w);
          if (y === undefined) continue;
          dot += x * y;
          shared += w.includes('+') ? 0 : GENERIC.has(w) ? 0.5 : 1;
        }
        // One shared word (民生, 基地) is a coincidence, not an echo: two at least, policy verbs counting half.
        if (shared < 2) continue;
        if (dot > (best.get(unit.directive) ?? 0)) best.set(unit.directive, dot);
      }
      return best;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus

/**
 * What findDirectives needs of one article, which depends on that article alone (so the build
 * cache keeps it, and worker threads compute it): the directives it states, and the content words
 * of every text the corpus stage scores (its sentences and headings, its directives' statements
 * and actions), so that linking the corpus cuts no text again.
 */
export interface ArticleDirectives {
  drafts: Draft[];
  words: [text: string, words: string[]][];
  /** Per sentence, in order: the tests linking makes of it, as bits (SHORT, ATTRIBUTION_ONLY, QUOTE). */
  flags: number[];
  /** The sentences with a speaker (findSpeaker), by index: an echo shows who said it. */
  speakers: [sentence: number, speaker: Speaker][];
  /**
   * Hash of everything linking reads of this article (see linkDirectives): its id, block roles,
   * headings, drafts, and per sentence its block, content words and the flags linking tests. Not
   * the other texts or any offset: a corrected figure leaves it as it was.
   */
  linkKey: string;
}

export function readArticleDirectives(article: ArticleInput): ArticleDirectives {
  const drafts = draftsOf(article);
  const words = new Map<string, string[]>();
  const add = (text: string): void => {
    if (!words.has(text)) words.set(text, contentWords(text));
  };
  for (const s of article.sentences) add(s.text);
  for (const b of article.blocks) if (b.role === 'heading') add(b.text);
  for (const d of drafts) for (const text of [d.text, ...d.actions]) add(text);
  const flags: number[] = [];
  const speakers: [number, Speaker][] = [];
  article.sentences.forEach((s, i) => {
    const speaker = findSpeaker(article.sentences, i);
    if (speaker) speakers.push([i, speaker]);
    // What linking tests of a sentence besides its words: too short to echo, an attribution alone, a quote or spoken.
    flags.push(
      (normalise(s.text).length < 8 ? SHORT : 0) |
        (isAttributionOnly(s.text) ? ATTRIBUTION_ONLY : 0) |
        (speaker !== null || isQuoted(article.sentences, i) ? QUOTE : 0),
    );
  });
  return { drafts, words: [...words], flags, speakers, linkKey: linkKeyOf(article, drafts, words, flags) };
}

/** A sentence too short to echo anything, an attribution alone (`他说。`), a quote or spoken. */
const SHORT = 1;
const ATTRIBUTION_ONLY = 2;
const QUOTE = 4;

function linkKeyOf(article: ArticleInput, drafts: readonly Draft[], words: ReadonlyMap<string, string[]>, flags: readonly number[]): string {
  const read = {
    id: article.id,
    blocks: article.blocks.map((b) => (b.role === 'heading' ? [b.role, b.text] : [b.role])),
    sentences: article.sentences.map((s, i) => [s.index, s.block, words.get(s.text) ?? null, flags[i]!]),
    drafts: drafts.map((d) => ({ ...d, places: d.places.map((p) => [p.article, p.sentence, p.kind]) })),
  };
  return createHash('sha256').update(JSON.stringify(read)).digest('hex').slice(0, 32);
}

/**
 * What linking decided, by position: which drafts are directives, their places and echoes as
 * indexes into the articles. renderDirectives copies the texts, offsets and speakers in, so the
 * links of one corpus serve another whose articles differ only where linking does not read.
 */
export interface DirectiveLinks {
  directives: LinkedDirective[];
}

interface LinkedDirective {
  id: string;
  theme: string;
  /** Position of the stating article in the corpus, and of its draft among that article's. */
  article: number;
  draft: number;
  /** In sentence order: one of the draft's own places (by index), or a heading that restates it. */
  places: ({ own: number; sentence: number } | { heading: number; sentence: number })[];
  /** In order; heading: the block whose text and span the echo shows, else its sentence's. */
  echoes: { article: number; sentence: number; heading: number | null; score: number; via: Echo['via'] }[];
}

/** The key of a corpus's links: its articles' link keys, in order. */
export function linksKey(parts: readonly ArticleDirectives[]): string {
  return createHash('sha256').update(parts.map((p) => p.linkKey).join('\n')).digest('hex');
}

/**
 * The corpus's directives, each under the article that states it, with its echoes in the others.
 * `parts` are readArticleDirectives of each article, in order (computed here when not given).
 */
export function findDirectives(articles: readonly ArticleInput[], parts: readonly ArticleDirectives[] = articles.map(readArticleDirectives)): Directive[] {
  return renderDirectives(articles, parts, linkDirectives(articles, parts));
}

/**
 * Decides the corpus's directives and their echoes. Reads of the articles only what their link
 * keys cover (ids, block roles, headings, drafts, and per sentence its block, words and flags).
 */
export function linkDirectives(articles: readonly ArticleInput[], parts: readonly ArticleDirectives[]): DirectiveLinks {
  // 1. Directives of each article, with their places and actions (copies: parts may be cached).
  const perArticle = parts.map((p, order) =>
    p.drafts.map((d, index): OrderedDraft => ({ ...d, articleOrder: order, draftIndex: index, actions: [...d.actions], places: [...d.places], reference: [...d.reference] })),
  );

  // 2. One directive stated in several articles belongs to the one that elaborates most.
  const strength = perArticle.map((ds) => ds.filter((d) => d.actions.length > 0).length);
  const drafts = keepElaborated(perArticle.flat(), strength);

  // 3. Themes and ids: `${article}-${theme}`, `-2` for a second one of a theme in one article.
  const used = new Map<string, number>();
  type Linking = LinkedDirective & { stater: string };
  const directives = drafts.map((d): Linking => {
    const theme = themeOf(d.text, d.actions);
    const base = `${d.article}-${theme}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      theme,
      article: d.articleOrder,
      draft: d.draftIndex,
      stater: d.article,
      places: d.places.map((p, own) => ({ own, sentence: p.sentence })),
      echoes: [],
    };
  });
  const links = (): DirectiveLinks => ({
    // Places in sentence order (a stable sort, as the draft lists them within one sentence).
    directives: directives.map(({ stater: _stater, ...d }) => ({
      ...d,
      places: [...d.places].sort((a, b) => a.sentence - b.sentence),
      echoes: [...d.echoes].sort((a, b) => a.article - b.article || a.sentence - b.sentence),
    })),
  });
  if (directives.length === 0) return links();

  const scorer = scorerOf(articles, drafts, parts);
  const headingIndex = fourGramIndex(drafts);
  /** Sentences already echoing a directive through a heading, as `${article}#${sentence}`. */
  const claimed = new Set<string>();

  // 4. Headings that restate a directive: places in its own article; elsewhere echoes, and the
  //    quotes of their section echo it too.
  articles.forEach((article, articleIndex) => {
    const byBlock = sentencesByBlock(article);
    const flags = parts[articleIndex]!.flags;
    article.blocks.forEach((block, blockIndex) => {
      if (block.role !== 'heading') return;
      const sentences = byBlock.get(blockIndex) ?? [];
      const first = sentences[0];
      const target = first ? headingTarget(block.text, headingIndex) : null;
      if (!first || target === null) return;
      const directive = directives[target]!;
      if (directive.stater === article.id) {
        directive.places.push({ heading: blockIndex, sentence: first.index });
        return;
      }
      directive.echoes.push({ article: articleIndex, sentence: first.index, heading: blockIndex, score: round(scorer.score(block.text).get(target) ?? 0), via: 'heading' });
      // A heading split at ； is one heading: its other sentences are no echoes of their own.
      for (const s of sentences) claimed.add(`${article.id}#${s.index}`);
      for (let b = blockIndex + 1; b < article.blocks.length; b++) {
        const next = article.blocks[b];
        if (!next || SECTION_END_ROLES.has(next.role)) break;
        if (!BODY_ROLES.has(next.role)) continue;
        for (const s of byBlock.get(b) ?? []) {
          const key = `${article.id}#${s.index}`;
          const tests = flags[s.index]!;
          if (claimed.has(key) || tests & ATTRIBUTION_ONLY) continue;
          const score = scorer.score(s.text).get(target) ?? 0;
          if (!(tests & QUOTE) && score < ECHO_THRESHOLD) continue;
          claimed.add(key);
          directive.echoes.push({ article: articleIndex, sentence: s.index, heading: null, score: round(score), via: 'heading' });
        }
      }
    });
  });

  // 5. Other sentences that say what a directive says, in other words: each echoes the directive
  //    of another article it is most similar to, above the threshold.
  articles.forEach((article, articleIndex) => {
    const flags = parts[articleIndex]!.flags;
    for (const s of article.sentences) {
      const role = article.blocks[s.block]?.role;
      if (!role || !(BODY_ROLES.has(role) || role === 'heading')) continue;
      if (claimed.has(`${article.id}#${s.index}`) || flags[s.index]! & SHORT) continue;
      let best = -1;
      let bestScore = 0;
      for (const [d, score] of scorer.score(s.text)) {
        if (directives[d]!.stater !== article.id && score > bestScore) {
          best = d;
          bestScore = score;
        }
      }
      if (best < 0 || bestScore < ECHO_THRESHOLD || flags[s.index]! & ATTRIBUTION_ONLY) continue;
      directives[best]!.echoes.push({ article: articleIndex, sentence: s.index, heading: null, score: round(bestScore), via: 'similarity' });
    }
  });
  return links();
}

/** The directives that links describe, with the texts, offsets and speakers of these articles. */
export function renderDirectives(articles: readonly ArticleInput[], parts: readonly ArticleDirectives[], links: DirectiveLinks): Directive[] {
  const speakers = parts.map((p) => new Map(p.speakers));
  return links.directives.map((l): Directive => {
    const stater = articles[l.article]!;
    const draft = parts[l.article]!.drafts[l.draft]!;
    return {
      id: l.id,
      article: draft.article,
      theme: l.theme,
      text: draft.text,
      actions: [...draft.actions],
      places: l.places.map((p): DirectivePlace => {
        if ('own' in p) return draft.places[p.own]!;
        const block = stater.blocks[p.heading]!;
        return { article: stater.id, start: block.start, end: block.end, sentence: p.sentence, kind: 'heading' };
      }),
      echoes: l.echoes.map((e): Echo => {
        const article = articles[e.article]!;
        const shown = e.heading === null ? article.sentences[e.sentence]! : article.blocks[e.heading]!;
        return {
          article: article.id,
          sentence: e.sentence,
          text: shown.text,
          start: shown.start,
          end: shown.end,
          speaker: speakers[e.article]!.get(e.sentence) ?? null,
          score: e.score,
          via: e.via,
        };
      }),
    };
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Drops a directive restated in another article that elaborates it more (the responses). */
function keepElaborated(all: readonly OrderedDraft[], strength: readonly number[]): OrderedDraft[] {
  // Statements that are one directive share most bigrams, so also one of the rarest three of
  // either: candidates come from those postings only.
  const grams = all.map((d) => [...bigrams(normalise(d.text))]);
  const index = new Map<string, number[]>();
  grams.forEach((g, i) => {
    for (const b of g) {
      const list = index.get(b);
      if (list) list.push(i);
      else index.set(b, [i]);
    }
  });
  const rank = (d: OrderedDraft): number[] => [strength[d.articleOrder] ?? 0, d.actions.length, -d.articleOrder];
  const better = (a: OrderedDraft, b: OrderedDraft): boolean => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) if (ra[k]! !== rb[k]!) return ra[k]! > rb[k]!;
    return false;
  };
  return all.filter((d, i) => {
    const rarest = [...(grams[i] ?? [])].sort((a, b) => (index.get(a)?.length ?? 0) - (index.get(b)?.length ?? 0)).slice(0, 3);
    const seen = new Set<number>([i]);
    for (const b of rarest) {
      for (const j of index.get(b) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const other = all[j]!;
        if (other.article !== d.article && better(other, d) && sameStatement(d.text, other.text)) return false;
      }
    }
    return true;
  });
}

function fourGrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 4 <= text.length; i++) out.push(text.slice(i, i + 4));
  return out;
}

function fourGramIndex(drafts: readonly Draft[]): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  drafts.forEach((d, i) => {
    for (const text of [d.text, ...d.reference, ...d.actions]) {
      for (const g of fourGrams(normalise(text))) {
        const set = index.get(g);
        if (set) set.add(i);
        else index.set(g, new Set([i]));
      }
    }
  });
  return index;
}

/** The directive a heading restates: most of its characters in runs of 4+ found in that directive. */
function headingTarget(heading: string, index: Map<string, Set<number>>): number | null {
  const text = normalise(heading);
  if (text.length < 6) return null;
  const covered = new Map<number, Uint8Array>();
  for (let i = 0; i + 4 <= text.length; i++) {
    for (const d of index.get(text.slice(i, i + 4)) ?? []) {
      let marks = covered.get(d);
      if (!marks) covered.set(d, (marks = new Uint8Array(text.length)));
      marks.fill(1, i, i + 4);
    }
  }
  let best: number | null = null;
  let bestShare = 0;
  let second = 0;
  for (const [d, marks] of covered) {
    const share = marks.reduce((n, x) => n + x, 0) / text.length;
    if (share > bestShare) {
      second = bestShare;
      best = d;
      bestShare = share;
    } else if (share > second) second = share;
  }
  // A heading that two directives explain equally well restates neither.
  return best !== null && bestShare >= HEADING_COVERAGE && bestShare - second >= 0.1 ? best : null;
}
