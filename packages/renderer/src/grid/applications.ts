import { applicantColumns, type Report } from '@disclosure/core';
import type { Grid, GridCell, GridRow } from './grid.ts';
import { rowsOfTable, type TableRow } from './rows-of-table.ts';
import { valueCell } from './value-cell.ts';

/** The printed note in the top-left corner (spec §5.1). */
export const applicationsNote = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Three label columns (三、 · （三） · 1.) and the seven applicant columns. */
const labelColumns = 3;
const columns = labelColumns + applicantColumns.length;

/** The three header rows: the note (3 × 3), 申请人情况 over all seven, 法人或其他组织 over the five organisations. */
function headRows(): GridRow[] {
  const [naturalPerson, ...rest] = applicantColumns;
  const organisations = rest.slice(0, -1);
  const total = rest.at(-1)!;
  return [
    {
      head: true,
      cells: [
        { kind: 'header', text: applicationsNote, colSpan: labelColumns, rowSpan: 3 },
        { kind: 'header', text: '申请人情况', colSpan: applicantColumns.length },
      ],
    },
    {
      head: true,
      cells: [
        { kind: 'header', text: naturalPerson!.zh, rowSpan: 2 },
        { kind: 'header', text: '法人或其他组织', colSpan: organisations.length },
        { kind: 'header', text: total.zh, rowSpan: 2 },
      ],
    },
    { head: true, cells: organisations.map((column) => ({ kind: 'header', text: column.zh })) },
  ];
}

function isResult(row: TableRow): boolean {
  return row.row.group !== undefined;
}

/**
 * Table 3 (spec §5): the three-level applicant header with the 勾稽关系 note, then the rows. `三、本年度办理结果`
 * spans every result row, and （三）（四）（五） — and in 2021 （六） — span their sub-rows. A 2021 report whose
 * （六）其他处理 is one row of seven cells (hasSingleOtherHandlingRow) prints it as one row, like 2019.
 */
export function applicationsGrid(report: Report): Grid {
  const rows = rowsOfTable(report, 'applications');
  const results = rows.filter(isResult).length;
  const out: GridRow[] = headRows();
  let seenResult = false;
  let group: string | undefined;
  for (const entry of rows) {
    const { row, paths } = entry;
    const cells: GridCell[] = [];
    const values = paths.map((path) => valueCell(report, path));
    if (!isResult(entry)) {
      out.push({ cells: [{ kind: 'label', text: row.zh, colSpan: labelColumns }, ...values] });
      continue;
    }
    if (!seenResult) {
      seenResult = true;
      cells.push({ kind: 'label', text: row.group!.zh, rowSpan: results });
    }
    if (row.group!.key === 'results') {
      group = undefined;
      cells.push({ kind: 'label', text: row.zh, colSpan: 2 });
    } else {
      if (row.group!.key !== group) {
        group = row.group!.key;
        const size = rows.filter((other) => other.row.group?.key === group).length;
        cells.push({ kind: 'label', text: row.group!.zh, rowSpan: size });
      }
      cells.push({ kind: 'label', text: row.zh });
    }
    out.push({ cells: [...cells, ...values] });
  }
  return { key: 'applications', columns, widths: [6, 9, 22, ...applicantColumns.map(() => 63 / applicantColumns.length)], rows: out };
}
