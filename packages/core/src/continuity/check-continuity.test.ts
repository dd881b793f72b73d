import { expect, test } from 'vitest';
import { zeros } from '../../test/zeros.ts';
import { setCell } from '../paths/set-cell.ts';
import { checkContinuity } from './check-continuity.ts';

const pair = (edition: '2019' | '2021') => {
  const previous = zeros(edition);
  const current = zeros(edition);
  previous.meta.year = edition === '2019' ? 2019 : 2022;
  current.meta.year = previous.meta.year + 1;
  return { previous, current };
};

test('XY.R1 ok, and not ok with the exact message', () => {
  const { previous, current } = pair('2021');
  expect(checkContinuity(previous, current)).toEqual([]);
  setCell(previous, 'applications.carriedForwardToNextYear.naturalPerson', 3);
  expect(checkContinuity(previous, current)[0]).toEqual({
    rule: 'XY.R1',
    severity: 'warning',
    status: 'fail',
    message: '表三“自然人”列：本年“上年结转” = 上年“结转下年度继续办理”，不成立：本年上年结转为 0，按其余单元格应为 3',
    messageEn: 'Table 3, column “Natural persons”: carried over this year = carried forward last year does not hold: carried over this year is 0, the other cells give 3',
    paths: ['applications.carriedOverFromLastYear.naturalPerson', 'applications.carriedForwardToNextYear.naturalPerson'],
    expected: 3,
    actual: 0,
  });
});

test('XY.R2 (2021 → 2022) ok, and not ok with the exact message', () => {
  const { previous, current } = pair('2021');
  setCell(previous, 'activeDisclosure.art20Item1.regulations.currentlyValid', 10);
  setCell(current, 'activeDisclosure.art20Item1.regulations.issuedThisYear', 2);
  setCell(current, 'activeDisclosure.art20Item1.regulations.repealedThisYear', 1);
  setCell(current, 'activeDisclosure.art20Item1.regulations.currentlyValid', 11);
  expect(checkContinuity(previous, current)).toEqual([]);
  setCell(current, 'activeDisclosure.art20Item1.regulations.currentlyValid', 12);
  expect(checkContinuity(previous, current).map((d) => [d.rule, d.message])).toEqual([
    ['XY.R2', '表二“规章”：现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止，不成立：本年现行有效件数为 12，按其余单元格应为 11'],
  ]);
});

test('XY.R3 (2019 → 2020) ok, and not ok with the exact message', () => {
  const { previous, current } = pair('2019');
  setCell(previous, 'activeDisclosure.art20Item5.administrativeLicensing.previousYearItems', 716);
  setCell(previous, 'activeDisclosure.art20Item5.administrativeLicensing.changeThisYear', -417);
  setCell(current, 'activeDisclosure.art20Item5.administrativeLicensing.previousYearItems', 299);
  expect(checkContinuity(previous, current)).toEqual([]);
  setCell(current, 'activeDisclosure.art20Item5.administrativeLicensing.previousYearItems', 298);
  expect(checkContinuity(previous, current).map((d) => [d.rule, d.message, d.expected])).toEqual([
    ['XY.R3', '表二“行政许可”：本年上一年项目数量 = 上年的上一年项目数量 + 上年本年增/减，不成立：本年上一年项目数量为 298，按其余单元格应为 299', 299],
  ]);
});

test('XY.R4: 2020 → 2021 crosses the edition boundary; XY.R1 still runs, table 2 continuity does not', () => {
  const previous = zeros('2019');
  const current = zeros('2021');
  previous.meta.year = 2020;
  current.meta.year = 2021;
  setCell(current, 'applications.carriedOverFromLastYear.total', 4);
  expect(checkContinuity(previous, current).map((d) => [d.rule, d.severity, d.status, d.message])).toEqual([
    ['XY.R1', 'warning', 'fail', '表三“总计”列：本年“上年结转” = 上年“结转下年度继续办理”，不成立：本年上年结转为 4，按其余单元格应为 0'],
    ['XY.R4', 'info', 'notAssessable', '格式由 2019 年版变为 2021 年版，表二栏目已改变，XY.R2、XY.R3 不适用'],
  ]);
});

test('XY.R4: years not consecutive, nothing else runs; blanks are not assessable', () => {
  const { previous, current } = pair('2021');
  current.meta.year = 2025;
  expect(checkContinuity(previous, current).map((d) => [d.rule, d.message])).toEqual([
    ['XY.R4', '两份报告的年度（2022、2025）不相邻，跨年度核对无法进行'],
  ]);
  const blank = pair('2021');
  setCell(blank.previous, 'applications.carriedForwardToNextYear.total', null);
  expect(checkContinuity(blank.previous, blank.current)).toMatchObject([
    { rule: 'XY.R1', status: 'notAssessable', severity: 'info', paths: ['applications.carriedForwardToNextYear.total'] },
  ]);
  expect(checkContinuity(blank.previous, blank.current, { rules: { 'XY.R1': 'off' } })).toEqual([]);
});
