// Stage 2: decoded text -> mdast (unified + remark-parse) -> one raw block per line of text.
// Newspaper text puts one paragraph on a line; a paragraph wrapped over several lines is
// joined again by the break-repair stage, which sees that its lines end mid-sentence.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import { trimRun, splitRun, type TextRun } from './text-run.ts';

export type RawBlockKind = 'heading' | 'paragraph' | 'list-item' | 'raw';

export interface RawBlock {
  kind: RawBlockKind;
  /** Markdown heading depth (1-6) for headings. */
  depth?: number;
  /** Blocks of one markdown list share a list number. */
  list?: number;
  run: TextRun;
}

const parser = unified().use(remarkParse);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Text of inline content with a source offset per character. Link targets and image URLs are dropped. */
function inlineRun(node: Nodes, source: string, out: { text: string[]; offsets: number[] }): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html': {
      const value = node.value;
      const raw = start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
      // Text nodes whose value equals the source map one to one; for escapes and entities
      // (value differs from the source) the characters point at the node's start.
      const exact = raw === value;
      const inner = node.type === 'inlineCode' && raw !== undefined ? raw.indexOf(value) : -1;
      for (let i = 0; i < value.length; i++) {
        out.text.push(value[i]!);
        const base = start ?? 0;
        out.offsets.push(exact ? base + i : inner >= 0 ? base + inner + i : base);
      }
      return;
    }
    case 'break':
      out.text.push('\n');
      out.offsets.push(start ?? 0);
      return;
    case 'image':
    case 'imageReference':
      return;
    default:
      if ('children' in node) for (const child of node.children) inlineRun(child as Nodes, source, out);
  }
}

function toRun(node: Nodes, source: string): TextRun {
  const acc = { text: [] as string[], offsets: [] as number[] };
  inlineRun(node, source, acc);
  return { text: acc.text.join(''), offsets: acc.offsets };
}

function lines(run: TextRun): TextRun[] {
  return splitRun(run, /\n/).map(trimRun).filter((r) => r.text.length > 0);
}

/** Raw blocks of a document in reading order. Never throws on text that parses. */
export function rawBlocks(source: string, root: Root = parseMarkdown(source)): RawBlock[] {
  const blocks: RawBlock[] = [];
  let listCount = 0;
  const visit = (node: Nodes, list?: number): void => {
    switch (node.type) {
      case 'heading': {
        const run = trimRun(toRun(node, source));
        if (run.text) blocks.push({ kind: 'heading', depth: node.depth, run });
        return;
      }
      case 'paragraph':
        for (const run of lines(toRun(node, source))) {
          blocks.push(list === undefined ? { kind: 'paragraph', run } : { kind: 'list-item', list, run });
        }
        return;
      case 'list': {
        const id = ++listCount;
        for (const item of node.children) for (const child of item.children) visit(child, id);
        return;
      }
      case 'html':
      case 'code': {
        // Markup in an article is text to show, never markup to run.
        const s = node.position?.start.offset ?? 0;
        const e = node.position?.end.offset ?? s;
        const run = { text: source.slice(s, e), offsets: Array.from({ length: e - s }, (_, i) => s + i) };
        for (const line of lines(run)) blocks.push({ kind: 'raw', run: line });
        return;
      }
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, list);
    }
  };
  visit(root);
  return blocks;
}
