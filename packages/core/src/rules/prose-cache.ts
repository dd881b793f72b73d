import { sectionCatalogue } from '../catalogue/sections.ts';
import type { Report } from '../model/report.ts';
import type { Sections } from '../model/sections.ts';

const sectionKeys = sectionCatalogue.map((section) => section.key);

/** The prose an entry was extracted from, and what each extractor found in it. */
interface Entry {
  readonly preamble: string | undefined;
  readonly texts: readonly (string | undefined)[];
  readonly results: Map<(report: Report) => unknown, unknown>;
}

// Keyed by the sections object so that a report dropped by its caller takes its entry with it.
const cache = new WeakMap<Sections, Entry>();

/** True when `report`'s preamble and section texts are the very strings `entry` was extracted from. */
function holds(entry: Entry, report: Report): boolean {
  if (entry.preamble !== report.preamble) return false;
  for (let i = 0; i < sectionKeys.length; i++) if (entry.texts[i] !== report.sections[sectionKeys[i]!]?.text) return false;
  return true;
}

/**
 * What `extract` reads from `report`'s prose, computed once per report and prose: later calls with the same
 * extractor return the cached value until the preamble or a section text changes (a section replaced, its text
 * reassigned, the preamble edited), when every extractor runs again. `extract` must read only the preamble and
 * the sections (never the tables); its result is shared by every caller, so it is read-only unless it is a memo
 * that only ever caches more of that same prose.
 */
export function extractedOnce<T>(report: Report, extract: (report: Report) => T): T {
  let entry = cache.get(report.sections);
  if (entry === undefined || !holds(entry, report)) {
    entry = { preamble: report.preamble, texts: sectionKeys.map((key) => report.sections[key]?.text), results: new Map() };
    cache.set(report.sections, entry);
  }
  if (entry.results.has(extract)) return entry.results.get(extract) as T;
  const value = extract(report);
  entry.results.set(extract, value);
  return value;
}
