// Stage 3: the role of each block on a newspaper page, from its words and its neighbours.
// Which heading is an article's title is decided later, when the file is split into articles.
import layout from './lexicon/layout.json' with { type: 'json' };
import type { RawBlock } from './structure.ts';
import { sliceRun, trimRun, type TextRun } from './text-run.ts';
import { dateStamp } from './periods.ts';

/** Every role a block can have (a list, so that a store can keep a role as its index). */
export const BLOCK_ROLES = [
  'title',
  'kicker',
  'subtitle',
  'heading',
  'byline',
  'paragraph',
  'list-item',
  'box-label',
  'caption',
  'credit',
  'column',
  'continuation',
  'filler',
  'table',
] as const;

export type BlockRole = (typeof BLOCK_ROLES)[number];

export interface RoleBlock {
  role: BlockRole;
  depth?: number;
  list?: number;
  align?: RawBlock['align'];
  run: TextRun;
}

const CLOSERS = '”’」』）)》】〉';
const TERMINALS = '。！？!?…；;';
const HAN_NAME = '[\\p{Script=Han}·]{2,5}';
const NAMES = `${HAN_NAME}(?:[\\s\\u3000]+${HAN_NAME})*`;
const AGENCY = /[\p{Script=Han}-]{2,12}/u;
/** A reporter's title and name after it (记者 周强, 记者　阿依古丽, 通讯员 王五). */
const REPORTER = new RegExp(`(?:记者|通讯员)[\\s\\u3000]*${NAMES}[\\s\\u3000）)]*$`, 'u');

/** The text ends a sentence: a terminal mark, possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && TERMINALS.includes(text[i]!);
}

/** The text ends on a mark after which the sentence must go on. */
export function endsOpen(text: string): boolean {
  return /[，、：:,“‘「『（(《—\-+＋]$/.test(text);
}

const labelMarks = new RegExp(`^[${layout.labelMarks.replace(/[\]\\[]/g, '\\$&')}\\s]+|[${layout.labelMarks.replace(/[\]\\[]/g, '\\$&')}\\s]+$`, 'gu');
export function stripLabelMarks(text: string): string {
  return text.replace(labelMarks, '');
}

const marker = (words: readonly string[]): string => `[（(]\\s*(?:${words.join('|')})第?[一二三四五六七八九十百\\d０-９]+版\\s*[）)]`;
const continuationRe = new RegExp(`^(?:${marker(layout.jumpOutWords)}|${marker(layout.jumpInWords)})$`, 'u');
/** (上接第五版) where a story goes on: the marker, alone or glued to the text it opens. */
export const JUMP_IN = new RegExp(`^${marker(layout.jumpInWords)}`, 'u');
/** (下转第六版) where a story breaks off: alone, or at the end of the paragraph it cuts. */
export const JUMP_OUT = new RegExp(`${marker(layout.jumpOutWords)}$`, 'u');
const creditRe = new RegExp(
  `^(?:(?:本报|新华社|特约)?(?:记者|摄影记者|通讯员|摄影)[\\s\\u3000]*)?${NAMES}[\\s\\u3000]*(?:\\/[\\s\\u3000]*)?(?:摄影?|供图)(?:[\\/／][^\\s\\d，。、]{1,10})?$`,
  'u',
);
/** A credit glued in front of the next caption: `记者 张锦辉 摄/视觉重庆4月23日，…`. */
// The agency part is matched atomically (lookahead + backreference) so it cannot give back characters.
const leadingCreditRe = new RegExp(
  `^((?:(?:本报|新华社)?记者|摄影|通讯员)[\\s\\u3000]*${NAMES}[\\s\\u3000]*(?:摄影?|供图)(?:[\\/／](?=([^\\s\\d，。、]{1,8}))\\2)?)(?=[^\\s\\/／])`,
  'u',
);
/** A credit at the end of a caption: `… 鞠焕宗/摄`, `…。　记者　马楠　摄`. */
const trailingCreditRe = new RegExp(
  `[\\s\\u3000]+(${NAMES}[\\s\\u3000]*[\\/／][\\s\\u3000]*摄影?|(?:新华社|本报)?(?:摄影记者|记者|通讯员)[\\s\\u3000]*${NAMES}[\\s\\u3000]*摄影?)$`,
  'u',
);

function isByline(text: string): boolean {
  if (text.length > 80 || /[。！？]/.test(text)) return false;
  const bare = text.replace(/^[（(]|[）)]$/g, '');
  const parenthesised = /^[（(].*[）)]$/u.test(text);
  if (layout.bylinePrefixes.some((p) => bare.startsWith(p))) return true;
  // A masthead: the paper's name alone on its line (重庆日报).
  if (layout.agencies.includes(bare)) return true;
  // The paper's reporter: 四川日报全媒体记者 周强.
  if (layout.agencies.some((a) => bare.startsWith(a)) && REPORTER.test(bare)) return true;
  if (layout.sourcePrefixes.some((p) => bare.startsWith(p)) && layout.agencies.some((a) => bare.includes(a))) {
    return bare.length <= 30;
  }
  if (parenthesised) {
    if (/记者|通讯员|电[\s\u3000]|电$|报道/.test(bare)) return true;
    if (new RegExp(`^${NAMES}$`, 'u').test(bare)) return true;
  }
  // A page's date stamp: 2025年12月28日　来源：云南日报
  if (dateStamp(bare)) return true;
  // A dateline as its own line: 新华社北京4月24日电; 本报乌鲁木齐11月30日电（记者　阿依古丽）
  if (/^本报\S{0,12}电[（(]/u.test(bare) && REPORTER.test(bare)) return true;
  return /^(?:新华社|中新社)\S{0,12}电/.test(bare) && AGENCY.test(bare);
}

function isColumnLabel(text: string): boolean {
  const bare = stripLabelMarks(text);
  if (layout.columnLabels.includes(bare)) return true;
  // A short label led by a box mark: ■短评
  return bare !== text && bare.length <= 8 && !/[，。]/.test(bare);
}

function hasClausePunctuation(text: string): boolean {
  return /[，,；;。！？]/.test(text);
}

/** A short line with no sentence punctuation: a heading, unless it sits in a filler run. */
function looksLikeHeading(text: string): boolean {
  if (endsSentence(text) || endsOpen(text) || hasClausePunctuation(text)) return false;
  // Long lines without any punctuation are display titles (several phrases set with spaces).
  return text.length <= layout.headingMaxLength || !/[、：:]/.test(text);
}

function isFillerLine(text: string): boolean {
  return text.length <= layout.fillerMaxLineLength && !/[\p{P}\d]/u.test(text);
}

/** Splits photo credits off the captions they are glued to, and jump markers off the text they open or end. */
function splitGlued(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      out.push(block);
      continue;
    }
    let run = block.run;
    const jumpIn = JUMP_IN.exec(run.text);
    if (jumpIn && jumpIn[0].length < run.text.length) {
      out.push({ kind: 'paragraph', run: sliceRun(run, 0, jumpIn[0].length) });
      run = trimRun(sliceRun(run, jumpIn[0].length));
    }
    const jumpOut = JUMP_OUT.exec(run.text);
    if (jumpOut && jumpOut.index > 0) {
      out.push({ kind: 'paragraph', run: trimRun(sliceRun(run, 0, jumpOut.index)) });
      out.push({ kind: 'paragraph', run: sliceRun(run, jumpOut.index) });
      continue;
    }
    const lead = leadingCreditRe.exec(run.text);
    if (lead) {
      out.push({ kind: 'paragraph', run: trimRun(sliceRun(run, 0, lead[1]!.length)) });
      run = trimRun(sliceRun(run, lead[1]!.length));
    }
    const tail = trailingCreditRe.exec(run.text);
    if (tail && run.text.length - tail[0].length > 0) {
      out.push({ kind: 'paragraph', run: trimRun(sliceRun(run, 0, tail.index)) });
      out.push({ kind: 'paragraph', run: trimRun(sliceRun(run, tail.index)) });
    } else {
      out.push({ ...block, run });
    }
  }
  return out;
}

/** ■ 9.6% 集装箱发送量同比增速: a line of a box, led by a box mark, no sentence of its own. */
function isBoxItem(b: RoleBlock): boolean {
  const text = b.run.text;
  return (b.role === 'paragraph' || b.role === 'column') && layout.labelMarks.includes(text[0] ?? '') && !/[。！？]/u.test(text) && text.length <= 40;
}

/**
 * 数读 and the items under it, printed inside a story: a box of that story (as a bullet box is),
 * so the story goes on after it rather than a new piece starting at the label.
 */
function markSidebars(roles: RoleBlock[]): void {
  for (let i = 0; i < roles.length; i++) {
    const label = roles[i]!;
    if (label.role !== 'column' || !layout.sidebarLabels.includes(stripLabelMarks(label.run.text))) continue;
    let j = i + 1;
    while (j < roles.length && isBoxItem(roles[j]!)) j++;
    if (j === i + 1) continue;
    label.role = 'box-label';
    for (let k = i + 1; k < j; k++) roles[k]!.role = 'list-item';
    i = j - 1;
  }
}

export function assignRoles(raw: RawBlock[]): RoleBlock[] {
  const blocks = splitGlued(raw);
  const roles: RoleBlock[] = blocks.map((b): RoleBlock => {
    const text = b.run.text;
    if (b.kind === 'heading') {
      return { role: text.startsWith('—') ? 'subtitle' : 'heading', depth: b.depth, run: b.run };
    }
    if (b.kind === 'list-item') return { role: 'list-item', list: b.list, run: b.run };
    if (b.kind === 'raw') return { role: 'paragraph', run: b.run };
    if (b.kind === 'table') return { role: 'table', align: b.align ?? [], run: b.run };
    if (continuationRe.test(text)) return { role: 'continuation', run: b.run };
    if (creditRe.test(text)) return { role: 'credit', run: b.run };
    if (isByline(text)) return { role: 'byline', run: b.run };
    if (isColumnLabel(text)) return { role: 'column', run: b.run };
    if (/^——|^—\s/.test(text) && !endsSentence(text)) return { role: 'subtitle', run: b.run };
    if (/——$/.test(text) && text.length <= layout.headingMaxLength) return { role: 'box-label', run: b.run };
    return { role: 'paragraph', run: b.run };
  });

  // Filler: a run of short unpunctuated lines (a verse printed to fill the page).
  for (let i = 0; i < roles.length; ) {
    let j = i;
    while (j < roles.length && roles[j]!.role === 'paragraph' && isFillerLine(roles[j]!.run.text)) j++;
    if (j - i >= layout.fillerMinLines) for (let k = i; k < j; k++) roles[k]!.role = 'filler';
    i = Math.max(j, i + 1);
  }

  markSidebars(roles);

  for (let i = 0; i < roles.length; i++) {
    const b = roles[i]!;
    if (b.role !== 'paragraph') continue;
    const next = roles.slice(i + 1).find((n) => n.role !== 'filler');
    // Captions: the text a photo credit follows.
    if (next?.role === 'credit' && roles[i + 1] === next) {
      b.role = 'caption';
      continue;
    }
    if (looksLikeHeading(b.run.text)) b.role = 'heading';
  }
  return roles;
}
