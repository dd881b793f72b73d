import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell } from '@disclosure/core';
import { fromHtml } from '@disclosure/parser';

describe('fromHtml on a table 3 continued in a second <table> under a merged label cell', () => {
  it('never reads a row of the second table one column over, by the first table’s columns or another row’s shape', () => {
    // Rows after the cut count their columns from fewer label cells than the rows before it, and than each other
    // (a new group's rows carry their own merged cell); the first row after it prints a blank first cell.
    const html = readFileSync(new URL('fixtures/random-2019.split-table3.html', import.meta.url), 'utf8');
    expect(html).toMatch(/<\/table>\s*<p><\/p>\s*<table[^>]*><tbody><tr><th[^>]*>2\.其他法律行政法规禁止公开/u);
    const { report, coverage } = fromHtml(html, { validate: false });
    const unread = new Set(coverage.unreadPaths);
    const printed = {
      'denied.thirdPartyRights': [null, 7, 0, null, null, 13, null],
      'denied.enforcementCaseFile': [null, 97972, null, 6, 14, null, 2],
    };
    const columns = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceInstitution', 'otherOrganization', 'total'];
    for (const [row, cells] of Object.entries(printed)) {
      columns.forEach((column, i) => {
        const path = `applications.${row}.${column}`;
        if (!unread.has(path)) expect(getCell(report, path), path).toBe(cells[i]);
      });
    }
  });
});
