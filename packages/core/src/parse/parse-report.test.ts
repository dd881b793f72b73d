import { expect, test } from 'vitest';
import fc from 'fast-check';
import { createEmptyReport } from '../empty-report.ts';
import { parseReport } from './parse-report.ts';

test('a valid report parses to itself', () => {
  const report = createEmptyReport('2021');
  expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual({ success: true, report });
});

test('issues name the path and say what is wrong', () => {
  const json = JSON.parse(JSON.stringify(createEmptyReport('2019')));
  json.tables.applications.newlyReceived.naturalPerson = '三';
  json.meta.scope = 'everyone';
  const result = parseReport(json);
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.map((issue) => issue.path)).toEqual([
    ['meta', 'scope'],
    ['tables', 'applications', 'newlyReceived', 'naturalPerson'],
  ]);
  expect(result.issues[1]!.message).toBe('Invalid input: expected number, received string');
});

test('a 2021 （六） that fits neither shape is reported against the closer one', () => {
  const json = JSON.parse(JSON.stringify(createEmptyReport('2021')));
  json.tables.applications.otherHandling.overdueFee.total = 'x';
  const result = parseReport(json);
  expect(result.success ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual(['tables.applications.otherHandling.overdueFee.total']);
});

test('an unknown edition is one issue at edition', () => {
  const result = parseReport({ ...createEmptyReport('2021'), edition: '2022' });
  expect(result.success ? null : result.issues.map((issue) => issue.path)).toEqual([['edition']]);
});

test('never throws, whatever the input', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      const result = parseReport(input);
      expect(result.success).toBe(false);
    }),
  );
  const hostile = { get edition(): string { throw new Error('boom'); } };
  expect(parseReport(hostile)).toEqual({ success: false, issues: [{ path: [], message: 'boom' }] });
});
