import { describe, expect, test } from 'vitest';
import { withText, zeros } from '../../test/zeros.ts';
import { validate } from '../validate/validate.ts';
import { ReportProse } from './report-prose.ts';

describe('ReportProse', () => {
  test('joins the asked parts, normalised, by 。, leaving out missing and empty ones', () => {
    const report = withText(withText(zeros('2021'), 'overview', '共收到 ３ 件'), 'applications', '');
    report.preamble = '序\u3000言';
    const prose = new ReportProse(report);
    expect(prose.text(['preamble', 'overview', 'applications', 'otherMatters'])).toBe('序言。共收到3件');
    expect(prose.text(['overview'])).toBe('共收到3件');
  });

  test('reads the texts it was made from, and tells whether a report still has them', () => {
    const report = withText(zeros('2021'), 'overview', '甲');
    const prose = new ReportProse(report);
    expect(prose.isOf(report)).toBe(true);
    report.sections.overview!.text = '乙';
    expect(prose.isOf(report)).toBe(false);
    expect(prose.text(['overview'])).toBe('甲');
    expect(new ReportProse(report).isOf(report)).toBe(true);
    report.preamble = '序';
    expect(new ReportProse(withText(zeros('2021'), 'overview', '乙')).isOf(report)).toBe(false);
  });

  test('validate uses a prose passed to it only while it is of the report', () => {
    const report = withText(zeros('2021'), 'overview', '本年共收到政府信息公开申请 5 件');
    const prose = new ReportProse(report);
    expect(validate(report, { prose }).map((d) => d.rule)).toContain('XT.R1');
    report.sections.overview!.text = '本年共收到政府信息公开申请 0 件';
    expect(validate(report, { prose }).map((d) => d.rule)).not.toContain('XT.R1');
    expect(validate(report).map((d) => d.rule)).not.toContain('XT.R1');
  });
});
