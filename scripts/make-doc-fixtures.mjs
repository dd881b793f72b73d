// Makes the parser's Word 97 test documents: each expected report rendered as DOCX by @disclosure/renderer, then
// saved as `.doc` by LibreOffice. Needs a build (`pnpm build`) and `soffice` (libreoffice-writer-nogui).
// Usage: node scripts/make-doc-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../packages/core/dist/index.js';
import { toDocx } from '../packages/renderer/dist/index.js';

const root = new URL('..', import.meta.url);
const names = ['2020-yueqing-xianxi-town', '2024-huaian-city'];
const out = new URL('packages/parser/test/fixtures/', root);
const work = mkdtempSync(join(tmpdir(), 'doc-fixtures-'));
try {
  for (const name of names) {
    const parsed = parseReport(JSON.parse(readFileSync(new URL(`fixtures/corpus/expected/${name}.json`, root), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: not a report`);
    const report = parsed.report;
    const docx = join(work, `${name}.docx`);
    writeFileSync(docx, await toDocx(report));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', work, docx], { stdio: 'inherit' });
    renameSync(join(work, `${name}.doc`), new URL(`${name}.word97.doc`, out));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
