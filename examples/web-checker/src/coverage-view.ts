import { describeCells } from '@disclosure/core';
import type { Coverage, Readings } from '@disclosure/parser';
import type { Language } from './i18n.ts';

/**
 * The coverage line above the findings: how many cells were read, printed blank and left unread. A document
 * with unread cells is said to be incomplete, so that no list of zero errors reads as a clean report.
 */
export function describeCoverage(coverage: Coverage, language: Language): string {
  const zh = language === 'zh';
  const counts = zh
    ? `读取情况：共 ${coverage.cells} 个单元格，已读取 ${coverage.read}，空白 ${coverage.blank}，未读取 ${coverage.unread}`
    : `Read: ${coverage.cells} cells, ${coverage.read} read, ${coverage.blank} blank, ${coverage.unread} unread`;
  if (coverage.complete) return `${counts}${zh ? '。' : '.'}`;
  return zh
    ? `${counts}。未能完整读取：未读取的单元格没有数值，相关规则无法判断，不能视为无错误。`
    : `${counts}. Not read completely: the unread cells have no value, the rules on them cannot be assessed, and no verdict of "no errors" can be given.`;
}

/** Marks the cells whose value the tables' arithmetic chose (`dx-resolved`) or that stay unread (`dx-unread`), saying why in the title. */
export function markReadings(root: ParentNode, readings: Readings, language: Language): void {
  const zh = language === 'zh';
  for (const cell of root.querySelectorAll<HTMLElement>('td[data-path]')) {
    const reading = readings[cell.dataset['path']!];
    cell.classList.remove('dx-resolved', 'dx-unread');
    if (reading?.how === 'resolved') {
      cell.classList.add('dx-resolved');
      const by = reading.by.map((rule) => (rule === 'prose' ? (zh ? '正文所述数字' : 'the figures the text states') : rule === 'order' ? (zh ? '表格的行序' : "the format's row order") : rule));
      const excluded = reading.excluded.length > 0 ? (zh ? `，排除了 ${reading.excluded.join('、')}` : `, ruling out ${reading.excluded.join(', ')}`) : '';
      const why = zh ? `数字连写，由 ${by.join('、')} 确定${excluded}` : `digits ran together; decided by ${by.join(', ')}${excluded}`;
      cell.title = cell.title ? `${why}\n${cell.title}` : why;
    } else if (reading?.how === 'unread') {
      cell.classList.add('dx-unread');
      const label = describeCells([cell.dataset['path']!], language);
      const candidates = reading.candidates.filter((value) => value !== null);
      const options = candidates.length > 0 ? (zh ? `；可能为 ${candidates.join('、')}` : `; it may be ${candidates.join(', ')}`) : '';
      const why = zh ? `${label} 未能从原文确定${options}` : `${label} could not be proven from the document${options}`;
      cell.title = cell.title ? `${why}\n${cell.title}` : why;
    }
  }
}
