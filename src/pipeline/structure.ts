// Stage 2: decoded text -> mdast (unified + remark-parse) -> one raw block per line of text.
// Newspaper text puts one paragraph on a line; a paragraph wrapped over several lines is
// joined again by the break-repair stage, which sees that its lines end mid-sentence.
// A GFM table is one block of its own: its cells are kept apart, never read as sentences.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { AlignType, Nodes, Root, Table } from 'mdast';
import { trimRun, splitRun, type TextRun } from './text-run.ts';
import { TABLE_CELL, TABLE_ROW } from './table-text.ts';

export type RawBlockKind = 'heading' | 'paragraph' | 'list-item' | 'raw' | 'table';


export interface RawBlock {
  kind: RawBlockKind;
  /** Markdown heading depth (1-6) for headings. */
  depth?: number;
  /** Blocks of one markdown list share a list number. */
  list?: number;
  /** Column alignment of a table, as the markdown sets it. */
  align?: AlignType[];
  run: TextRun;
}

/** Only GFM's tables, not the rest of GFM: autolinks or ~strikethrough~ would change how other text reads. */
function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkTables);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/**
 * Where each character of a node's value stands in its source text. They differ where markdown
 * drops or rewrites characters: escapes (\\*), entities (&amp;), spaces around a line end,
 * the indentation of a continued line, NUL read as U+FFFD. Walks both once.
 */
export function alignToSource(value: string, raw: string): number[] {
  const offsets = new Array<number>(value.length);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    // Skip what the source has and the value lost: a backslash before an escaped mark, spaces
    // before or after a line end.
    while (j < raw.length && raw[j] !== ch) {
      if (raw[j] === '\\' && raw[j + 1] === ch) {
        j++;
        break;
      }
      if (raw[j] === '&') {
        const entity = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.exec(raw.slice(j, j + 12));
        if (entity) break;
      }
      const space = /[ \t\r\n]/.test(raw[j]!);
      const lostSpace = space && (!/[ \t\r\n]/.test(ch) || (ch === '\n' && raw[j] !== '\n'));
      if (!lostSpace) break;
      j++;
    }
    if (j >= raw.length) {
      offsets[i] = Math.max(0, raw.length - 1);
      continue;
    }
    offsets[i] = j;
    if (raw[j] === '&') {
      // An entity stands for one character: step over all of it.
      const entity = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.exec(raw.slice(j, j + 12));
      j += entity ? entity[0].length : 1;
    } else {
      j++;
    }
  }
  return offsets;
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
      const base = start ?? 0;
      const raw = start !== undefined && end !== undefined ? source.slice(start, end) : value;
      const offsets = alignToSource(value, raw);
      for (let i = 0; i < value.length; i++) {
        out.text.push(value[i]!);
        out.offsets.push(base + offsets[i]!);
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

/** A table as one run: cells joined by TABLE_CELL, rows by TABLE_ROW; a separator maps to the end of the cell before it. */
function tableRun(table: Table, source: string): TextRun {
  const text: string[] = [];
  const offsets: number[] = [];
  const separate = (mark: string): void => {
    text.push(mark);
    offsets.push(offsets.length ? offsets[offsets.length - 1]! + 1 : (table.position?.start.offset ?? 0));
  };
  table.children.forEach((row, r) => {
    if (r > 0) separate(TABLE_ROW);
    row.children.forEach((cell, c) => {
      if (c > 0) separate(TABLE_CELL);
      const run = trimRun(toRun(cell, source));
      // A cell is one line: a break or a tab inside it is a space.
      for (let i = 0; i < run.text.length; i++) {
        text.push(/[\t\n]/.test(run.text[i]!) ? ' ' : run.text[i]!);
        offsets.push(run.offsets[i]!);
      }
    });
  });
  return { text: text.join(''), offsets };
}

function lines(run: TextRun): TextRun[] {
  return splitRun(run, /\n/).map(trimRun).filter((r) => r.text.length > 0);
}

/** Raw blocks of a document in reading order. Never throws on text that parses. */
export function rawBlocks(text: string): RawBlock[] {
  // micromark drops a leading BOM and counts positions without it: a space keeps offsets true.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseMarkdown(source);
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
      case 'table':
        blocks.push({ kind: 'table', align: node.align ?? [], run: tableRun(node, source) });
        return;
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
