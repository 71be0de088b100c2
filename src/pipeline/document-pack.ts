// A document in few objects, for the build cache: v8's deserialiser pays per object, and a warm
// build deserialises every file's entry. Blocks, their offset pieces and sentences (most of a
// document's objects) become columns of integers; a sentence's text is its block's text
// [from, to), so it is sliced back instead of stored. unpackDocument(packDocument(d)) has d's
// properties in d's order. An article of any other shape (a field added to a block or a sentence,
// a text that is not its block's slice) is kept as it is: never packed wrong.
import type { ArticleBlock, DocumentArticle, DocumentResult, Sentence } from './document.ts';
import { BLOCK_ROLES } from './roles.ts';

const ROLE_CODE = new Map<string, number>(BLOCK_ROLES.map((role, code) => [role, code]));

/** A block's fields between its role and its text, where it has any. */
type BlockExtras = Pick<ArticleBlock, 'depth' | 'list' | 'align'>;

export interface PackedBlocks {
  /** Per block, its role's index in ROLES. */
  roles: Uint8Array;
  texts: string[];
  /** Per block: start, end, number of pieces. */
  spans: Int32Array;
  /** Per piece, blocks in order: at, start, length. */
  pieces: Int32Array;
  /** [block index, its depth, list and align] for the few blocks that have them. */
  extras: [number, BlockExtras][];
}

/** An article with its blocks and sentences packed (sentences: block, from, to, start, end each). */
export type PackedArticle = Omit<DocumentArticle, 'blocks' | 'sentences'> & { blocks: PackedBlocks; sentences: Int32Array };

export type PackedDocument = Omit<DocumentResult, 'articles'> & { articles: (PackedArticle | DocumentArticle)[] };

const isInt32 = (n: unknown): n is number => typeof n === 'number' && (n | 0) === n && !Object.is(n, -0);

function sameKeys(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

const PIECE_KEYS = ['at', 'start', 'length'];
const SENTENCE_KEYS = ['index', 'block', 'from', 'to', 'text', 'start', 'end'];

function blockKeys(block: ArticleBlock): string[] {
  return ['role', ...(['depth', 'list', 'align'] as const).filter((k) => k in block), 'text', 'pieces', 'start', 'end'];
}

function packBlocks(blocks: readonly ArticleBlock[]): PackedBlocks | null {
  const roles = new Uint8Array(blocks.length);
  const texts: string[] = [];
  const spans = new Int32Array(blocks.length * 3);
  const pieces: number[] = [];
  const extras: [number, BlockExtras][] = [];
  for (const [i, b] of blocks.entries()) {
    const role = ROLE_CODE.get(b.role);
    if (role === undefined || !sameKeys(b, blockKeys(b)) || typeof b.text !== 'string' || !isInt32(b.start) || !isInt32(b.end)) return null;
    roles[i] = role;
    texts.push(b.text);
    spans.set([b.start, b.end, b.pieces.length], i * 3);
    for (const p of b.pieces) {
      if (!sameKeys(p, PIECE_KEYS) || !isInt32(p.at) || !isInt32(p.start) || !isInt32(p.length)) return null;
      pieces.push(p.at, p.start, p.length);
    }
    if ('depth' in b || 'list' in b || 'align' in b) {
      const { role: _role, text: _text, pieces: _pieces, start: _start, end: _end, ...extra } = b;
      extras.push([i, extra]);
    }
  }
  return { roles, texts, spans, pieces: Int32Array.from(pieces), extras };
}

function packSentences(sentences: readonly Sentence[], blocks: readonly ArticleBlock[]): Int32Array | null {
  const packed = new Int32Array(sentences.length * 5);
  for (const [i, s] of sentences.entries()) {
    const numbers = [s.block, s.from, s.to, s.start, s.end];
    if (!sameKeys(s, SENTENCE_KEYS) || s.index !== i || !numbers.every(isInt32)) return null;
    if (blocks[s.block]?.text.slice(s.from, s.to) !== s.text) return null;
    packed.set(numbers, i * 5);
  }
  return packed;
}

function packArticle(article: DocumentArticle): PackedArticle | DocumentArticle {
  const blocks = packBlocks(article.blocks);
  const sentences = blocks && packSentences(article.sentences, article.blocks);
  // The spread keeps every property in its place, blocks and sentences included.
  return blocks && sentences ? { ...article, blocks, sentences } : article;
}

function unpackBlocks(packed: PackedBlocks): ArticleBlock[] {
  const extras = new Map(packed.extras);
  const blocks: ArticleBlock[] = [];
  let piece = 0;
  for (let i = 0; i < packed.roles.length; i++) {
    const count = packed.spans[i * 3 + 2]!;
    const pieces: ArticleBlock['pieces'] = [];
    for (let p = 0; p < count; p++, piece++) {
      pieces.push({ at: packed.pieces[piece * 3]!, start: packed.pieces[piece * 3 + 1]!, length: packed.pieces[piece * 3 + 2]! });
    }
    const role = BLOCK_ROLES[packed.roles[i]!]!;
    const text = packed.texts[i]!;
    const start = packed.spans[i * 3]!;
    const end = packed.spans[i * 3 + 1]!;
    const extra = extras.get(i);
    blocks.push(extra ? { role, ...extra, text, pieces, start, end } : { role, text, pieces, start, end });
  }
  return blocks;
}

function unpackSentences(packed: Int32Array, blocks: readonly ArticleBlock[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let i = 0; i < packed.length / 5; i++) {
    const block = packed[i * 5]!;
    const from = packed[i * 5 + 1]!;
    const to = packed[i * 5 + 2]!;
    sentences.push({ index: i, block, from, to, text: blocks[block]!.text.slice(from, to), start: packed[i * 5 + 3]!, end: packed[i * 5 + 4]! });
  }
  return sentences;
}

function unpackArticle(article: PackedArticle | DocumentArticle): DocumentArticle {
  if (Array.isArray(article.blocks)) return article as DocumentArticle;
  const packed = article as PackedArticle;
  const blocks = unpackBlocks(packed.blocks);
  return { ...packed, blocks, sentences: unpackSentences(packed.sentences, blocks) };
}

export function packDocument(doc: DocumentResult): PackedDocument {
  return { ...doc, articles: doc.articles.map(packArticle) };
}

export function unpackDocument(doc: PackedDocument): DocumentResult {
  return { ...doc, articles: doc.articles.map(unpackArticle) };
}
