import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../test/corpus.ts';
import { fromText } from '../text/from-text.ts';
import { listedPerRule } from './bounded-notes.ts';
import { maxTableRuns } from './too-many-values.ts';

const report = readFileSync(`${corpusDir}2020-yueqing-xianxi-town.txt`, 'utf8').split('\n');
const firstRow = report.findIndex((line) => line.startsWith('一、本年新收政府信息公开申请数量'));

/** The corpus report with `count` stray rows of figures (each its own run of values) in table 3, above its first row. */
function withStrayRows(count: number): string {
  const stray = Array.from({ length: count }, (_, i) => `备注${i}\t${i + 1}\t${i + 2}`);
  return [...report.slice(0, firstRow), ...stray, ...report.slice(firstRow)].join('\n');
}

describe('a table whose stretch holds too many runs of values', () => {
  it('is left unread with parser/table-too-large past the limit; the other tables are still read', () => {
    const result = fromText(withStrayRows(maxTableRuns + 1));
    const note = result.diagnostics.find((d) => d.rule === 'parser/table-too-large');
    expect(note?.paths[0]).toBe('applications.newlyReceived.naturalPerson');
    expect(note?.place).toEqual({ kind: 'text', line: firstRow + 1 + maxTableRuns, column: expect.any(Number) });
    const unread = result.coverage.unreadPaths;
    expect(unread.some((path) => path.startsWith('applications.'))).toBe(true);
    expect(unread.filter((path) => !path.startsWith('applications.'))).toEqual([]);
    expect(result.report.tables.activeDisclosure.art20Item1.regulations.issuedThisYear).not.toBeNull();
  });

  it('is read at the limit, its stray rows noted: the first few one by one, the rest in one count', () => {
    const clean = fromText(report.join('\n'));
    const result = fromText(withStrayRows(maxTableRuns - 60));
    expect(result.diagnostics.some((d) => d.rule === 'parser/table-too-large')).toBe(false);
    expect(result.report.tables.applications).toEqual(clean.report.tables.applications);
    const stray = result.diagnostics.filter((d) => d.rule === 'parser/unlabelled-values');
    expect(stray).toHaveLength(listedPerRule + 1);
    expect(stray.at(-1)!.message).toMatch(new RegExp(`^另有 ${maxTableRuns - 60 - listedPerRule - clean.diagnostics.filter((d) => d.rule === 'parser/unlabelled-values').length} 条同类问题未逐条列出`, 'u'));
  });
});
