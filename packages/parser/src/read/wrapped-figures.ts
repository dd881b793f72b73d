import { listCellPaths, type CellPath, type Place } from '@disclosure/core/lite';
import type { Field, Line } from '../layout/layout.ts';
import type { Assembler } from './assembler.ts';
import { normalizeLabel, normalizeText } from './normalize.ts';

/** A figure as a PDF prints it in a cell, and what may be left of one wrapped onto the cell's next line. */
const figure = /^[-−]?\d[\d,.]*$/u;
const remainder = /^[\d.]+$/u;

/** More figures than a table's widest row prints (table 4's fifteen) with room to spare: a line of more is no row. */
const maxRowFigures = 40;

/** A figure on a page and the figure just below it, inside its width: maybe one figure wrapped in a narrow cell. */
export interface WrappedFigure {
  readonly upper: Place;
  readonly lower: Place;
}

function boxOf(field: Field): readonly [number, number, number, number] | null {
  return field.place.kind === 'pdf' && field.place.bbox ? field.place.bbox : null;
}

/**
 * Figures a PDF may have wrapped inside their cells (`10000` over `0`: 100000 in a column too narrow for it): a line of
 * figures of the PDF's text (not recognised from a scan) and, on one of the two lines after it on the same page, figures each within the width of one of them on the
 * next line of text (less than a figure's height between them), with no text that starts a row's label (`labels`,
 * normalised) beside them. The page cannot tell wrapped figures from another row's, so the cells read from either
 * are not to be trusted.
 */
export function wrappedFigures(lines: readonly Line[], labels: readonly string[]): WrappedFigure[] {
  const found: WrappedFigure[] = [];
  // each line's figures, found once (a line is looked at as the upper one and as a lower one twice)
  // A scan's cells are recognised one ruled cell at a time (`Field.ocr`): a wrapped figure is one field there.
  const figures = lines.map((line) => (line.page === undefined ? [] : line.fields.filter((field) => !field.ocr && field.x && boxOf(field) && figure.test(field.text))));
  lines.forEach((line, i) => {
    const uppers = figures[i]!;
    if (uppers.length === 0 || uppers.length > maxRowFigures) return;
    for (let j = i + 1; j < Math.min(i + 3, lines.length); j++) {
      const next = lines[j]!;
      if (next.page !== line.page) break;
      const lowers = figures[j]!;
      if (lowers.length === 0 || lowers.length > maxRowFigures) continue;
      const pairs = lowers.map((lower) => ({ lower, upper: uppers.find((upper) => under(lower, upper)) }));
      if (!pairs.every((pair) => pair.upper) || startsRow(next, lowers, labels, line)) continue;
      for (const pair of pairs) found.push({ upper: pair.upper!.place, lower: pair.lower.place });
    }
  });
  return found;
}

/** True when `lower` is what a figure `upper` may have wrapped onto its cell's next line: digits within its width, just below it. */
function under(lower: Field, upper: Field): boolean {
  const [top, below] = [boxOf(upper)!, boxOf(lower)];
  if (!below || !lower.x || !remainder.test(lower.text)) return false;
  const height = top[3] - top[1];
  const inside = lower.x[0] >= upper.x![0] - 1 && lower.x[1] <= upper.x![1] + 1;
  return inside && below[1] >= top[1] + height / 2 && below[1] - top[3] <= height;
}

/**
 * True when a line holds, beside its figures, text that starts a row's label (`行政强制`, `一、本年新收…`) — and does
 * not end the label of the line above (`upper`), wrapped in its cell (`1.信访举报投诉类` over `申请`, though
 * `申请人无正当理由…` starts a row too).
 */
function startsRow(line: Line, figures: readonly Field[], labels: readonly string[], upper: Line): boolean {
  const above = normalizeText(upper.fields.filter((field) => !figure.test(field.text)).map((field) => field.text).join(''));
  return line.fields.some((field) => {
    const text = normalizeLabel(field.text);
    if (figures.includes(field) || text.length < 2 || !labels.some((label) => label.startsWith(text))) return false;
    return !labels.some((label) => label.length > text.length && label.endsWith(text) && above.endsWith(label.slice(0, -text.length)));
  });
}

/**
 * True when `place` stands on the page of a wrapped figure, between its two lines: a row whose label and short
 * figures are centred in cells that other figures wrap in stands between their lines, and took neither.
 */
function between(place: Place, pair: WrappedFigure): boolean {
  const [upper, lower] = [pair.upper, pair.lower];
  if (place.kind !== 'pdf' || upper.kind !== 'pdf' || lower.kind !== 'pdf' || !place.bbox || !upper.bbox || !lower.bbox) return false;
  if (place.page !== upper.page) return false;
  const middle = (place.bbox[1] + place.bbox[3]) / 2;
  return middle > upper.bbox[1] && middle < lower.bbox[3];
}

function samePlace(a: Place, b: Place): boolean {
  return a.kind === 'pdf' && b.kind === 'pdf' && a.page === b.page && a.bbox?.join() === b.bbox?.join();
}

/**
 * Leaves unread every row that took a value from a possibly wrapped figure (`wrappedFigures`) or stands between its
 * two lines (`between`), its blank cells too
 * (the row's other figures may stand on another line of it) — all of table 4, whose cells are read in one order —
 * with a diagnostic naming the figures.
 */
export function leaveWrappedUnread(assembler: Assembler, wrapped: readonly WrappedFigure[]): void {
  if (wrapped.length === 0) return;
  const hit = new Set<string>();
  for (const [path, place] of Object.entries(assembler.sourceMap)) {
    if (!wrapped.some((pair) => samePlace(place, pair.upper) || samePlace(place, pair.lower) || between(place, pair))) continue;
    hit.add(path.startsWith('reviewAndLitigation.') ? 'reviewAndLitigation' : path.split('.').slice(0, -1).join('.'));
  }
  if (hit.size === 0) return;
  const paths: CellPath[] = listCellPaths(assembler.report).filter((path) => [...hit].some((row) => path.startsWith(`${row}.`)));
  assembler.withdraw(paths);
  assembler.note({
    rule: 'parser/wrapped-figure',
    severity: 'warning',
    status: 'fail',
    message: '表格中的数字可能在单元格内折行（下一行正下方另有数字），无法确定是一个数还是两行的数，相关行未读取',
    messageEn: 'A figure may wrap inside its cell (another figure stands right below it, within its width): one figure or two rows\' cannot be told apart, so the rows read from them are left unread',
    paths,
    place: wrapped[0]!.upper,
  });
}
