import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listCellEntries, getCell, hasSingleOtherHandlingRow, ReportSchema, sectionCatalogue, setCell, type Report } from '@disclosure/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryComposedReport, composeReport, uniformCells, type ComposedShape } from './arbitrary-composed-report.ts';
import { cellDifferences } from './compare-reports.ts';
import { formats } from './formats.ts';
import { toText } from '../src/index.ts';

/**
 * Reports an outside project composes from its data (`createEmptyReport` + `setCell`, no prose) render in the official
 * layout and read back, cell for cell, in every format.
 */
const expectedDir = fileURLToPath(new URL('../../../fixtures/corpus/expected/', import.meta.url));

/** Each corpus report's numbers, composed afresh: only its edition, its （六） shape, its cells and their printed text. */
const fromRealNumbers = readdirSync(expectedDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const real = ReportSchema.parse(JSON.parse(readFileSync(`${expectedDir}${file}`, 'utf8'))) as Report;
    const shape: ComposedShape = { edition: real.edition, oneRow: real.edition === '2021' && hasSingleOtherHandlingRow(real), fill: 'random' };
    const cells = listCellEntries(real).map((entry) => {
      const value = getCell(real, entry.path) ?? null;
      const printed = real.printed?.[entry.path];
      return printed === undefined ? { value } : { value, printed };
    });
    return { name: file.replace(/\.json$/u, ''), report: composeReport(shape, cells) };
  });

/** A 2021 one-row （六） printed with all seven cells blank (every other cell 1): its label alone gives its shape. */
const blankOneRow = (() => {
  const shape: ComposedShape = { edition: '2021', oneRow: true, fill: 'random' };
  const report = composeReport(shape, uniformCells({ ...shape, fill: 'zero' })!.map(() => ({ value: 1 })));
  for (const entry of listCellEntries(report)) if (entry.path.startsWith('applications.otherHandling.')) setCell(report, entry.path, null);
  return report;
})();

const uniform: Array<[string, Report]> = (
  [
    { edition: '2019', oneRow: false, fill: 'null' },
    { edition: '2019', oneRow: false, fill: 'zero' },
    { edition: '2021', oneRow: false, fill: 'null' },
    { edition: '2021', oneRow: false, fill: 'zero' },
    { edition: '2021', oneRow: true, fill: 'null' },
    { edition: '2021', oneRow: true, fill: 'zero' },
  ] as const
).map((shape) => [`${shape.edition}${shape.oneRow ? ' one-row （六）' : ''} all ${shape.fill}`, composeReport(shape, uniformCells(shape)!)]);

describe('a composed report prints the whole official skeleton', () => {
  it.each(uniform)('%s: title, the six headings in order and every table header', (_, report) => {
    const text = toText(report);
    const headings = sectionCatalogue.map((entry) => `${entry.ordinal}、${entry.zh}`);
    const lines = text.split('\n');
    expect(lines[0]).toBe('政府信息公开工作年度报告');
    const at = headings.map((heading) => lines.indexOf(heading));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const header of ['第二十条第（一）项', '申请人情况', '（六）其他处理', '（七）总计', '行政复议', '未经复议直接起诉', '复议后起诉']) {
      expect(text).toContain(header);
    }
  });
});

describe.each(formats)('composed reports read back cell for cell: $name', (format) => {
  it.each(fromRealNumbers)('with the numbers of the real report $name', async ({ report }) => {
    const { report: back } = await format.roundTrip(report);
    expect(cellDifferences(report, back)).toEqual([]);
  });

  it.each(uniform)('%s, with the six headings of the official layout', async (_, report) => {
    const { report: back } = await format.roundTrip(report);
    expect(cellDifferences(report, back)).toEqual([]);
    expect(back.meta.title).toBe('政府信息公开工作年度报告');
    expect(sectionCatalogue.map((entry) => back.sections[entry.key])).toEqual(sectionCatalogue.map((entry) => ({ title: entry.zh, text: '' })));
  });

  it('a 2021 one-row （六） left blank keeps its shape', async () => {
    const { report: back } = await format.roundTrip(blankOneRow);
    expect(cellDifferences(blankOneRow, back)).toEqual([]);
  });

  it('random composed reports of both editions (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryComposedReport(), async (report) => {
        const { report: back } = await format.roundTrip(report);
        expect(cellDifferences(report, back)).toEqual([]);
      }),
      { numRuns: format.name === 'docx' ? 25 : 60 },
    );
  });
});
