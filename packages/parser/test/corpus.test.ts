import { describe, expect, it } from 'vitest';
import { parse } from '@disclosure/parser';
import { compareCells, corpusCases, withoutSpace } from './corpus.ts';

const cases = corpusCases();
const totals = { documents: 0, cells: 0, equal: 0, wrong: 0, missing: 0 };

describe('every corpus document parses to its hand-checked expected report', () => {
  it('has an expected report for every document', () => {
    expect(cases.map((c) => c.name).sort()).toEqual([
      '2020-yueqing-xianxi-town',
      '2022-pingtan-zone',
      '2023-huaian-hongze-district',
      '2024-huaian-city',
      '2024-huaian-hongze-district',
      '2025-shuyang-county',
    ]);
  });

  for (const { name, file, bytes, expected } of cases) {
    describe(name, async () => {
      const { report, diagnostics, sourceMap } = await parse(bytes, { name: file });
      const comparison = compareCells(expected, report);
      totals.documents++;
      totals.cells += comparison.cells;
      totals.equal += comparison.equal.length;
      totals.wrong += comparison.wrong.length;
      totals.missing += comparison.missing.length;

      it('reads the edition and metadata', () => {
        expect(report.edition).toBe(expected.edition);
        const { title, agency, region, year, scope, level, publishedAt } = report.meta;
        expect({ title, agency, region, year, scope, level, publishedAt }).toEqual({
          title: expected.meta.title,
          agency: expected.meta.agency,
          region: expected.meta.region,
          year: expected.meta.year,
          scope: expected.meta.scope,
          level: expected.meta.level,
          publishedAt: expected.meta.publishedAt,
        });
      });

      it('reads every cell as printed, never a wrong number', () => {
        expect(comparison.wrong).toEqual([]);
      });

      it('reports every cell it could not read in a diagnostic', () => {
        const named = new Set(diagnostics.filter((d) => d.rule.startsWith('parser/')).flatMap((d) => d.paths));
        expect(comparison.missing.filter((path) => !named.has(path))).toEqual([]);
      });

      it('keeps what a placeholder printed', () => {
        expect(report.printed ?? {}).toEqual(expected.printed ?? {});
      });

      it('points every read cell back at its place in the source', () => {
        for (const path of comparison.equal) {
          if (report.tables && expected) expect(sourceMap[path], path).toBeDefined();
        }
      });

      it('reads the preamble before section 一, with its reporting period', () => {
        expect(withoutSpace(report.preamble)).toContain(`${expected.meta.year}年1月1日`);
        expect(report.preamble).not.toMatch(/年度报告\s*$|标题[:：]/u);
      });

      it('reads the six sections: titles and cleaned prose', () => {
        for (const key of Object.keys(expected.sections) as Array<keyof typeof expected.sections>) {
          expect(report.sections[key]?.title, key).toBe(expected.sections[key]?.title);
          expect(withoutSpace(report.sections[key]?.text), key).toBe(withoutSpace(expected.sections[key]?.text));
        }
      });
    });
  }

  it('adds up: cells read, wrong and missing over the corpus', () => {
    console.log(
      `corpus: ${totals.documents} documents, ${totals.cells} cells, ${totals.equal} read as printed, ` +
        `${totals.wrong} wrong, ${totals.missing} missing with a diagnostic`,
    );
    expect(totals.wrong).toBe(0);
  });
});
