// The built `disclosure` binary, spawned as a user runs it: `node packages/cli/dist/cli.js …`. It needs the build,
// so this package's turbo.json makes `test` depend on `build` (the rest of the suite runs on the sources).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { root } from './capture.ts';
import { generateBatch, type GeneratedBatch } from './generate-batch.ts';

const bin = join(root, 'packages/cli/dist/cli.js');
const temp = mkdtempSync(join(tmpdir(), 'disclosure-bin-'));

function disclosure(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' }, maxBuffer: 256 * 2 ** 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('packages/cli/dist/cli.js is missing: build first (pnpm build; turbo builds before this test)');
});

describe('the built binary', () => {
  test('starts with a shebang and checks the corpus documents of every format it holds', () => {
    const xianxi = disclosure('check', 'fixtures/corpus/2020-yueqing-xianxi-town.txt');
    expect(xianxi.code).toBe(0);
    expect(xianxi.stdout).toContain('[警告] T2.R6  表二 政府集中采购 采购总金额');
    const hongze = disclosure('check', 'fixtures/corpus/2023-huaian-hongze-district.pdf', '--lang', 'en');
    // 洪泽区 2023 prints table 4 totals of 0 over non-zero cells: error-severity T4.R1, so exit 1
    expect(hongze.code).toBe(1);
    expect(hongze.stdout).toContain('[error] T4.R1  Table 4');
    expect(hongze.stdout).toMatch(/at page \d+/u);
    const corpus = disclosure('check', 'fixtures/corpus', '--jobs', '2');
    expect(corpus.stdout).toContain('共 17 个文件：');
    expect(corpus.stdout).toContain('0 个无法读取');
  });

  test('bad input: one clear line, exit 2, never a stack trace', () => {
    const empty = join(temp, 'empty.pdf');
    writeFileSync(empty, '');
    const png = join(temp, 'photo.pdf');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077', 'hex'));
    const cases: [string[], RegExp][] = [
      [['check', 'no-such-report.pdf'], /^disclosure: no-such-report\.pdf：文件不存在\n$/u],
      [['check', 'packages/parser/src/pdf/__fixtures__/encrypted.pdf'], /^disclosure: .*encrypted\.pdf：PDF 已加密，需要密码才能打开\n$/u],
      [['check', png], /^disclosure: .*photo\.pdf：不是 PDF、Word（DOCX 或 DOC）、网页或文本文件/u],
      [['check', empty], /^disclosure: .*empty\.pdf：文件是空的\n$/u],
      [['parse', 'packages/parser/src/pdf/__fixtures__/encrypted.pdf', '--lang', 'en'], /^disclosure: .*: the PDF is encrypted and needs a password\n$/u],
      [['render', 'fixtures/corpus', '--to', 'txt'], /^disclosure: fixtures\/corpus：这是文件夹，此命令只读一个文件\n$/u],
      [['check', '--jobs', '0', 'x'], /^error: option '-j, --jobs <n>' argument '0' is invalid/u],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = disclosure(...args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/^\s+at /mu);
    }
  });

  test('checks a folder mixing a scan and born-digital PDFs on two threads: the scan by OCR, the same report as on one', () => {
    // a page of 洪泽区 2024 printed and scanned (table 3), named to come first, so the other files are read beside it
    const folder = join(temp, 'mixed');
    mkdirSync(folder);
    copyFileSync(join(root, 'packages/ocr/test/fixtures/2024-huaian-hongze-district.p3.r200-tilt.jpg'), join(folder, '0-scan.jpg'));
    for (const file of ['2023-huaian-hongze-district.pdf', '2024-huaian-city.pdf', '2024-huaian-hongze-district.pdf', '2022-pingtan-zone.txt']) {
      copyFileSync(join(root, 'fixtures/corpus', file), join(folder, file));
    }
    const two = disclosure('check', folder, '--json', '--jobs', '2');
    const json = JSON.parse(two.stdout) as { files: { file: string; status: string; unread?: number }[]; summary: Record<string, number> };
    expect(json.files.map(({ file, status }) => [file.split(/[\\/]/u).pop(), status])).toEqual([
      ['0-scan.jpg', 'incomplete'],
      ['2022-pingtan-zone.txt', 'ok'],
      ['2023-huaian-hongze-district.pdf', 'errors'],
      ['2024-huaian-city.pdf', 'ok'],
      ['2024-huaian-hongze-district.pdf', 'ok'],
    ]);
    // the scan is one page: table 3 is read from it (its 94 cells), the other tables are not on it
    expect(json.files[0]!.unread).toBeLessThan(200 - 90);
    expect(two.code).toBe(1); // a file with errors outranks an incomplete one
    expect(disclosure('check', folder, '--json', '--jobs', '1').stdout).toBe(two.stdout);
  }, 120_000);

  describe('a batch of 1,000 generated documents', () => {
    let batch: GeneratedBatch;
    beforeAll(async () => {
      batch = await generateBatch(join(temp, 'batch'), 1000);
    }, 120_000);

    test('keeps going past the broken files, reports them at the end, and counts right', () => {
      const { code, stdout } = disclosure('check', batch.dir, '--json', '--jobs', '2');
      expect(code).toBe(2);
      const json = JSON.parse(stdout) as { files: { file: string; status: string }[]; summary: { files: number; ok: number; withErrors: number; incomplete: number; unusable: number } };
      // input order, whatever finished first
      expect(json.files.map(({ file }) => file.split(/[\\/]/u).pop())).toEqual(batch.files);
      expect(json.summary.files).toBe(1000);
      expect(json.summary.unusable).toBe(batch.broken.size);
      expect(json.summary.unusable).toBe(60);
      const status = new Map(json.files.map(({ file, status }) => [file.split(/[\\/]/u).pop()!, status]));
      for (const file of batch.broken) expect([file, status.get(file)]).toEqual([file, 'unusable']);
      for (const file of batch.changed) expect([file, status.get(file)]).toEqual([file, 'errors']);
      expect(json.summary.ok + json.summary.withErrors + json.summary.incomplete).toBe(940);
    }, 120_000);

    test('prints the same report with one worker thread and with two, ending in the summary and the unusable files', () => {
      const one = disclosure('check', batch.dir, '--jobs', '1');
      const two = disclosure('check', batch.dir, '--jobs', '2');
      expect(two.stdout).toBe(one.stdout);
      expect(two.stdout).toMatch(/共 1000 个文件：\d+ 个无错误，\d+ 个有错误，\d+ 个未能完整读取，60 个无法读取。\n诊断合计：.*\n无法读取的文件：\n( {2}.*\n){60}$/u);
      expect(two.stdout).toContain('00007-');
      expect(two.stdout).toMatch(/00007-\d+\.txt：文件是空的/u);
    }, 120_000);
  });
});
