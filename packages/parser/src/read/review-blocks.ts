import { outcomeColumns } from '@disclosure/core/lite';
import { normalizeLabel, normalizeText } from './normalize.ts';
import type { Token } from './tokens.ts';

/** Table 4's three group labels (normalised), in the format's order. */
export const groupLabels = ['行政复议', '未经复议直接起诉', '复议后起诉'].map(normalizeLabel);

const ideograph = /[\u4e00-\u9fff]/u;
const total = normalizeText('总计');

/**
 * Where table 4's figures stand among its label text, token by token. A viewer's text of a table the PDF drew in
 * blocks prints label text between figures, and blocks may come in any order (the real 淮安市 2024's `pdftotext`:
 * `72 64 178 37` `…复议后起诉…` `12 1 1 6` `总计` `351` …): each group balancing (T4.R1) then proves the order within
 * a group, not the groups' order.
 */
export class ReviewBlocks {
  private figures = 0;
  private textSince = false;
  /** Label text stood between two figures. */
  private between = false;
  /** The count of figures before each group's label is first printed, by group. */
  private readonly labelled: Array<number | undefined> = groupLabels.map(() => undefined);
  /** The label text before the first figure: the header. */
  private header = '';

  read(token: Token): void {
    if (token.kind === 'text') {
      if (this.figures === 0) this.header += token.text;
      if (!ideograph.test(token.text)) return;
      if (this.figures > 0) this.textSince = true;
      const text = normalizeLabel(token.text);
      groupLabels.forEach((label, group) => {
        if (this.labelled[group] === undefined && text.includes(label)) this.labelled[group] = this.figures;
      });
    } else if (token.printed !== '') {
      this.between ||= this.textSince;
      this.textSince = false;
      this.figures++;
    }
  }

  /**
   * Whether the print vouches for the groups' order: no label text between figures, or the three groups' labels
   * printed in the format's order, each before its group's first figure (a block drawn out of order brings its
   * group's label with it).
   */
  groupsVouched(): boolean {
    if (!this.between) return true;
    const group = outcomeColumns.length;
    return this.labelled.every((at, i) => at !== undefined && at <= i * group && (i === 0 || at >= this.labelled[i - 1]!));
  }

  /**
   * Whether the header prints fewer group totals (`总计`) than the three groups have, but some: a page's margin cut
   * the last columns off (pypdf's text of such a LibreOffice print runs the header's words and the figures together,
   * its third group ending `尚未审结` with no `总计`), so the figures are fewer than the cells and no cut of them into
   * fifteen is proven.
   */
  totalsCut(): boolean {
    const shown = normalizeText(this.header).split(total).length - 1;
    return shown > 0 && shown < groupLabels.length;
  }
}
