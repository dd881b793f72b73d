import { describe, expect, test } from 'vitest';
import { withText, zeros } from '../../test/zeros.ts';
import type { Report } from '../model/report.ts';
import { validate } from '../validate/validate.ts';
import { extractedOnce } from './prose-cache.ts';
import { proseOf } from './prose.ts';

/** An extractor that counts its runs. */
function counting() {
  let runs = 0;
  const extract = (report: Report) => {
    runs++;
    return proseOf(report, ['preamble', 'overview']);
  };
  return { extract, runs: () => runs };
}

describe('extractedOnce', () => {
  test('runs an extractor once per report and prose', () => {
    const report = withText(zeros('2021'), 'overview', '共收到 3 件');
    const { extract, runs } = counting();
    expect(extractedOnce(report, extract)).toBe('共收到3件');
    expect(extractedOnce(report, extract)).toBe('共收到3件');
    expect(runs()).toBe(1);
  });

  test('runs it again when a section text, a section or the preamble changes', () => {
    const report = withText(zeros('2021'), 'overview', '甲');
    const { extract, runs } = counting();
    extractedOnce(report, extract);
    report.sections.overview!.text = '乙';
    expect(extractedOnce(report, extract)).toBe('乙');
    report.sections.overview = { title: '概述', text: '丙' };
    expect(extractedOnce(report, extract)).toBe('丙');
    report.preamble = '序';
    expect(extractedOnce(report, extract)).toBe('序。丙');
    report.sections.applications = { title: '申请', text: '丁' };
    extractedOnce(report, extract);
    expect(runs()).toBe(5);
  });

  test('a report validated again after its prose changed is checked against the new prose', () => {
    const report = withText(zeros('2021'), 'overview', '本年共收到政府信息公开申请 5 件');
    expect(validate(report).map((d) => d.rule)).toContain('XT.R1');
    report.sections.overview!.text = '本年共收到政府信息公开申请 0 件';
    expect(validate(report).map((d) => d.rule)).not.toContain('XT.R1');
  });
});
