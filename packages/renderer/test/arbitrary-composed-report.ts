import { listCellEntries, createEmptyReport, setCell, type Edition, type Report } from '@disclosure/core';
import fc from 'fast-check';
import { arbitraryCell } from './arbitrary-report.ts';

/** How the cells of a composed report are filled: at random, all blank, or all zero. */
export type Fill = 'random' | 'null' | 'zero';

/** What a composed report is made of: its edition, the shape of its （六）, how its cells are filled, and its title. */
export interface ComposedShape {
  readonly edition: Edition;
  readonly oneRow: boolean;
  readonly fill: Fill;
  readonly title?: string | undefined;
}

/** The empty report a composed report of `shape` starts from. */
function startOf(shape: ComposedShape): Report {
  return createEmptyReport(shape.edition, { otherHandling: shape.oneRow ? 'oneRow' : undefined });
}

/**
 * A report as an outside project composes it from its data: `createEmptyReport` (with the one-row （六） when asked) and
 * `setCell` for every cell, and nothing else — no sections, no prose, at most a title.
 */
export function composeReport(shape: ComposedShape, cells: ReadonlyArray<{ value: number | null; printed?: string }>): Report {
  const report = startOf(shape);
  if (shape.title !== undefined) report.meta.title = shape.title;
  listCellEntries(report).forEach((entry, i) => setCell(report, entry.path, cells[i]!.value, cells[i]!.printed));
  return report;
}

/** The cells of `shape` filled all blank or all zero; `undefined` for a random fill. */
export function uniformCells(shape: ComposedShape): Array<{ value: number | null }> | undefined {
  if (shape.fill === 'random') return undefined;
  const count = listCellEntries(startOf(shape)).length;
  return Array.from({ length: count }, () => ({ value: shape.fill === 'zero' ? 0 : null }));
}

/**
 * Random composed reports of both editions (and the 2021 one-row （六）): most with random cells (numbers, blanks,
 * placeholders), some all blank and some all zero; with or without a title.
 */
export function arbitraryComposedReport(): fc.Arbitrary<Report> {
  return fc
    .record({
      edition: fc.constantFrom<Edition>('2019', '2021'),
      oneRow: fc.boolean(),
      fill: fc.oneof({ weight: 4, arbitrary: fc.constant<Fill>('random') }, fc.constant<Fill>('null'), fc.constant<Fill>('zero')),
      title: fc.option(fc.constantFrom('某某县2023年政府信息公开工作年度报告', '某某市人民政府办公室2020年政府信息公开工作年度报告'), { nil: undefined }),
    })
    .chain((drawn) => {
      const shape: ComposedShape = { ...drawn, oneRow: drawn.edition === '2021' && drawn.oneRow };
      const uniform = uniformCells(shape);
      if (uniform) return fc.constant(composeReport(shape, uniform));
      const entries = listCellEntries(startOf(shape));
      return fc.tuple(...entries.map((entry) => arbitraryCell(entry.column))).map((cells) => composeReport(shape, cells));
    });
}
