import { sectionCatalogue } from '../catalogue/sections.ts';
import type { Report } from '../model/report.ts';
import type { SectionKey } from '../model/sections.ts';

/** A part of a report's prose: its preamble or one section's text. */
export type ProseKey = SectionKey | 'preamble';

const sectionKeys = sectionCatalogue.map((section) => section.key);

/**
 * A report's prose as the text rules search it: NFKC-normalised and with all whitespace removed, so
 * `共计发文 68 个` reads `共计发文68个`. Each part is normalised once and each list of parts joined once, however
 * many searches ask for them. It reads the texts as they were when it was made: one is made for each `validate`
 * call (a parser that searched the prose first may pass its own, see `ValidateOptions.prose`), and none is kept
 * after it — a cache held across calls kept every report's prose alive until a full collection, which cost the
 * collector more than reading the prose again.
 */
export class ReportProse {
  private readonly texts: readonly (string | undefined)[];
  private readonly parts = new Map<ProseKey, string | null>();
  private readonly joined = new Map<string, string>();

  constructor(report: Report) {
    this.texts = [report.preamble, ...sectionKeys.map((key) => report.sections[key]?.text)];
  }

  /** True when `report`'s preamble and section texts are the very strings this prose was made from. */
  isOf(report: Report): boolean {
    if (this.texts[0] !== report.preamble) return false;
    for (let i = 0; i < sectionKeys.length; i++) if (this.texts[i + 1] !== report.sections[sectionKeys[i]!]?.text) return false;
    return true;
  }

  /**
   * The given parts in order, each normalised, joined by `。` so that a match never runs from one into the next;
   * missing and empty parts are left out. (Normalising the parts apart gives the text normalising them joined
   * gives: `。` composes with nothing.)
   */
  text(keys: readonly ProseKey[]): string {
    const name = keys.join(' ');
    const known = this.joined.get(name);
    if (known !== undefined) return known;
    const parts: string[] = [];
    for (const key of keys) {
      const part = this.part(key);
      if (part !== null) parts.push(part);
    }
    const text = parts.join('。');
    this.joined.set(name, text);
    return text;
  }

  private part(key: ProseKey): string | null {
    let part = this.parts.get(key);
    if (part === undefined) {
      const text = this.texts[key === 'preamble' ? 0 : sectionKeys.indexOf(key) + 1];
      part = text ? text.normalize('NFKC').replace(/\s+/gu, '') : null;
      this.parts.set(key, part);
    }
    return part;
  }
}
