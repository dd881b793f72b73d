import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReportSchema, type Report } from '@disclosure/core';
import type { DocumentClass, TestDocument } from './document.ts';
import { withBlankLegalPersons } from './generators/web-page.ts';

/** fixtures/corpus/: the real documents and their hand-checked expected reports. */
export const corpusDir = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));

/** derived/: the committed variants scripts/derive.ts made with poppler, LibreOffice and Chromium. */
export const derivedDir = fileURLToPath(new URL('../derived/', import.meta.url));

/** One committed variant: its file under derived/, its class, and the expected report it reads back to. */
export interface ManifestEntry {
  readonly file: string;
  readonly class: DocumentClass;
  /** The expected report's name in fixtures/corpus/expected/, without `.json`. */
  readonly expected: string;
  /** True when the variant prints table 3's legal-person columns blank (the expected cells are then `null`). */
  readonly blankLegalPersons: boolean;
  /** How the file was made. */
  readonly from: string;
}

/** The names of the hand-checked expected reports (fixtures/corpus/expected/, without `.json`), sorted. */
export function expectedNames(): string[] {
  return readdirSync(`${corpusDir}expected`)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/u, ''))
    .sort();
}

/** The hand-checked expected report of a corpus document. */
export function expectedReport(name: string): Report {
  return ReportSchema.parse(JSON.parse(readFileSync(`${corpusDir}expected/${name}.json`, 'utf8'))) as Report;
}

/** The real corpus documents (class `corpus`) that have an expected report. */
export function corpusDocuments(): TestDocument[] {
  const names = new Set(expectedNames());
  return readdirSync(corpusDir)
    .filter((file) => /\.(?:txt|pdf|html?|docx)$/u.test(file) && names.has(file.replace(/\.[^.]+$/u, '')))
    .sort()
    .map((file) => ({
      name: file,
      class: 'corpus',
      bytes: new Uint8Array(readFileSync(corpusDir + file)),
      expected: expectedReport(file.replace(/\.[^.]+$/u, '')),
    }));
}

/** Every committed variant listed in derived/manifest.json, with its expected report. */
export function derivedDocuments(): TestDocument[] {
  const manifest = JSON.parse(readFileSync(`${derivedDir}manifest.json`, 'utf8')) as ManifestEntry[];
  return manifest.map((entry) => {
    const expected = expectedReport(entry.expected);
    return {
      name: entry.file,
      class: entry.class,
      bytes: new Uint8Array(readFileSync(derivedDir + entry.file)),
      expected: entry.blankLegalPersons ? withBlankLegalPersons(expected) : expected,
    };
  });
}
