// The reviewed Xianxi 2020 report (entered by hand from fixtures/corpus/2020-yueqing-xianxi-town.txt).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseReport } from '../src/parse/parse-report.ts';
import { validate } from '../src/validate/validate.ts';

const json = JSON.parse(readFileSync(new URL('../../../fixtures/corpus/expected/2020-yueqing-xianxi-town.json', import.meta.url), 'utf8'));

test('the Xianxi report fits the model and passes with no error', () => {
  const parsed = parseReport(json);
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  const diagnostics = validate(parsed.report);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(diagnostics).toEqual([
    {
      rule: 'T4.R1',
      severity: 'info',
      status: 'notAssessable',
      message:
        '表四“行政复议”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结，无法判断：表四 行政复议 总计、结果维持、结果纠正、其他结果、尚未审结 为空',
      messageEn:
        'Table 4, “Administrative review”: total = upheld + corrected + other outcome + pending: not assessable, blank: Table 4 › Administrative review › Total, Upheld, Corrected, Other outcome, Pending',
      paths: [
        'reviewAndLitigation.administrativeReview.total',
        'reviewAndLitigation.administrativeReview.upheld',
        'reviewAndLitigation.administrativeReview.corrected',
        'reviewAndLitigation.administrativeReview.otherOutcome',
        'reviewAndLitigation.administrativeReview.pending',
      ],
    },
    {
      rule: 'T2.R6',
      severity: 'warning',
      status: 'fail',
      message: '表二（九）采购总金额 567086 未注明单位（元或万元），金额无法换算',
      messageEn: 'Table 2 (9) procurement amount 567086 has no unit (yuan or 10,000 yuan); it cannot be converted',
      paths: ['activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount'],
      expected: '元 | 万元',
      actual: 'unknown',
    },
  ]);
});

test('the prose as printed: the page-break splits joined, the six parts and the 2020 period agree', () => {
  expect(json.sections.overview.text).toContain('针对政务公开年度工作情况');
  expect(json.sections.problemsAndImprovements.text).toContain('将工作从被动转为主动，');
  expect(json.preamble).toContain('统计限自 2020 年 1 月 1 日至 2020 年 12 月 31 日止');
});
