import { expect, test } from 'vitest';
import { listRuntimeModules } from '../test/runtime-graph.ts';
import * as lite from './lite.ts';

test('the lite entry is the main entry without the zod schemas, parseReport and createReportJsonSchema', () => {
  expect(Object.keys(lite).sort()).toEqual([
    'NotAReportError',
    'UnknownCellPathError',
    'activeDisclosureTable',
    'addDecimals',
    'applicantColumns',
    'applicationsTable',
    'assertReport',
    'checkAggregate',
    'checkContinuity',
    'checkReports',
    'createEmptyReport',
    'describeCell',
    'describeCells',
    'describePlace',
    'describeValue',
    'editions',
    'findEditionForYear',
    'formatDecimal',
    'getCell',
    'hasSingleOtherHandlingRow',
    'isPlaceholder',
    'listCellEntries',
    'listCellPaths',
    'outcomeColumns',
    'placeholderCatalogue',
    'readValues',
    'reviewAndLitigationTable',
    'ruleCatalogue',
    'sectionCatalogue',
    'setCell',
    'tableCatalogue',
    'toDecimal',
    'validate',
  ]);
});

test('the lite entry does not load zod; the main entry does', () => {
  expect(listRuntimeModules(new URL('./lite.ts', import.meta.url))).not.toContain('zod');
  expect(listRuntimeModules(new URL('./index.ts', import.meta.url))).toContain('zod');
});

test('without parseReport loaded, a non-report is still refused with NotAReportError, naming no schema issue', () => {
  const refusal = (() => {
    try {
      lite.validate({ edition: '2021' } as never);
    } catch (error) {
      return error;
    }
  })();
  expect(refusal).toBeInstanceOf(lite.NotAReportError);
  expect((refusal as InstanceType<typeof lite.NotAReportError>).detail).toBe('no edition, meta, sections or tables');
});
