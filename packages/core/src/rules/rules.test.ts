// Every in-report rule: an ok example (no diagnostic of that rule) and a not-ok example with its exact message.
import { describe, expect, test } from 'vitest';
import { withText, zeros } from '../../test/zeros.ts';
import type { RuleId } from '../catalogue/rules.ts';
import { ruleCatalogue } from '../catalogue/rules.ts';
import type { Report } from '../model/report.ts';
import { setCell } from '../paths/set-cell.ts';
import { validate } from '../validate/validate.ts';
import { reportRules } from './registry.ts';
import { litigationTotal } from './t4-r3.ts';

interface Case {
  readonly rule: RuleId;
  readonly ok: () => Report;
  readonly notOk: () => Report;
  readonly severity: 'error' | 'warning' | 'info';
  readonly status?: 'fail' | 'notAssessable';
  readonly message: string;
}

const cases: Case[] = [
  {
    rule: 'T3.R1',
    ok: () => zeros('2019'),
    notOk: () => setCell(setCell(zeros('2019'), 'applications.newlyReceived.naturalPerson', 2), 'applications.newlyReceived.total', 2),
    severity: 'error',
    message: '表三“自然人”列：本年新收 + 上年结转 = （七）总计 + 结转下年度，不成立：（七）总计为 0，按其余单元格应为 2',
  },
  {
    rule: 'T3.R2',
    ok: () => zeros('2021'),
    notOk: () => setCell(setCell(zeros('2021'), 'applications.granted.naturalPerson', 1), 'applications.granted.total', 1),
    severity: 'error',
    message: '表三“自然人”列：（七）总计 = （一）至（六）之和，不成立：（七）总计为 0，按其余单元格应为 1',
  },
  {
    rule: 'T3.R3',
    ok: () => zeros('2019'),
    notOk: () => setCell(zeros('2019'), 'applications.denied.stateSecret.total', 3),
    severity: 'error',
    message: '表三 （三）不予公开 1.属于国家秘密 行：总计 = 六类申请人之和，不成立：总计为 3，按其余单元格应为 0',
  },
  {
    rule: 'T3.R4',
    ok: () => zeros('2019'),
    notOk: () => setCell(zeros('2019'), 'applications.granted.researchInstitution', 1.5),
    severity: 'error',
    message: '表三 （一）予以公开 科研机构：应为非负整数，实为 1.5',
  },
  {
    rule: 'T3.R5',
    ok: () => zeros('2021'),
    notOk: () => {
      const report = zeros('2019');
      report.meta.year = 2021;
      return report;
    },
    severity: 'error',
    message: '2021 年度报告应使用 2021 年版格式，实为 2019 年版',
  },
  {
    rule: 'T3.R6',
    ok: () => zeros('2019'),
    notOk: () => setCell(zeros('2019'), 'applications.granted.naturalPerson', null, '/'),
    severity: 'warning',
    status: 'notAssessable',
    message: '表三有 1 个空白或占位符单元格，按未知处理，涉及的勾稽关系无法判断',
  },
  {
    rule: 'T4.R1',
    ok: () => zeros('2021'),
    notOk: () => setCell(zeros('2021'), 'reviewAndLitigation.litigationAfterReview.pending', 2),
    severity: 'error',
    message: '表四“行政诉讼·复议后起诉”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结，不成立：总计为 0，按其余单元格应为 2',
  },
  {
    rule: 'T4.R2',
    ok: () => zeros('2021'),
    notOk: () => setCell(setCell(zeros('2021'), 'reviewAndLitigation.administrativeReview.upheld', -1), 'reviewAndLitigation.administrativeReview.total', -1),
    severity: 'error',
    message: '表四 行政复议 结果维持：应为非负整数，实为 -1',
  },
  {
    rule: 'T2.R1',
    ok: () => setCell(zeros('2019'), 'activeDisclosure.art20Item5.administrativeLicensing.changeThisYear', -417),
    notOk: () => setCell(zeros('2021'), 'activeDisclosure.art20Item8.administrativeFees.feeAmount', -0.5),
    severity: 'error',
    message: '表二 行政事业性收费 本年收费金额（单位：万元）：应为非负数，实为 -0.5',
  },
  {
    rule: 'T2.R2',
    ok: () => setCell(zeros('2021'), 'activeDisclosure.art20Item1.regulations.currentlyValid', 4),
    notOk: () => setCell(zeros('2021'), 'activeDisclosure.art20Item1.normativeDocuments.issuedThisYear', 3),
    severity: 'warning',
    message: '表二“行政规范性文件”现行有效件数 0 小于本年制发件数 3',
  },
  {
    rule: 'T2.R3',
    ok: () => setCell(zeros('2021'), 'activeDisclosure.art20Item8.administrativeFees.feeAmount', 7545, '7545.00'),
    notOk: () => setCell(zeros('2021'), 'activeDisclosure.art20Item8.administrativeFees.feeAmount', 2500, '2500元'),
    severity: 'warning',
    message: '表二（八）收费金额印为“2500元”，单位应为万元，疑为按元填报',
  },
  {
    rule: 'T2.R4',
    ok: () => setCell(zeros('2019'), 'activeDisclosure.art20Item1.normativeDocuments.newlyPublished', 0),
    notOk: () => setCell(zeros('2019'), 'activeDisclosure.art20Item1.regulations.newlyPublished', 5),
    severity: 'warning',
    message: '表二“规章”本年新公开数量 5 大于对外公开总数量 0',
  },
  {
    rule: 'T2.R5',
    ok: () =>
      setCell(
        setCell(zeros('2019'), 'activeDisclosure.art20Item5.administrativeLicensing.previousYearItems', 716),
        'activeDisclosure.art20Item5.administrativeLicensing.changeThisYear',
        -417,
      ),
    notOk: () =>
      setCell(
        setCell(zeros('2019'), 'activeDisclosure.art20Item6.administrativePenalty.previousYearItems', 3),
        'activeDisclosure.art20Item6.administrativePenalty.changeThisYear',
        -5,
      ),
    severity: 'warning',
    message: '表二“行政处罚”上一年项目数量 3 加本年增/减 -5 为负数 -2',
  },
  {
    rule: 'T2.R6',
    ok: () => {
      const report = setCell(zeros('2019'), 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount', 251000, '251000元');
      report.tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = '元';
      return report;
    },
    notOk: () => setCell(zeros('2019'), 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount', 567086),
    severity: 'warning',
    message: '表二（九）采购总金额 567086 未注明单位（元或万元），金额无法换算',
  },
  {
    rule: 'XT.R1',
    ok: () => withText(setCell(setCell(zeros('2021'), 'applications.newlyReceived.total', 8), 'applications.newlyReceived.naturalPerson', 8), 'applications', '全年共收到政府信息公开申请 8 件。'),
    notOk: () => withText(zeros('2021'), 'overview', '本年度共受理政府信息公开申请12件，均已按时答复。'),
    severity: 'warning',
    message: '正文“受理政府信息公开申请12件”与表三“一、本年新收”总计不符：正文为 12，表中为 0',
  },
  {
    rule: 'XT.R2',
    ok: () => withText(zeros('2021'), 'applications', '收到的申请已全部办结，办结 0 件。'),
    notOk: () => withText(zeros('2021'), 'applications', '本年度依申请公开办结 5 件。'),
    severity: 'warning',
    message: '正文“办结5件”与表三“（七）总计”不符：正文为 5，表中为 0',
  },
  {
    rule: 'XT.R3',
    ok: () => withText(zeros('2019'), 'applications', '无下年度结转。'),
    notOk: () => withText(zeros('2019'), 'applications', '结转下年度继续办理 2 件。'),
    severity: 'warning',
    message: '正文“结转下年度继续办理2件”与表三“四、结转下年度继续办理”总计不符：正文为 2，表中为 0',
  },
  {
    rule: 'XT.R4',
    ok: () => withText(zeros('2019'), 'applications', '其中予以公开 0 件，不予公开 0 件。'),
    notOk: () => withText(zeros('2019'), 'applications', '其中予以公开及部分公开258件，不予公开0件。'),
    severity: 'warning',
    message: '正文“予以公开及部分公开258件”与表三“予以公开及部分公开”合计不符：正文为 258，表中为 0',
  },
  {
    rule: 'XT.R5',
    ok: () => withText(zeros('2021'), 'reviewAndLitigation', '本年度未发生行政复议、行政诉讼案件，行政诉讼0件。'),
    notOk: () => withText(zeros('2021'), 'overview', '全年被申请行政复议 2 件，均获维持。'),
    severity: 'warning',
    message: '正文“行政复议2件”与表四“行政复议”总计不符：正文为 2，表中为 0',
  },
  {
    rule: 'XT.R6',
    ok: () => withText(zeros('2021'), 'overview', '本年度修订内部规章制度 5 项。'),
    notOk: () => withText(zeros('2021'), 'activeDisclosure', '全年制发行政规范性文件 3 件。'),
    severity: 'warning',
    message: '正文“制发行政规范性文件3件”与表二“规范性文件”制发件数不符：正文为 3，表中为 0',
  },
  {
    rule: 'XT.R7',
    ok: () =>
      withText(
        setCell(setCell(setCell(setCell(zeros('2021'), 'applications.otherHandling.overdueFee.naturalPerson', 1), 'applications.otherHandling.overdueFee.total', 1), 'applications.carriedOverFromLastYear.naturalPerson', 1), 'applications.carriedOverFromLastYear.total', 1),
        'otherMatters',
        '本年度发出收费通知 1 件，收取信息处理费 0 元。',
      ),
    notOk: () =>
      withText(
        setCell(setCell(zeros('2021'), 'applications.otherHandling.overdueFee.naturalPerson', 2), 'applications.otherHandling.overdueFee.total', 2),
        'otherMatters',
        '无。',
      ),
    severity: 'warning',
    message: '表三有 2 件因逾期未缴费不再处理，第六部分未说明信息处理费或收费通知',
  },
  {
    rule: 'XT.R8',
    ok: () => {
      const report = zeros('2019');
      for (const key of ['overview', 'activeDisclosure', 'applications', 'reviewAndLitigation', 'problemsAndImprovements', 'otherMatters'] as const) withText(report, key, '');
      report.preamble = '全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
      return report;
    },
    notOk: () => {
      const report = zeros('2021');
      for (const key of ['overview', 'activeDisclosure', 'applications', 'reviewAndLitigation', 'problemsAndImprovements', 'otherMatters'] as const) withText(report, key, '');
      report.preamble = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
      return report;
    },
    severity: 'warning',
    message: '正文称全文六部分（列出 5 项），实有 6 个部分标题',
  },
  {
    rule: 'XT.R9',
    ok: () => withText(zeros('2019'), 'overview', '本报告中所列数据的统计期限自 2020 年 1 月 1 日至 2020 年 12 月 31 日止。'),
    notOk: () => withText(zeros('2019'), 'overview', '统计期限为2019年1月1日至12月31日。'),
    severity: 'warning',
    message: '统计期限“2019年1月1日至12月31日”与报告年度 2020 不符',
  },
];

describe.each(cases)('$rule', (c) => {
  test('ok example: no diagnostic of the rule', () => {
    expect(validate(c.ok()).filter((d) => d.rule === c.rule)).toEqual([]);
  });
  test('not-ok example: the exact message', () => {
    const found = validate(c.notOk()).filter((d) => d.rule === c.rule);
    expect(found[0]).toMatchObject({ rule: c.rule, severity: c.severity, status: c.status ?? 'fail', message: c.message });
    expect(found[0]!.messageEn).toMatch(/\S/);
  });
});

test('every in-report rule of the catalogue is registered, in catalogue order, and has a case here or a reason not to', () => {
  const inReport = ruleCatalogue.filter((rule) => rule.kind === 'report' || rule.kind === 'text' || rule.kind === 'derived').map((rule) => rule.id);
  expect(reportRules.map((rule) => rule.id)).toEqual(inReport);
  expect(new Set(ruleCatalogue.map((rule) => rule.id)).size).toBe(ruleCatalogue.length);
  expect(Object.keys(ruleCatalogue[0]!)).toEqual(['id', 'severity', 'editions', 'kind', 'zh', 'en']);
  const tested = new Set(cases.map((c) => c.rule));
  expect(inReport.filter((id) => !tested.has(id))).toEqual(['T4.R3']);
});

test('T4.R3 derives the litigation total for the prose checks and reports nothing itself', () => {
  const report = setCell(setCell(zeros('2021'), 'reviewAndLitigation.litigationWithoutReview.total', 2), 'reviewAndLitigation.litigationAfterReview.total', 3);
  expect(litigationTotal(report)).toBe(5);
  expect(litigationTotal(setCell(report, 'reviewAndLitigation.litigationAfterReview.total', null))).toBeNull();
  expect(validate(report).filter((d) => d.rule === 'T4.R3')).toEqual([]);
});

test('T3.R5 warns, not errs, on the 2021 report with one （六） row, and keeps T3.R1–R3 assessable', () => {
  const report = zeros('2021');
  (report.tables.applications as { otherHandling: unknown }).otherHandling = {
    naturalPerson: 1, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceInstitution: 0, otherOrganization: 0, total: 1,
  };
  const diagnostics = validate(report);
  expect(diagnostics.find((d) => d.rule === 'T3.R5')).toMatchObject({
    severity: 'warning',
    message: '表三（六）其他处理印为一行，缺 2021 年版的三个子行；按一行七个单元格核算',
  });
  const t3r2 = diagnostics.filter((d) => d.rule === 'T3.R2');
  expect(t3r2.map((d) => d.paths[0])).toEqual(['applications.totalProcessed.naturalPerson', 'applications.totalProcessed.total']);
  expect(t3r2[0]!.paths).toContain('applications.otherHandling.naturalPerson');
});

test('options.rules switches a rule off or re-grades it; blankAsZero counts blanks as 0', () => {
  const report = setCell(zeros('2019'), 'reviewAndLitigation.administrativeReview.total', 1);
  expect(validate(report, { rules: { 'T4.R1': 'off' } })).toEqual([]);
  expect(validate(report, { rules: { 'T4.R1': 'warning' } })[0]!.severity).toBe('warning');
  const blank = setCell(zeros('2019'), 'reviewAndLitigation.administrativeReview.upheld', null);
  expect(validate(blank).map((d) => [d.rule, d.status, d.severity])).toEqual([['T4.R1', 'notAssessable', 'info']]);
  expect(validate(blank, { blankAsZero: true })).toEqual([]);
  setCell(blank, 'reviewAndLitigation.administrativeReview.total', 4);
  expect(validate(blank, { blankAsZero: true })[0]).toMatchObject({ rule: 'T4.R1', status: 'fail', expected: 0, actual: 4 });
});

test('XT.R1 takes a plain figure equal to 新收 + 上年结转 as agreeing (平潭 2022: 75 = 74 + 1)', () => {
  const report = zeros('2021');
  setCell(report, 'applications.newlyReceived.naturalPerson', 74);
  setCell(report, 'applications.newlyReceived.total', 74);
  setCell(report, 'applications.carriedOverFromLastYear.naturalPerson', 1);
  setCell(report, 'applications.carriedOverFromLastYear.total', 1);
  withText(report, 'overview', '2022年，全区收到政府信息公开申请75件，涉及自然人72件。');
  expect(validate(report).filter((d) => d.rule === 'XT.R1')).toEqual([]);
  withText(report, 'overview', '2022年，全区收到政府信息公开申请17件。');
  expect(validate(report).filter((d) => d.rule === 'XT.R1').map((d) => d.message)).toEqual([
    '正文“收到政府信息公开申请17件”与表三“一、本年新收”总计不符：正文为 17，表中为 74',
  ]);
  // with 上年结转 unread, 75 may be 74 + it: nothing to find
  withText(report, 'overview', '2022年，全区收到政府信息公开申请75件。');
  setCell(report, 'applications.carriedOverFromLastYear.total', null);
  expect(validate(report).filter((d) => d.rule === 'XT.R1' && d.status === 'fail')).toEqual([]);
});
