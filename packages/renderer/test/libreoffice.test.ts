import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCellEntries, listCellPaths, getCell, type Report } from '@disclosure/core';
import { fromPdf } from '@disclosure/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { cellText } from '../src/grid/cell-text.ts';
import { toDocx } from '../src/index.ts';
import { artifactsDir, corpusReport } from './artifacts.ts';

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasSoffice = onPath('soffice') && onPath('pdftotext');
if (!hasSoffice) console.warn('LibreOffice test skipped: soffice or pdftotext is missing (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk)');

const work = mkdtempSync(join(tmpdir(), 'disclosure-soffice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** DOCX → PDF with LibreOffice in a profile of its own (a shared one locks when tests run in parallel). */
function toPdf(docx: Uint8Array, name: string): string {
  const file = join(work, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, `profile-${name}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return join(work, `${name}.pdf`);
}

/** Every figure the report prints (values and printed placeholders), in printed order. */
function printedFigures(report: Report): string[] {
  return listCellEntries(report)
    .map((entry) => cellText(report, entry.path))
    .filter((text) => text !== '');
}

describe.skipIf(!hasSoffice)('the DOCX in LibreOffice', () => {
  it.each([
    ['2021', '2024-huaian-city'],
    ['2021-one-row', '2024-huaian-hongze-district'],
    ['2019', '2020-yueqing-xianxi-town'],
  ])('opens the %s report and prints every figure of it to PDF', async (name, corpusName) => {
    const report = corpusReport(corpusName);
    const pdf = toPdf(await toDocx(report), name);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const words = new Set(text.split(/\s+/u));
    for (const figure of printedFigures(report)) expect(words, figure).toContain(figure);
    const flat = text.replace(/\s+/gu, '');
    expect(flat).toContain(report.meta.title!.replace(/\s+/gu, ''));
    expect(flat).toContain(`三、${report.sections.applications!.title}`);
    expect(flat).toContain('申请人情况');
    expect(text).toMatch(/—\s*1\s*—/u);
    expect(text).toMatch(/—\s*2\s*—/u);
    if (onPath('pdftoppm')) {
      const prefix = join(work, `page-${name}`);
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
      for (const page of readdirSync(work).filter((file) => file.startsWith(`page-${name}`))) {
        renameSync(join(work, page), join(artifactsDir(), `renderer-docx-${name}-${page.slice(`page-${name}-`.length)}`));
      }
    }
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});

describe.skipIf(!hasSoffice)('the PDF LibreOffice prints from the DOCX, read back by the parser', () => {
  it.each(['2024-huaian-city', '2024-huaian-hongze-district', '2020-yueqing-xianxi-town', '2022-pingtan-zone'])(
    '%s: every cell and every section comes back',
    async (corpusName) => {
      const report = corpusReport(corpusName);
      const pdf = toPdf(await toDocx(report), `read-back-${corpusName}`);
      const { report: back } = await fromPdf(new Uint8Array(readFileSync(pdf)));
      expect(back.edition).toBe(report.edition);
      for (const path of listCellPaths(report)) expect(getCell(back, path), path).toBe(getCell(report, path));
      // LibreOffice may hang a comma past the margin where no text layer keeps it: compare without punctuation.
      const words = (text: string | undefined) => (text ?? '').replace(/[\s\p{P}]+/gu, '');
      for (const key of Object.keys(report.sections) as Array<keyof Report['sections']>) {
        expect(words(back.sections[key]?.text), key).toBe(words(report.sections[key]?.text));
      }
    },
    180_000,
  );
});

