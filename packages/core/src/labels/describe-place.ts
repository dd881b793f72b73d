import type { Place } from '../diagnostics/place.ts';
import type { Language } from './language.ts';

/**
 * Where a value was read, in words: `第 57 行第 3 列`, `第 4 页`, `第 2 个表格第 5 行第 3 格`, `正文第 3 段` (an HTML
 * page's running text), or in English `line 57, column 3`, `page 4`, `table 2, row 5, cell 3`, `paragraph 3 of the text`.
 */
export function describePlace(place: Place, language: Language): string {
  const zh = language === 'zh';
  switch (place.kind) {
    case 'text':
      return zh ? `第 ${place.line} 行第 ${place.column} 列` : `line ${place.line}, column ${place.column}`;
    case 'pdf':
      return zh ? `第 ${place.page} 页` : `page ${place.page}`;
    case 'html':
      // table 0: the running text of the page, counted in paragraphs
      if (place.table === 0) return zh ? `正文第 ${place.row} 段` : `paragraph ${place.row} of the text`;
      return zh ? `第 ${place.table} 个表格第 ${place.row} 行第 ${place.cell} 格` : `table ${place.table}, row ${place.row}, cell ${place.cell}`;
    case 'docx':
      return zh ? `第 ${place.table} 个表格第 ${place.row} 行第 ${place.cell} 格` : `table ${place.table}, row ${place.row}, cell ${place.cell}`;
  }
}
