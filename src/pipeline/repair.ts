// Stage 4: undo page-break artefacts. A paragraph that ends mid-sentence goes on in the next
// paragraph, possibly after a sidebar box dropped in between; a fragment repeated on both
// sides of a break is removed. Every change is returned as a Repair.
import { endsSentence, type RoleBlock } from './roles.ts';
import { concatRuns, sliceRun, sourceSpan, trimRun } from './text-run.ts';
import { segment } from './segment.ts';

export type RepairKind = 'join' | 'join-across-box' | 'dedupe';

export interface Repair {
  kind: RepairKind;
  ruleId: string;
  /** What the text looked like before, around the break. */
  before: string;
  /** What it looks like after. */
  after: string;
  start: number;
  end: number;
}

/** Blocks a sentence may jump over: a sidebar box, photos. */
const SKIPPABLE = new Set<RoleBlock['role']>(['box-label', 'list-item', 'caption', 'credit']);
const CONTEXT = 12;

/** A word runs across the boundary of a and b (今年外 | 贸进出口: 外贸), as jieba cuts it. */
export function wordAcross(a: string, b: string): boolean {
  const left = a.slice(-6);
  const joined = left + b.slice(0, 6);
  return segment(joined).some((t) => t.from < left.length && t.to > left.length && /^\p{Script=Han}{2,}$/u.test(t.word));
}

/** A numbered section heading (一、2025年工作回顾, （二）, 3.): never half of a broken sentence. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[章节部分])/u;

function joinable(block: RoleBlock, next: RoleBlock | undefined): boolean {
  if (block.role === 'paragraph') return !endsSentence(block.run.text);
  // A short line without punctuation reads as a heading, unless a word runs on into the next line
  // (工作回顾 | 过去一年 makes 回顾过去, but a numbered heading ends where it ends).
  return (
    block.role === 'heading' &&
    block.depth === undefined &&
    next?.role === 'paragraph' &&
    !SECTION_NUMBER.test(block.run.text) &&
    wordAcross(block.run.text, next.run.text)
  );
}

/** The quote- and punctuation-free core of a string, for comparing fragments. */
function core(text: string): string {
  return text.replace(/[\p{P}\s]/gu, '');
}

/** Length of a fragment at the start of `next` that only repeats the end of `prev`, or 0. */
export function repeatedFragmentLength(prev: string, next: string): number {
  const m = /^[^。！？!?]{1,10}[。！？!?][”’」』）)]*/u.exec(next);
  if (!m) return 0;
  const fragment = core(m[0]);
  if (fragment.length === 0 || fragment.length > 8) return 0;
  return core(prev).endsWith(fragment) ? m[0].length : 0;
}

export function repairBreaks(input: readonly RoleBlock[]): { blocks: RoleBlock[]; repairs: Repair[] } {
  const blocks = input.map((b) => ({ ...b }));
  const repairs: Repair[] = [];

  for (let i = 0; i < blocks.length; i++) {
    const a = blocks[i]!;
    while (joinable(a, blocks[i + 1])) {
      a.role = 'paragraph';
      let j = i + 1;
      while (j < blocks.length && SKIPPABLE.has(blocks[j]!.role)) j++;
      const b = blocks[j];
      if (!b || b.role !== 'paragraph') break;
      const tail = a.run.text.slice(-CONTEXT);
      const head = b.run.text.slice(0, CONTEXT);
      const span = sourceSpan(a.run, a.run.text.length - tail.length, a.run.text.length);
      const end = sourceSpan(b.run, 0, head.length).end;
      a.run = concatRuns([a.run, b.run]);
      blocks.splice(j, 1);
      repairs.push({
        kind: j > i + 1 ? 'join-across-box' : 'join',
        ruleId: j > i + 1 ? 'break/join-across-box' : 'break/join',
        before: `${tail}⏎${head}`,
        after: `${tail}${head}`,
        start: span.start,
        end,
      });
    }
  }

  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1]!;
    const next = blocks[i]!;
    if (prev.role !== 'paragraph' || next.role !== 'paragraph') continue;
    const n = repeatedFragmentLength(prev.run.text, next.run.text);
    if (n === 0) continue;
    const span = sourceSpan(next.run, 0, n);
    repairs.push({
      kind: 'dedupe',
      ruleId: 'break/repeated-fragment',
      before: next.run.text.slice(0, n + CONTEXT),
      after: next.run.text.slice(n, n + CONTEXT),
      start: span.start,
      end: span.end,
    });
    next.run = trimRun(sliceRun(next.run, n));
  }
  return { blocks, repairs };
}
