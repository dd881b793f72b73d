import { listCellEntries, getCell, sectionCatalogue, tableCatalogue, type Report } from '@disclosure/core';

/** How a test document prints one row: its label and its cells. */
export type RowPrinter = (label: string, cells: string[]) => string[];

const tabRow: RowPrinter = (label, cells) => [[label, ...cells].join('\t')];

/**
 * A report as tab-separated text in the official order, as text extracted from a Word file looks: the test
 * documents of the messy-shape tests are made from it and then damaged on purpose.
 */
export function writeText(report: Report, printRow: RowPrinter = tabRow): string {
  const out: string[] = [`${report.meta.title ?? '某某2022年政府信息公开工作年度报告'}`, ''];
  const cells = (path: string) => {
    const value = getCell(report, path);
    return report.printed?.[path] ?? (value === null || value === undefined ? '' : String(value));
  };
  for (const section of sectionCatalogue) {
    out.push(`${section.ordinal}、${report.sections[section.key]?.title ?? section.zh}`);
    const text = report.sections[section.key]?.text;
    if (text) out.push(text);
    const table = tableCatalogue.find((t) => t.key === section.key);
    if (!table) continue;
    if (table.key === 'applications') out.push('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况');
    if (table.key === 'reviewAndLitigation') {
      out.push('行政复议\t行政诉讼');
      out.push('结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t' + '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t'.repeat(2));
      out.push(listCellEntries(report).filter((e) => e.table.key === 'reviewAndLitigation').map((e) => cells(e.path)).join('\t'));
      continue;
    }
    let group = '';
    const byRow = new Map<string, string[]>();
    for (const entry of listCellEntries(report).filter((e) => e.table.key === table.key)) {
      const key = entry.row.path;
      if (!byRow.has(key)) byRow.set(key, []);
      byRow.get(key)!.push(cells(entry.path));
      if (entry.row.group && entry.row.group.key !== group && table.key === 'activeDisclosure') {
        group = entry.row.group.key;
        out.push(entry.row.group.zh, ['信息内容', ...entry.row.columns.map((c) => c.zh)].join('\t'));
      }
      if (entry.column === entry.row.columns.at(-1)) out.push(...printRow(entry.row.zh, byRow.get(key)!));
    }
  }
  return out.join('\n');
}

/**
 * `writeText`'s text as a PDF→Markdown extraction writes it: a title heading, and each tab-separated line (and each
 * block heading `第二十条…` of table 2) as a pipe-table row, every cell written by `cell`.
 */
export function asMarkdown(text: string, cell: (text: string) => string = (same) => same): string {
  const rows = text.split('\n').map((line) => (line.includes('\t') || line.startsWith('第二十条') ? `| ${line.split('\t').map(cell).join(' | ')} |` : line));
  return `# 报告\n${rows.join('\n')}`;
}
