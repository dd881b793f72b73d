import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, test } from 'vitest';
import { corpusReports, makeReport } from '../../test/reports.ts';
import { aggregate } from '../aggregate/aggregate.ts';
import { toRecords, type TidyRecord } from './tidy-records.ts';
import { toCsv } from './to-csv.ts';
import { toJsonLines } from './to-json-lines.ts';
import { toParquet } from './to-parquet.ts';

/** A strict RFC 4180 reader, to read the export back independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const corpus = corpusReports();
const records = [...toRecords(corpus.values())];

describe('tidy records', () => {
  test('one record per printed cell of each report, with who, where, when, what and status', () => {
    const xianxi = records.filter((r) => r.report === '乐清市仙溪镇人民政府 2020');
    expect(xianxi).toHaveLength(22 + 23 * 7 + 15);
    const city = records.filter((r) => r.report === '淮安市人民政府 2024');
    expect(city).toHaveLength(10 + 25 * 7 + 15);
    expect(city.find((r) => r.path === 'applications.newlyReceived.total')).toEqual({
      report: '淮安市人民政府 2024',
      agency: '淮安市人民政府',
      region: '淮安市',
      level: 'city',
      year: 2024,
      edition: '2021',
      path: 'applications.newlyReceived.total',
      label: '一、本年新收政府信息公开申请数量 · 总计',
      value: 3119,
      status: 'printed',
    });
    expect(xianxi.find((r) => r.path === 'reviewAndLitigation.administrativeReview.total')).toMatchObject({ value: null, status: 'blank' });
  });

  test('a one-row （六） report exports that row, not the sub-rows', () => {
    const hongze = records.filter((r) => r.report === '淮安市洪泽区人民政府 2023');
    expect(hongze.some((r) => r.path === 'applications.otherHandling.total')).toBe(true);
    expect(hongze.some((r) => r.path.startsWith('applications.otherHandling.other.'))).toBe(false);
  });

  test('an aggregate exports its comparable cells with complete / partial / blank', () => {
    const [group] = aggregate([makeReport('2021', { agency: 'a', region: '甲' }, { 'applications.granted.total': 2 }), makeReport('2021', { agency: 'b', region: '甲' })], { by: 'region' });
    const rows = [...toRecords([group!])];
    expect(rows.find((r) => r.path === 'applications.granted.total')).toMatchObject({ report: 'region=甲', region: '甲', edition: '2021', value: 2, status: 'partial' });
    expect(rows.find((r) => r.path === 'applications.granted.naturalPerson')).toMatchObject({ value: null, status: 'blank' });
  });

  test('takes an async iterable', async () => {
    async function* source() {
      yield makeReport('2019', { agency: 'a' });
    }
    const rows: TidyRecord[] = [];
    for await (const record of toRecords(source())) rows.push(record);
    expect(rows).toHaveLength(22 + 23 * 7 + 15);
  });
});

describe('CSV', () => {
  test('UTF-8 with a BOM by default, plain on request; reads back to the same records', () => {
    const csv = toCsv(records);
    expect(csv.startsWith('\uFEFFreport,agency,region,level,year,edition,path,label,value,status\r\n')).toBe(true);
    expect(toCsv(records, { bom: false }).startsWith('report,')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      const record = records[i]!;
      const read = Object.fromEntries(header!.map((name, k) => [name, row[k]]));
      expect(read).toEqual({
        report: record.report,
        agency: record.agency ?? '',
        region: record.region ?? '',
        level: record.level ?? '',
        year: record.year === null ? '' : String(record.year),
        edition: record.edition,
        path: record.path,
        label: record.label,
        value: record.value === null ? '' : String(record.value),
        status: record.status,
      });
    });
  });

  test('quotes commas, quotes, line breaks and edge spaces', () => {
    const tricky = makeReport('2021', { agency: '某局,"办公室"\n二处 ', year: 2024 });
    const csv = toCsv(toRecords([tricky]), { bom: false });
    const rows = parseCsv(csv);
    expect(rows[1]![1]).toBe('某局,"办公室"\n二处 ');
    expect(rows.every((row) => row.length === 10)).toBe(true);
  });

  test.each(['=HYPERLINK("http://example.test","点此")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'writes a text cell starting like a formula (%j) after a quote, so no spreadsheet runs it',
    (agency) => {
      const rows = parseCsv(toCsv(toRecords([makeReport('2021', { agency, year: 2024 })]), { bom: false }));
      expect(rows[1]![1]).toBe(`'${agency}`);
    },
  );

  test('keeps numbers as numbers, negative ones too', () => {
    const csv = toCsv([{ ...records[0]!, value: -3, agency: 'a-b' }], { bom: false });
    expect(parseCsv(csv)[1]).toEqual(expect.arrayContaining(['-3', 'a-b']));
    expect(csv).toContain(',-3,');
  });
});

test('JSON Lines: one object per line', () => {
  const lines = toJsonLines(records).split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.map((line) => JSON.parse(line))).toEqual(records);
});

test('Parquet: reads back with hyparquet to the same records, typed columns and nulls', async () => {
  const bytes = toParquet(records);
  expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  expect(Number(metadata.num_rows)).toBe(records.length);
  expect(metadata.schema.map((column) => [column.name, column.type ?? null])).toEqual([
    ['root', null],
    ['report', 'BYTE_ARRAY'],
    ['agency', 'BYTE_ARRAY'],
    ['region', 'BYTE_ARRAY'],
    ['level', 'BYTE_ARRAY'],
    ['year', 'INT32'],
    ['edition', 'BYTE_ARRAY'],
    ['path', 'BYTE_ARRAY'],
    ['label', 'BYTE_ARRAY'],
    ['value', 'DOUBLE'],
    ['status', 'BYTE_ARRAY'],
  ]);
  const rows = await parquetReadObjects({ file });
  expect(rows).toEqual(records.map((record) => ({ ...record })));
});
