// Shared types of the pipeline. Every stage is a pure function between these shapes.
// Offsets (`start`, `end`) are always JavaScript string offsets into the decoded file text
// (BOM removed, line ends as in the file), so `text.slice(start, end)` gives the surface back.

/** A calendar date known to a given precision; month and day are 1-based. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export type Approx = 'over' | 'about' | 'nearly' | 'under';

export type Unit =
  | 'CNY'
  | 'USD'
  | 'TEU'
  | 'percent'
  /** A difference of two percentages (提高1.2个百分点): never the same as a percent change. */
  | 'percentage_point'
  | 'train'
  | 'ton'
  | 'mu'
  | 'person'
  | 'enterprise'
  | 'item'
  | 'km'
  | 'other';

export type Measure = 'level' | 'change' | 'cagr' | 'share' | 'count' | 'rate' | 'ratio' | 'gap';

/** How a figure's period string is written: `2024`, `2024-Q1`, `2024-H1`, `2024-06`, `2024-01/2024-10` (months), `2019/2023`, `2024-01-01/2024-04-09`. */
export type Period = string;

export interface SourceFile {
  /** Path as given to the pipeline. */
  path: string;
  /** File name without folder. */
  name: string;
  /** File stem, used as the id of the file's first article. */
  stem: string;
  /** Decoded text: BOM removed, line ends as in the file. */
  text: string;
  encoding: string;
  bytes: number;
  /** Content hash of the bytes (sha256, hex). */
  hash: string;
  /** Hash of the text as read (see ingest's textHash): the same article in another encoding or with other line ends has the same. */
  textHash: string;
}

/** A statistical figure with its meaning and its provenance. */
export interface Figure {
  /** `f<n>`, unique in its article; the anchor of the figure on the reading page. */
  id: string;
  /** The figure as written (number, scale, unit), e.g. `96万标箱`, `11%`, `七成多`. */
  surface: string;
  /** [start, end) in the file's decoded text. */
  start: number;
  end: number;
  /** The sentence it came from, as read (page breaks joined). */
  sentence: string;
  sentenceIndex: number;
  /** Where it sits on the reading page: block index and [from, to) in the block's text. */
  block: number;
  from: number;
  to: number;
  /** Value in base units: 20.5万亿元 -> 20500000000000; 11% -> 11. */
  value: number;
  unit: Unit;
  /** The unit word as written (亿元, 万标箱, 列…). */
  unitWord: string;
  measure: Measure;
  indicator: string | null;
  /** Which kind, where the indicator keeps one (trade: 货物贸易, 服务贸易; income: 城镇居民), and a share's base (占全国); parts joined by `·`. */
  detail: string | null;
  /** The place as written (its canonical name), or null. */
  region: string | null;
  regionSlug: string | null;
  period: Period | null;
  approx: Approx | null;
  /** A goal or forecast the text sets (力争…突破8000亿元, a figure for a year still to come), not a
   * statistic it reports: shown on its article, never in an indicator's series. */
  goal: boolean;
  /** Which way a change or an average growth went, from the words before it (增长 up, 下降 down);
   * null where they do not say. `value` stays as written: 下降3.2% is 3.2 going down. */
  direction: 'up' | 'down' | null;
  range?: { low: number; high: number };
  /** A short reading of the figure, Chinese first (shown on hover and focus). */
  label: string;
}
