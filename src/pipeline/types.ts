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
  | 'train'
  | 'ton'
  | 'mu'
  | 'person'
  | 'enterprise'
  | 'item'
  | 'km'
  | 'other';

export type Measure = 'level' | 'change' | 'cagr' | 'share' | 'count' | 'rate';

/** How a figure's period string is written: `2024`, `2024-Q1`, `2024-H1`, `2024-06`, `2019/2023`, `2024-01-01/2024-04-09`. */
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
}
