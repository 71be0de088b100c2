// How a table block keeps its cells in one text (so offsets, repairs and the traditional-script
// mapping treat it as any other block): cells split by tab, rows by line end, the header row first.
export const TABLE_CELL = '\t';
export const TABLE_ROW = '\n';

export function tableCells(text: string): string[][] {
  return text.split(TABLE_ROW).map((row) => row.split(TABLE_CELL));
}
