/** Where in the source document something was read. Lines, columns, tables, rows and cells count from 1; PDF pages from 1. */
export type Place =
  | { kind: 'text'; line: number; column: number }
  | { kind: 'html'; table: number; row: number; cell: number }
  | { kind: 'docx'; table: number; row: number; cell: number }
  /** `bbox` is `[left, top, right, bottom]` in PDF points, origin at the page's top-left corner. */
  | { kind: 'pdf'; page: number; bbox: readonly [number, number, number, number] };
