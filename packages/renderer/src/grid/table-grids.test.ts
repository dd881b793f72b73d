import { applicantColumns, createEmptyReport } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { expandGrid } from './expand-grid.ts';
import { tableGrids } from './table-grids.ts';

describe('tableGrids', () => {
  it('lays table 3 out with the 3 × 3 note, 申请人情况 and 三、本年度办理结果 over every result row', () => {
    const grid = tableGrids.applications(createEmptyReport('2019'));
    expect(grid.columns).toBe(10);
    expect(grid.rows).toHaveLength(3 + 23);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ text: expect.stringContaining('勾稽关系'), colSpan: 3, rowSpan: 3 });
    const results = grid.rows.flatMap((row) => row.cells).find((cell) => cell.text === '三、本年度办理结果');
    expect(results?.rowSpan).toBe(20);
    expect(expandGrid(grid).every((row) => row.length === 10)).toBe(true);
  });

  it('gives the 2021 （六）其他处理 three sub-rows, or one row when the report prints it so', () => {
    const three = tableGrids.applications(createEmptyReport('2021'));
    expect(three.rows).toHaveLength(3 + 25);
    expect(three.rows.flatMap((row) => row.cells).find((cell) => cell.text === '（六）其他处理')?.rowSpan).toBe(3);
    const report = createEmptyReport('2021');
    report.tables.applications.otherHandling = Object.fromEntries(applicantColumns.map((c) => [c.key, 1])) as never;
    const one = tableGrids.applications(report);
    expect(one.rows).toHaveLength(3 + 23);
    expect(one.rows.flatMap((row) => row.cells).find((cell) => cell.text === '（六）其他处理')).toMatchObject({ colSpan: 2 });
    expect(one.rows.flatMap((row) => row.cells).find((cell) => cell.text === '三、本年度办理结果')?.rowSpan).toBe(20);
    expect(one.rows.flatMap((row) => row.cells).filter((cell) => cell.path?.startsWith('applications.otherHandling.'))).toHaveLength(7);
  });

  it('prints table 2 as blocks per article 20 item, a single value spanning the three value columns', () => {
    const grid = tableGrids.activeDisclosure(createEmptyReport('2021'));
    const texts = grid.rows.map((row) => row.cells.map((cell) => cell.text).join('|'));
    expect(texts.filter((text) => text.startsWith('第二十条'))).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    const fee = grid.rows.flatMap((row) => row.cells).find((cell) => cell.path === 'activeDisclosure.art20Item8.administrativeFees.feeAmount');
    expect(fee).toMatchObject({ colSpan: 3, widened: true });
    expect(tableGrids.activeDisclosure(createEmptyReport('2019')).rows.filter((row) => row.cells[0]!.kind === 'group')).toHaveLength(5);
  });

  it('prints table 4 with two header levels over 15 value cells', () => {
    const grid = tableGrids.reviewAndLitigation(createEmptyReport('2019'));
    expect(grid.rows.map((row) => row.cells.length)).toEqual([2, 7, 10, 15]);
    expect(expandGrid(grid).every((row) => row.length === 15)).toBe(true);
  });
});
