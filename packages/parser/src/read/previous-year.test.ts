import { describe, expect, it } from 'vitest';
import { createEmptyReport, setCell } from '@disclosure/core';
import { findCarriedOver } from './previous-year.ts';

describe('findCarriedOver', () => {
  it('states last year’s 结转下年度 cells as this year’s 上年结转, leaving blank cells out', () => {
    const previous = createEmptyReport('2021');
    setCell(previous, 'applications.carriedForwardToNextYear.naturalPerson', 4);
    setCell(previous, 'applications.carriedForwardToNextYear.total', 6);
    const stated = findCarriedOver(previous);
    expect([...stated]).toEqual([
      ['applications.carriedOverFromLastYear.naturalPerson', { values: [4], by: 'previousYear' }],
      ['applications.carriedOverFromLastYear.total', { values: [6], by: 'previousYear' }],
    ]);
  });

  it('reads a 2019 report for a 2021 one: the applicant columns are the same', () => {
    const previous = createEmptyReport('2019');
    setCell(previous, 'applications.carriedForwardToNextYear.otherOrganization', 0);
    expect(findCarriedOver(previous).get('applications.carriedOverFromLastYear.otherOrganization')).toEqual({ values: [0], by: 'previousYear' });
  });
});
