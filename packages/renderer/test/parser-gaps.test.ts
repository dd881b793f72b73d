import { createEmptyReport, setCell, type Report } from '@disclosure/core';
import { fromHtml, fromText } from '@disclosure/parser';
import { describe, expect, it } from 'vitest';
import { toHtml, toMarkdown, toText } from '../src/index.ts';
import { withoutSpace } from './compare-reports.ts';

/**
 * Shapes the parser used to lose although the renderer wrote them faithfully, found by the round trips and fixed
 * in the parser (db7e95a); kept as regression tests of the pair. Each also pins the renderer's side: the
 * rendered document holds exactly what must come back.
 */
function base(edition: '2019' | '2021' = '2021'): Report {
  const report = createEmptyReport(edition);
  report.meta.title = '某某县2023年政府信息公开工作年度报告';
  report.sections = {
    overview: { title: '总体情况', text: '本年度工作情况。' },
    activeDisclosure: { title: '主动公开政府信息情况', text: '' },
    applications: { title: '收到和处理政府信息公开申请情况', text: '' },
    reviewAndLitigation: { title: '政府信息公开行政复议、行政诉讼情况', text: '' },
    problemsAndImprovements: { title: '存在的主要问题及改进情况', text: '无。' },
    otherMatters: { title: '其他需要报告的事项', text: '无。' },
  };
  return report;
}

describe('renderer → parser: row label （七）总计 taken as the 总计 column header', () => {
  const report = base();
  for (const [column, value] of Object.entries({ naturalPerson: 3, commercialEnterprise: null, researchInstitution: 1, socialWelfareOrganization: 0, legalServiceInstitution: 0, otherOrganization: 2, total: 6 })) {
    setCell(report, `applications.granted.${column}`, value);
  }

  it('the rendered row prints its total under the 总计 header', () => {
    expect(toText(report)).toContain('三、本年度办理结果\t（一）予以公开\t\t3\t\t1\t0\t0\t2\t6');
  });

  it('a row with a blank cell keeps its total (HTML)', () => {
    const { report: back } = fromHtml(toHtml(report));
    expect(back.tables.applications.granted).toEqual(report.tables.applications.granted);
  });

  it('a row with a blank cell keeps its total (text)', () => {
    const { report: back } = fromText(toText(report));
    expect(back.tables.applications.granted).toEqual(report.tables.applications.granted);
  });
});

describe('renderer → parser: a row of placeholders only is skipped, its printed placeholders lost', () => {
  const report = base();
  setCell(report, 'activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear', null, '/');

  it('the rendered row prints the placeholder', () => {
    expect(toText(report)).toContain('行政许可\t/\t\t');
  });

  it('the placeholder comes back in printed', () => {
    const { report: back } = fromText(toText(report));
    expect(back.printed?.['activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear']).toBe('/');
  });
});

describe('renderer → parser: a number in section 四’s prose is read as a table 4 value', () => {
  const report = base();
  report.sections.reviewAndLitigation = { title: '政府信息公开行政复议、行政诉讼情况', text: '本年度办结行政复议2件。' };
  ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'].forEach((group, g) =>
    ['upheld', 'corrected', 'otherOutcome', 'pending', 'total'].forEach((column, c) => setCell(report, `reviewAndLitigation.${group}.${column}`, g * 5 + c)),
  );

  it('table 4 is read despite the prose before it', () => {
    const { report: back } = fromHtml(toHtml(report));
    expect(back.tables.reviewAndLitigation).toEqual(report.tables.reviewAndLitigation);
  });
});

describe('renderer → parser: Markdown', () => {
  it('a GFM header row `| 行政复议 | 行政复议 | … | 行政诉讼 |` is not read as prose of section 四', () => {
    const report = base();
    const { report: back } = fromText(toMarkdown(report));
    expect(back.sections.reviewAndLitigation?.text).toBe('');
  });

  it('backslash escapes are decoded (`\\<b>` is the text `<b>`)', () => {
    const report = base();
    report.sections.overview = { title: '总体情况', text: '加强<b>标签*星号*的处理。' };
    expect(toMarkdown(report)).toContain('加强\\<b>标签\\*星号\\*的处理。');
    const { report: back } = fromText(toMarkdown(report));
    expect(withoutSpace(back.sections.overview?.text)).toBe('加强<b>标签*星号*的处理。');
  });
});
