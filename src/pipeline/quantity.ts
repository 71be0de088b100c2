// What one chart shows: one measure of one quantity, in one unit. Types are its only imports, so
// the browser's chart script can use it without bundling the lexicons the pipeline reads.
import type { Measure, Unit } from './types.ts';

/** One measure of one quantity, in one unit (and unit word, for `other`). */
export interface ChartedQuantity {
  measure: Measure;
  unit: Unit;
  unitWord: string | null;
  detail: string | null;
}

/** The point (any data point) is of the quantity a chart shows. */
export const isOfQuantity = (p: ChartedQuantity, q: ChartedQuantity): boolean =>
  p.measure === q.measure && p.unit === q.unit && p.unitWord === q.unitWord && p.detail === q.detail;
