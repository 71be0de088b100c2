// Stage 5: one file -> one or more articles. A newspaper page bundles several pieces: a new
// top-level title, a column label (权威发布, 延伸阅读), a closing byline or a continuation
// marker (下转第三版) ends one piece and starts the next. Blocks of no article (a filler verse)
// are left out and reported.
import { endsSentence, type RoleBlock } from './roles.ts';

export interface ArticleSegment {
  /** 0 for the file's first article. */
  part: number;
  blocks: RoleBlock[];
  column?: string;
  /** How the title was found. */
  titleMethod: 'heading' | 'trailing-title' | 'column' | 'first-sentence' | 'metadata';
}

export interface LeftOut {
  block: RoleBlock;
  reason: string;
}

const BODY = new Set<RoleBlock['role']>(['paragraph', 'list-item', 'caption']);
const LEAD = new Set<RoleBlock['role']>(['box-label', 'kicker', 'column']);

function isBody(b: RoleBlock): boolean {
  // A paragraph that is not a sentence (no closing mark, no clause) is title matter, not body.
  const t = b.run.text;
  return BODY.has(b.role) && (b.role !== 'paragraph' || endsSentence(t) || t.length > 60 || /[。！？]/.test(t));
}

function hasBody(blocks: readonly RoleBlock[]): boolean {
  return blocks.some(isBody);
}

/** Title matter at the head of a segment: kicker, title, subtitle, byline. Marks their roles. */
function markHead(blocks: RoleBlock[]): boolean {
  let titled = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // A photo printed above the next story's title (its caption and credit) is no body of it yet.
    if (b.role === 'column' || b.role === 'byline' || b.role === 'credit' || b.role === 'caption') continue;
    if (isBody(b)) break;
    if (b.role === 'subtitle') continue;
    if (!titled && (b.role === 'heading' || b.role === 'paragraph' || b.role === 'title')) {
      b.role = 'title';
      titled = true;
      // A label ending in a dash right before the title is its kicker (引题).
      const prev = blocks[i - 1];
      if (prev?.role === 'box-label') prev.role = 'kicker';
      continue;
    }
  }
  return titled;
}

export function splitArticles(blocks: readonly RoleBlock[]): { segments: ArticleSegment[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const groups: { blocks: RoleBlock[]; column?: string; closed: boolean }[] = [];
  let current: { blocks: RoleBlock[]; column?: string; closed: boolean } = { blocks: [], closed: false };
  const start = (): void => {
    if (current.blocks.length > 0) groups.push(current);
    current = { blocks: [], closed: false };
  };

  for (const block of blocks) {
    const b = { ...block };
    if (b.role === 'filler') {
      leftOut.push({ block: b, reason: 'filler text between articles (short unpunctuated lines, such as a verse)' });
      continue;
    }
    const onlyLead = current.blocks.every((x) => LEAD.has(x.role));
    if (b.role === 'heading' && b.depth === 1 && !onlyLead) start();
    else if (b.role === 'column' && current.blocks.length > 0) start();
    else if (current.closed && !(b.role === 'byline' && !hasBody(current.blocks.slice(-1)))) start();
    if (b.role === 'column') current.column = b.run.text.replace(/^[^\p{Script=Han}\w]+/u, '');
    current.blocks.push(b);
    if ((b.role === 'byline' && hasBody(current.blocks)) || b.role === 'continuation') current.closed = true;
  }
  start();

  // A group without body is title matter out of place: a title printed after its article
  // (trailing title), or a heading before the next article.
  const merged: { blocks: RoleBlock[]; column?: string; trailing?: RoleBlock[] }[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (hasBody(g.blocks)) {
      merged.push({ blocks: g.blocks, column: g.column });
      continue;
    }
    const prev = merged[merged.length - 1];
    const firstBody = prev ? prev.blocks.findIndex(isBody) : -1;
    const prevHasHead = prev ? prev.blocks.slice(0, firstBody).some((b) => b.role === 'heading' || b.role === 'title') : true;
    if (prev && !prevHasHead && !prev.trailing) {
      prev.trailing = g.blocks;
    } else if (groups[i + 1]) {
      groups[i + 1]!.blocks.unshift(...g.blocks);
      groups[i + 1]!.column ??= g.column;
    } else {
      for (const b of g.blocks) leftOut.push({ block: b, reason: 'title matter with no article after it' });
    }
  }

  const segments = merged.map((g, part): ArticleSegment => {
    const blocks = g.blocks;
    let titleMethod: ArticleSegment['titleMethod'] = markHead(blocks) ? 'heading' : 'first-sentence';
    if (titleMethod === 'first-sentence' && g.trailing) {
      // Move the trailing title matter to the head, title first.
      const t = g.trailing.map((b) => ({ ...b }));
      const title = t.find((b) => b.role !== 'subtitle' && b.role !== 'byline');
      if (title) {
        title.role = 'title';
        blocks.unshift(title, ...t.filter((b) => b !== title));
        titleMethod = 'trailing-title';
      }
    }
    if (titleMethod === 'first-sentence' && g.column) titleMethod = 'column';
    return { part, blocks, column: g.column, titleMethod };
  });
  return { segments, leftOut };
}
