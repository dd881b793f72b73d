import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../test/corpus.ts';
import { fromText } from '../text/from-text.ts';
import { listedPerRule } from './bounded-notes.ts';
import { maxTableValues } from './too-many-values.ts';

const report = readFileSync(`${corpusDir}2020-yueqing-xianxi-town.txt`, 'utf8').split('\n');
const firstRow = report.findIndex((line) => line.startsWith('一、本年新收政府信息公开申请数量'));

/** The corpus report with `count` stray rows of two figures each in table 3, above its first row. */
function withStrayRows(count: number): string {
  const stray = Array.from({ length: count }, (_, i) => `备注${i}\t${i + 1}\t${i + 2}`);
  return [...report.slice(0, firstRow), ...stray, ...report.slice(firstRow)].join('\n');
}

describe('a table whose stretch holds too many runs of values', () => {
  it('is left unread with parser/table-too-large past the limit, at the line that passes it; the other tables are read', () => {
    const result = fromText(withStrayRows(maxTableValues / 2 + 1));
    const note = result.diagnostics.find((d) => d.rule === 'parser/table-too-large');
    expect(note?.paths[0]).toBe('applications.newlyReceived.naturalPerson');
    // at a stray row: the header rows' empty grid cells count too, so a few rows before the last
    const line = note?.place?.kind === 'text' ? note.place.line : 0;
    expect(line).toBeGreaterThan(firstRow + maxTableValues / 2 - 20);
    expect(line).toBeLessThanOrEqual(firstRow + 1 + maxTableValues / 2);
    const unread = result.coverage.unreadPaths;
    expect(unread.some((path) => path.startsWith('applications.'))).toBe(true);
    expect(unread.filter((path) => !path.startsWith('applications.'))).toEqual([]);
    expect(Object.entries(result.readings).filter(([path, reading]) => path.startsWith('activeDisclosure.') && reading.how === 'direct').length).toBeGreaterThan(10);
  });

  it('is read at the limit, its stray rows noted: the first few one by one, the rest in one count', () => {
    const clean = fromText(report.join('\n'));
    const stray = (maxTableValues - 1000) / 2;
    const result = fromText(withStrayRows(stray));
    expect(result.diagnostics.some((d) => d.rule === 'parser/table-too-large')).toBe(false);
    expect(result.report.tables.applications).toEqual(clean.report.tables.applications);
    const notes = result.diagnostics.filter((d) => d.rule === 'parser/unlabelled-values');
    expect(notes).toHaveLength(listedPerRule + 1);
    const omitted = stray - listedPerRule + clean.diagnostics.filter((d) => d.rule === 'parser/unlabelled-values').length;
    expect(notes.at(-1)!.message).toBe(`另有 ${omitted} 条同类问题未逐条列出，第一条在所示位置`);
    expect(notes.at(-1)!.place).toEqual({ kind: 'text', line: firstRow + 1 + listedPerRule, column: expect.any(Number) });
  });
});
