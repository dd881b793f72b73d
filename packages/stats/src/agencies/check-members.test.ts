import { expect, test } from 'vitest';
import { makeReport } from '../../test/reports.ts';
import { checkMembers } from './check-members.ts';

const received = 'applications.newlyReceived.total';
const members = [makeReport('2021', { agency: 'a' }, { [received]: 3 }), makeReport('2021', { agency: 'b' }, { [received]: 4 })];

test('checks an aggregate report against its members with core’s AG rules', () => {
  const wrong = makeReport('2021', { agency: 'region', scope: 'aggregate' }, { [received]: 8 });
  const result = checkMembers(wrong, members);
  expect(result.checked).toBe(true);
  const failing = result.diagnostics.filter((d) => d.rule === 'AG.R1' && d.status === 'fail');
  expect(failing).toHaveLength(1);
  expect(failing[0]).toMatchObject({ expected: 7, actual: 8 });
  const right = makeReport('2021', { agency: 'region', scope: 'aggregate' }, { [received]: 7 });
  expect(checkMembers(right, members).diagnostics.filter((d) => d.rule === 'AG.R1' && d.status === 'fail')).toEqual([]);
});

test('does not check a report whose scope is not aggregate', () => {
  const government = makeReport('2021', { agency: 'gov', scope: 'government' }, { [received]: 8 });
  expect(checkMembers(government, members)).toEqual({
    checked: false,
    reason: "meta.scope is 'government', not 'aggregate': AG rules apply only to aggregate reports",
    diagnostics: [],
  });
});
