import { expect, test } from 'vitest';
import { zeros } from '../../test/zeros.ts';
import type { Report, Report2019 } from '../model/report.ts';
import { setCell } from '../paths/set-cell.ts';
import { checkAggregate } from './check-aggregate.ts';

function region(edition: '2019' | '2021') {
  const aggregate = zeros(edition);
  aggregate.meta.scope = 'aggregate';
  aggregate.meta.agency = '某市人民政府';
  const members = [zeros(edition), zeros(edition)];
  members[0]!.meta.agency = '甲局';
  members[1]!.meta.agency = '乙局';
  return { aggregate, members: members as [Report, Report] };
}

test('AG.R1: the sum over members ok; a wrong sum with the exact message', () => {
  const { aggregate, members } = region('2021');
  for (const report of [members[0], members[1]]) {
    setCell(report, 'reviewAndLitigation.administrativeReview.upheld', 1);
    setCell(report, 'reviewAndLitigation.administrativeReview.total', 1);
  }
  setCell(aggregate, 'reviewAndLitigation.administrativeReview.upheld', 2);
  setCell(aggregate, 'reviewAndLitigation.administrativeReview.total', 2);
  expect(checkAggregate(aggregate, members)).toEqual([]);
  setCell(aggregate, 'reviewAndLitigation.administrativeReview.upheld', 3);
  const found = checkAggregate(aggregate, members);
  expect(found[0]).toEqual({
    rule: 'AG.R1',
    severity: 'warning',
    status: 'fail',
    message: '汇总报告 表四 行政复议 结果维持 = 各成员之和，不成立：汇总数为 3，按其余单元格应为 2',
    messageEn: 'Aggregate Table 4 › Administrative review › Upheld = the members’ sum does not hold: the aggregate is 3, the other cells give 2',
    paths: ['reviewAndLitigation.administrativeReview.upheld'],
    expected: 2,
    actual: 3,
  });
  // AG.R3: the aggregate's own T4.R1 now fails too
  expect(found.map((d) => d.rule)).toEqual(['AG.R1', 'AG.R3']);
  expect(found[1]!.message).toBe(
    '汇总报告未通过 T4.R1：表四“行政复议”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结，不成立：总计为 2，按其余单元格应为 3',
  );
});

test('a member’s blank cell is not assessable, never summed as 0', () => {
  const { aggregate, members } = region('2019');
  setCell(members[1], 'applications.granted.legalServiceInstitution', null);
  const found = checkAggregate(aggregate, members, { blankAsZero: true });
  expect(found).toEqual([
    {
      rule: 'AG.R1',
      severity: 'info',
      status: 'notAssessable',
      message: '汇总报告 表三 （一）予以公开 法律服务机构 = 各成员之和，无法判断：成员 2（乙局）的 表三 （一）予以公开 法律服务机构 为空',
      messageEn:
        'Aggregate Table 3 › Granted › Legal service institutions = the members’ sum: not assessable, blank: member 2 “乙局”: Table 3 › Granted › Legal service institutions',
      paths: ['applications.granted.legalServiceInstitution'],
    },
  ]);
});

test('AG.R2: fee amounts in 万元 agree within half a unit of each printed decimal', () => {
  const { aggregate, members } = region('2021');
  const fee = 'activeDisclosure.art20Item8.administrativeFees.feeAmount';
  setCell(members[0], fee, 1.23, '1.23');
  setCell(members[1], fee, 2.5, '2.50');
  setCell(aggregate, fee, 3.7, '3.7'); // 3.73 ± 0.01 against 3.7 ± 0.05: overlap
  expect(checkAggregate(aggregate, members)).toEqual([]);
  setCell(aggregate, fee, 3.8, '3.8'); // 3.75–3.85 vs 3.72–3.74: apart
  expect(checkAggregate(aggregate, members).map((d) => [d.rule, d.message, d.expected])).toEqual([
    ['AG.R2', '汇总报告 表二 行政事业性收费 本年收费金额（单位：万元） = 各成员之和，不成立：汇总数为 3.8，按其余单元格应为 3.73', 3.73],
  ]);
});

test('AG.R2: procurement amounts need one known unit', () => {
  const { aggregate, members } = region('2019');
  const path = 'activeDisclosure.art20Item9.centralizedProcurement';
  for (const report of [aggregate, ...members] as Report2019[]) report.tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = '元';
  setCell(members[0], `${path}.procurementTotalAmount`, 100);
  setCell(aggregate, `${path}.procurementTotalAmount`, 100);
  expect(checkAggregate(aggregate, members)).toEqual([]);
  (members[1] as Report2019).tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = '万元';
  setCell(members[1], `${path}.procurementTotalAmount`, 5);
  expect(checkAggregate(aggregate, members).map((d) => [d.rule, d.status, d.message])).toEqual([
    ['AG.R2', 'notAssessable', '采购总金额无法相加：汇总报告的单位为 元、成员 1（甲局）的 单位为 元、成员 2（乙局）的 单位为 万元'],
  ]);
});

test('runs only on an aggregate', () => {
  const { aggregate, members } = region('2021');
  aggregate.meta.scope = 'government';
  setCell(aggregate, 'applications.granted.total', 5);
  expect(checkAggregate(aggregate, members)).toEqual([]);
});
