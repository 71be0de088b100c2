// One decoded file -> its articles, with the repairs made and the blocks left out.
// Chains the text stages: structure, roles, repair, split, sentences.
import { normaliseLineEnds } from './ingest.ts';
import { rawBlocks, type RawBlock } from './structure.ts';
import { assignRoles, type BlockRole } from './roles.ts';
import { repairBreaks, type Repair } from './repair.ts';
import { splitArticles, type ArticleSegment } from './articles.ts';
import { splitSentences } from './sentences.ts';
import { sourceSpan, toPieces, type Piece } from './text-run.ts';
import { keywords } from './segment.ts';
import type { SourceFile } from './types.ts';

export interface ArticleBlock {
  role: BlockRole;
  depth?: number;
  /** Blocks of one list share a number. */
  list?: number;
  /** A table's column alignment; its text holds the cells as table-text.ts says. */
  align?: RawBlock['align'];
  text: string;
  /** Offset map of `text` into the source (see text-run.ts). */
  pieces: Piece[];
  start: number;
  end: number;
}

export interface Sentence {
  /** Index in the article. */
  index: number;
  /** Index of its block in the article. */
  block: number;
  /** [from, to) in the block's text. */
  from: number;
  to: number;
  /** [start, end) in the source text. */
  start: number;
  end: number;
  text: string;
}

export interface DocumentArticle {
  id: string;
  part: number;
  title: string;
  titleMethod: ArticleSegment['titleMethod'];
  kicker?: string;
  subtitle?: string;
  column?: string;
  blocks: ArticleBlock[];
  sentences: Sentence[];
  /** Characters of body text. */
  length: number;
  /** Top TF-IDF keywords of the body text. */
  keywords: string[];
}

export interface LeftOutBlock {
  role: BlockRole;
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface DocumentResult {
  articles: DocumentArticle[];
  repairs: Repair[];
  leftOut: LeftOutBlock[];
}

/** Roles whose text is read as sentences (figures and directives come only from these). */
const SENTENCE_ROLES = new Set<BlockRole>(['paragraph', 'list-item', 'caption', 'heading', 'title', 'subtitle', 'kicker']);
const BODY_ROLES = new Set<BlockRole>(['paragraph', 'list-item', 'caption']);

export function articleId(stem: string, part: number): string {
  return part === 0 ? stem : `${stem}-${part + 1}`;
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function readDocument(file: Pick<SourceFile, 'stem' | 'text'>): DocumentResult {
  const text = normaliseLineEnds(file.text);
  const { blocks, repairs } = repairBreaks(assignRoles(rawBlocks(text)));
  const { segments, leftOut } = splitArticles(blocks);

  const articles = segments.map((piece): DocumentArticle => {
    const articleBlocks: ArticleBlock[] = piece.blocks.map((b) => ({
      role: b.role,
      ...(b.depth !== undefined ? { depth: b.depth } : {}),
      ...(b.list !== undefined ? { list: b.list } : {}),
      ...(b.align !== undefined ? { align: b.align } : {}),
      text: b.run.text,
      pieces: toPieces(b.run.offsets),
      ...sourceSpan(b.run, 0, b.run.text.length),
    }));
    const sentences: Sentence[] = [];
    piece.blocks.forEach((b, blockIndex) => {
      if (!SENTENCE_ROLES.has(b.role)) return;
      for (const s of splitSentences(b.run)) sentences.push({ index: sentences.length, block: blockIndex, ...s });
    });
    const find = (role: BlockRole): string | undefined => piece.blocks.find((b) => b.role === role)?.run.text;
    const firstSentence = sentences.find((s) => BODY_ROLES.has(articleBlocks[s.block]!.role));
    const title =
      find('title') ??
      (piece.column ? piece.column : shorten(firstSentence?.text.replace(/[。！？]$/, '') ?? file.stem));
    const body = articleBlocks.filter((b) => BODY_ROLES.has(b.role)).map((b) => b.text).join('\n');
    const bodySentences = sentences.filter((s) => BODY_ROLES.has(articleBlocks[s.block]!.role)).map((s) => s.text);
    const kicker = find('kicker');
    const subtitle = find('subtitle');
    return {
      id: articleId(file.stem, piece.part),
      part: piece.part,
      title,
      titleMethod: piece.titleMethod,
      ...(kicker ? { kicker } : {}),
      ...(subtitle ? { subtitle } : {}),
      ...(piece.column ? { column: piece.column } : {}),
      blocks: articleBlocks,
      sentences,
      length: body.replace(/\n/g, '').length,
      keywords: keywords(bodySentences, 12),
    };
  });

  return {
    articles,
    repairs,
    leftOut: leftOut.map(({ block, reason }) => ({
      role: block.role,
      text: block.run.text,
      reason,
      ...sourceSpan(block.run, 0, block.run.text.length),
    })),
  };
}
