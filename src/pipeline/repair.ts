// Stage 4: undo page-break artefacts. A paragraph that ends mid-sentence goes on in the next
// paragraph, possibly after a sidebar box dropped in between, or after other stories where it
// jumps pages (下转…上接); a fragment repeated on both sides of a break is removed. Every change
// is returned as a Repair.
import { endsSentence, JUMP_IN, JUMP_OUT, type RoleBlock } from './roles.ts';
import { concatRuns, sliceRun, sourceSpan, trimRun } from './text-run.ts';
import { segment } from './segment.ts';

export type RepairKind = 'join' | 'join-across-box' | 'dedupe' | 'jump';

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

/** What a continuation carries on with: the body after its marker, up to the next story's head. */
const CONTINUED = new Set<RoleBlock['role']>(['paragraph', 'list-item', 'caption', 'credit']);

/**
 * (上接第五版)…, printed after other stories, goes on with the story that broke off at (下转第六版):
 * its body moves back to right before that marker (which still ends the story), and its own marker
 * goes. Only where one story in the file broke off before it: with several, which one it goes
 * on is not known, and it stays where it is.
 */
function bringBackJumps(blocks: RoleBlock[], repairs: Repair[]): void {
  const isMarker = (b: RoleBlock, re: RegExp): boolean => b.role === 'continuation' && re.test(b.run.text);
  const open: RoleBlock[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (isMarker(b, JUMP_OUT)) open.push(b);
    if (!isMarker(b, JUMP_IN) || open.length !== 1) continue;
    let end = k + 1;
    while (end < blocks.length && CONTINUED.has(blocks[end]!.role)) end++;
    if (end === k + 1) continue;
    const out = open.pop()!;
    const body = blocks.splice(k, end - k).slice(1);
    const at = blocks.indexOf(out);
    const before = blocks[at - 1];
    blocks.splice(at, 0, ...body);
    const head = body[0]!.run.text.slice(0, CONTEXT);
    const tail = before ? before.run.text.slice(-CONTEXT) : '';
    repairs.push({
      kind: 'jump',
      ruleId: 'break/jump',
      before: `${tail}⏎…⏎${b.run.text}${head}`,
      after: `${tail}⏎${head}`,
      ...sourceSpan(b.run, 0, b.run.text.length),
    });
    k = at + body.length;
  }
}

export function repairBreaks(input: readonly RoleBlock[]): { blocks: RoleBlock[]; repairs: Repair[] } {
  const blocks = input.map((b) => ({ ...b }));
  const repairs: Repair[] = [];
  bringBackJumps(blocks, repairs);

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
