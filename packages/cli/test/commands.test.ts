// Every command through the public `run(argv)`, in this process, on the workspace sources (no build needed).
// `--jobs 1` reads in this thread; the worker pool is exercised by cli.test.ts on the built binary.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setCell, parseReport } from '@disclosure/core';
import { describe, expect, test } from 'vitest';
import { capture, root } from './capture.ts';

const xianxi = 'fixtures/corpus/2020-yueqing-xianxi-town.txt';
const temp = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));

describe('check', () => {
  test('the Xianxi sample: findings with cell labels and places, a summary, exit 0 (no error-severity failure)', async () => {
    const { code, stdout, stderr } = await capture(['check', xianxi, '-j', '1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('乐清市仙溪镇人民政府 · 2020 年度 · 2019 年版格式');
    expect(stdout).toContain('[警告] T2.R6  表二 政府集中采购 采购总金额');
    expect(stdout).toContain('应为 元或万元，实为 未注明');
    expect(stdout).toMatch(/位置：第 \d+ 行第 \d+ 列/u);
    expect(stdout).toContain('共 1 个文件：1 个无错误，0 个有错误，0 个未能完整读取，0 个无法读取。');
  });

  test('a report JSON with one wrong cell: the error, the suggested value, exit 1; in English with --lang en', async () => {
    const parsed = parseReport(JSON.parse(readFileSync(join(root, 'fixtures/corpus/expected/2020-yueqing-xianxi-town.json'), 'utf8')));
    if (!parsed.success) throw new Error('the expected Xianxi JSON is not a report');
    setCell(parsed.report, 'applications.granted.naturalPerson', 1);
    const file = join(temp, 'changed.json');
    writeFileSync(file, JSON.stringify(parsed.report));
    const zh = await capture(['check', file, '-j', '1']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('[错误] T3.R2  表三 （七）总计 自然人');
    expect(zh.stdout).toContain('建议：表三 （一）予以公开 自然人 改为 0');
    const en = await capture(['check', file, '-j', '1', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('suggested: set Table 3 › Granted › Natural persons to 0');
    expect(en.stdout).toContain('1 files: 0 without errors, 1 with errors, 0 not read completely, 0 unusable.');
  });

  test('--json: files in input order, the summary, the exit code', async () => {
    const { code, stdout } = await capture(['check', xianxi, 'fixtures/corpus/2022-pingtan-zone.txt', 'missing.txt', '--json', '-j', '1']);
    const json = JSON.parse(stdout) as { files: { file: string; status: string }[]; summary: Record<string, number> };
    expect(json.files.map(({ file, status }) => [file, status])).toEqual([
      [xianxi, 'ok'],
      ['fixtures/corpus/2022-pingtan-zone.txt', 'ok'],
      ['missing.txt', 'unusable'],
    ]);
    expect(json.summary).toEqual({ files: 3, ok: 2, withErrors: 0, incomplete: 0, unusable: 1 });
    expect(code).toBe(2);
  });

  test('unusable input: one line, exit 2', async () => {
    const empty = join(temp, 'empty.txt');
    writeFileSync(empty, '');
    const png = join(temp, 'scan.pdf');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de', 'hex'));
    const folder = mkdtempSync(join(temp, 'nothing-'));
    const huge = join(temp, 'huge.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3); // a sparse 3 GB file: refused from its size, never read
    const cases: [string, string][] = [
      ['missing.txt', 'disclosure: missing.txt：文件不存在\n'],
      [empty, `disclosure: ${empty}：文件是空的\n`],
      [png, `disclosure: ${png}：不是 PDF、Word（DOCX 或 DOC）、网页或文本文件（可能是图片或其他格式，只是扩展名不对）\n`],
      ['packages/parser/src/pdf/__fixtures__/encrypted.pdf', 'disclosure: packages/parser/src/pdf/__fixtures__/encrypted.pdf：PDF 已加密，需要密码才能打开\n'],
      [folder, `disclosure: ${folder}：文件夹中没有报告文件（.pdf .docx .doc .html .htm .txt .json .png .jpg .jpeg .tif .tiff）\n`],
      ['README.md', 'disclosure: README.md：文件中找不到年度报告的统计表\n'],
      [huge, `disclosure: ${huge}：文件太大（上限 50 MiB），未读取：3072 MiB > 50 MiB\n`],
    ];
    for (const [input, message] of cases) {
      const { code, stdout, stderr } = await capture(['check', input, '-j', '1']);
      expect([input, code, stdout, stderr]).toEqual([input, 2, '', message]);
    }
  });

  test('wrong usage is exit 2 with a hint; --help shows an example and exits 0', async () => {
    const missing = await capture(['check']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: missing required argument 'inputs'");
    expect((await capture(['frobnicate'])).code).toBe(2);
    expect((await capture([])).code).toBe(2);
    // Examples an npm user can run as they are: their own files, never a path inside this repository.
    for (const command of ['check', 'parse', 'render', 'stats', 'continuity', 'rules', 'schema']) {
      const help = await capture([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/示例：\n {2}\$ disclosure /u);
      expect(help.stdout).not.toMatch(/fixtures|corpus|packages\//u);
    }
    const top = await capture(['--help']);
    expect(top.stdout).toContain('$ disclosure check report.pdf\n  $ disclosure check reports/\n');
    expect(top.stdout).not.toMatch(/fixtures|corpus/u);
    const en = await capture(['check', '--help'], { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('$ disclosure check report.pdf\n  $ disclosure check reports/\n');
  });
});

describe('parse, render, schema, rules', () => {
  test('parse prints the report; --full adds diagnostics, the source map, how each cell was read and the coverage', async () => {
    const plain = await capture(['parse', xianxi]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).meta.agency).toBe('乐清市仙溪镇人民政府');
    const full = JSON.parse((await capture(['parse', xianxi, '--full'])).stdout);
    expect(Object.keys(full)).toEqual(['report', 'diagnostics', 'sourceMap', 'readings', 'coverage']);
    expect(full.sourceMap['applications.newlyReceived.total']).toMatchObject({ kind: 'text' });
    expect(full.readings['applications.newlyReceived.total']).toEqual({ how: 'direct' });
    expect(full.coverage).toMatchObject({ cells: expect.any(Number), unread: 0, complete: true });
  });

  test('parse --previous takes last year’s report (a document or JSON); a missing one stops with exit 2', async () => {
    const pingtan = 'fixtures/corpus/2022-pingtan-zone.txt';
    const alone = await capture(['parse', pingtan]);
    const withPrevious = await capture(['parse', pingtan, '--previous', 'fixtures/corpus/expected/2021-pingtan-zone.json']);
    expect(withPrevious.code).toBe(0);
    expect(JSON.parse(withPrevious.stdout)).toEqual(JSON.parse(alone.stdout));
    const missing = await capture(['parse', pingtan, '--previous', 'no-such-report.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-report.json');
  });

  test('render to text, Markdown, HTML and DOCX (to a file)', async () => {
    const txt = await capture(['render', 'fixtures/corpus/expected/2022-pingtan-zone.json', '--to', 'txt']);
    expect(txt.stdout).toContain('平潭综合实验区');
    expect((await capture(['render', xianxi, '--to', 'md'])).stdout).toMatch(/^# /u);
    expect((await capture(['render', xianxi, '--to', 'html'])).stdout).toContain('<!doctype html>');
    const out = join(temp, 'out', 'xianxi.docx');
    expect((await capture(['render', xianxi, '--to', 'docx', '-o', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await capture(['render', xianxi, '--to', 'xls'])).code).toBe(2);
  });

  test('schema is the JSON Schema; rules lists the catalogue', async () => {
    expect(JSON.parse((await capture(['schema'])).stdout).$schema).toContain('2020-12');
    const rules = await capture(['rules']);
    expect(rules.stdout).toMatch(/^T3\.R1 {2}错误/mu);
    expect(JSON.parse((await capture(['rules', '--json'])).stdout)[0].id).toBe('T3.R1');
  });
});

describe('stats and continuity', () => {
  test('stats by year: indicators and cells as CSV, Parquet to a file, an SVG chart', async () => {
    const csv = await capture(['stats', 'fixtures/corpus', '--by', 'year', '-j', '1']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('report,agency,region,level,year,edition,path,label,value,status');
    expect(csv.stdout).toContain('year=2024,,,,2024,2021,indicators.disclosureRate,公开率,');
    const parquet = join(temp, 'stats.parquet');
    const chart = join(temp, 'chart.svg');
    expect((await capture(['stats', xianxi, '--out', 'parquet', '-o', parquet, '--chart', chart, '-j', '1'])).code).toBe(0);
    expect(readFileSync(parquet).subarray(0, 4).toString()).toBe('PAR1');
    expect(readFileSync(chart, 'utf8')).toContain('<svg');
    expect((await capture(['stats', xianxi, '--by', 'colour'])).code).toBe(2);
  });

  test('continuity sorts the series by year and checks the pair', async () => {
    const { code, stdout } = await capture([
      'continuity',
      'fixtures/corpus/2024-huaian-hongze-district.pdf',
      'fixtures/corpus/2023-huaian-hongze-district.pdf',
      '-j',
      '1',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('2023 → 2024');
    expect(stdout).toContain('共 2 份报告（2023, 2024），1 对相邻年度');
    const one = await capture(['continuity', xianxi, '-j', '1']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('跨年度核对需要至少两份有年度的报告，现有 1 份');
  });
});
