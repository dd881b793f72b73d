import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReportSchema, setCell, validate, type Report } from '@disclosure/core';

/** `.artifacts/` at the repository root (gitignored): screenshots and PDF pages for a person to look at. */
export function artifactsDir(): string {
  const dir = fileURLToPath(new URL('../../../.artifacts/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** An expected corpus report, read from fixtures/corpus/expected. */
export function corpusReport(name: string): Report {
  const file = fileURLToPath(new URL(`../../../fixtures/corpus/expected/${name}.json`, import.meta.url));
  return ReportSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) as Report;
}

/**
 * The 淮安市 2024 report with one cell broken on purpose (（一）予以公开 自然人 printed as 9), so that
 * validate fails T3.R2/T3.R3 on cells that must then be marked in place.
 */
export function brokenReport(): { report: Report; diagnostics: ReturnType<typeof validate> } {
  const report = corpusReport('2024-huaian-city');
  setCell(report, 'applications.granted.naturalPerson', 9);
  return { report, diagnostics: validate(report) };
}
