import type { ColumnEntry, Place } from '@disclosure/core/lite';
import type { Field, Line } from '../layout/layout.ts';
import { gridOf } from './grid-of.ts';
import { partedFigure } from './parted-figures.ts';
import { textUnder } from './wrapped-labels.ts';
import { placeByLearnedColumns } from './learned-columns.ts';
import { normalizeText } from './normalize.ts';
import { countDigits, exactDigits, type ValueToken } from './tokens.ts';
import { withoutPlaces } from './text-wraps.ts';

/** A column's header label in a grid: the line that prints it, its grid index, and the first of its copies there. */
export interface HeaderField {
  readonly line: number;
  readonly column: number;
  /**
   * Where the label is repeated over neighbouring fields of its line (an extraction that writes a merged cell's text
   * into every column it spans, as docling does), the index of the first copy; `column` is the last. Else `column`.
   */
  readonly first: number;
}

/**
 * Where each column's header stands: in each grid of the source (by grid, then by column key; see `gridOf`), every
 * header line's field for it in line order; and the middles of its label on a page (PDF points).
 */
export interface HeaderColumns {
  readonly grids: ReadonlyMap<string, ReadonlyMap<string, readonly HeaderField[]>>;
  /** The grid whose header label was read last. */
  readonly last: ReadonlyMap<string, readonly HeaderField[]> | undefined;
  /** Every middle of each column's label on a page, with the line that prints it, in line order (see `centresAt`). */
  readonly xAt: ReadonlyMap<string, ReadonlyArray<{ readonly line: number; readonly centre: number }>>;
  /**
   * For each line, the first line of the header above it: from the first line that prints a column's label after a
   * line with figures (table 2 gives each block its own header; a page that continues a table prints it again).
   */
  readonly block: readonly number[];
  /**
   * The middles of a page's header cells that name no column of the format (`小计` between `其他` and `总计`): short
   * words on a line with a column's label, in no column's label, within the columns' span (PDF points).
   */
  readonly others: readonly number[];
  /**
   * The order in which text with no grid and no place on a page (a PDF viewer's copy) first prints each column's
   * label, a word to itself: each column's rank among them.
   */
  readonly read: ReadonlyMap<string, number>;
  /**
   * True when such text prints, after a word of the columns' labels and before another or the first row, a short word
   * that is in no label of the table (`其他 小计 企业`, `其他 小计` / `一、…`): a column the format lacks, whose figures
   * such text does not tell from the cells'.
   */
  readonly readOther: boolean;
  /**
   * On a page, where the page's margin cut the table (a browser's print of a table wider than the page drops what
   * passes the margin): the left edge of a column's label printed cut short at the right end of its line, its rest
   * under it nowhere (`现行有` for `现行有效件数`). A figure reaching past it may be cut short too.
   */
  readonly cut: number | undefined;
  /**
   * In text with no grid and no place (a PDF's text), the columns whose label a header line ends with cut short, its
   * rest (from an ideograph on: `效件数`, not an omitted unit `（单位：万元）`) printed under it nowhere before the
   * figures (`现行有` for `现行有效件数`): the text of a table cut at a page's margin. A row's figure in such a column,
   * or past it, may be cut short too.
   */
  readonly cutInText: ReadonlySet<string>;
  /** The lines of pages whose text runs past the page's edge (`Line.overflows`): a table there may have lost columns. */
  readonly overflowing: ReadonlySet<number>;
}

/** A page label fragment shorter than this is not taken for the start of a wrapped header (`商业企` / `业`). */
const shortestFragment = 2;

/**
 * Header positions of `columns` found in `lines`: a field whose label is a column's label names that column's grid
 * index, from its line on; on a page, a field that is the column's label or the start of it wrapped in its cell
 * (`商业企` over `业`) gives the column's middle. Grid indices are kept by the grid they count in. Row labels with an
 * ordinal (`（七）总计`, `3.其他`) are not headers. `rowLabels`: the table's row and group labels (normalised), whose
 * words in text with no grid or place end its header (`HeaderWords`).
 */
export function findHeaderColumns(lines: readonly Line[], columns: readonly ColumnEntry[], rowLabels: string): HeaderColumns {
  const labels = columns.map((column) => ({ key: column.key, label: normalizeText(column.zh) }));
  const words = new HeaderWords(labels, rowLabels);
  const grids = new Map<string, Map<string, HeaderField[]>>();
  let last: Map<string, HeaderField[]> | undefined;
  const otherCentres: number[] = [];
  let cut: number | undefined;
  const xAt = new Map<string, Array<{ readonly line: number; readonly centre: number }>>();
  const block: number[] = [];
  const overflowing = new Set<number>();
  const cutInText = new Set<string>();
  /** Text's labels cut short at a header line's end, each with its rest, until a line with figures confirms them. */
  const cutShortInText = new Map<string, string>();
  /** Where the header now governing starts, and whether a line with figures stood since. */
  let headerStart = 0;
  let afterFigures = true;
  for (let index = 0; index < lines.length; index++) {
    let previous: { readonly key: string; readonly column: number } | undefined;
    let labelled = 0;
    const unknown: number[] = [];
    /** The header words of each field of text with no grid and no place (`headerWords`), by the field's index. */
    const fieldWords: Array<readonly string[] | undefined> = [];
    for (const field of lines[index]!.fields) {
      const free = field.column === undefined && !field.x ? headerWords(field.text) : undefined;
      fieldWords.push(free);
      if (free) words.read(field.text, free);
      // Compared with ordinals kept: the row label `（七）总计` is not the column header `总计`.
      const text = normalizeText(field.text);
      if (text === '') continue;
      let exact: (typeof labels)[number] | undefined;
      // a loop, not `find`: a closure over each field's text would be made for every field of the table
      for (const entry of labels) {
        if (entry.label === text) {
          exact = entry;
          break;
        }
      }
      if (exact && field.column !== undefined) {
        const grid = gridOf(field.place);
        last = grids.get(grid);
        if (!last) grids.set(grid, (last = new Map()));
        const fields = last.get(exact.key) ?? [];
        last.set(exact.key, fields);
        const copy = previous?.key === exact.key && previous.column === field.column - 1;
        const first = copy ? fields.pop()!.first : field.column;
        fields.push({ line: index, column: field.column, first });
      }
      previous = exact && field.column !== undefined ? { key: exact.key, column: field.column } : undefined;
      if (!field.x || field.column !== undefined) continue;
      const start = exact ? undefined : text.length >= shortestFragment ? labels.find((entry) => entry.label.startsWith(text)) : undefined;
      const cutShort = start !== undefined && isLastOnLine(field, lines[index]!) && !restBelow(lines, index, field.x, start.label.slice(text.length));
      if (cutShort) cut = Math.min(cut ?? Infinity, field.x[0]);
      const wrapped = exact ?? (cutShort ? undefined : start);
      if (wrapped) labelled++;
      if (wrapped) {
        const centre = (field.x[0] + field.x[1]) / 2;
        const at = xAt.get(wrapped.key);
        if (at) at.push({ line: index, centre });
        else xAt.set(wrapped.key, [{ line: index, centre }]);
      } else if (otherHeaderWord.test(text) && !labels.some((entry) => entry.label.includes(text))) unknown.push((field.x[0] + field.x[1]) / 2);
    }
    cutTextLabels(lines[index]!, fieldWords, labels, cutShortInText);
    if (labelled > 0) otherCentres.push(...unknown);
    if (labelled > 0 && afterFigures) {
      headerStart = index;
      afterFigures = false;
    }
    block.push(headerStart);
    if (lines[index]!.overflows) overflowing.add(index);
    if (lines[index]!.fields.some((field) => /\d/u.test(field.text))) {
      afterFigures = true;
      for (const key of cutShortInText.keys()) cutInText.add(key);
      cutShortInText.clear();
    }
  }
  const known = [...xAt.values()].map((at) => at[0]!.centre);
  // each such cell once, however many header lines (pages) print it
  const others = otherCentres
    .filter((centre) => centre > Math.min(...known) && centre < Math.max(...known))
    .filter((centre, i, all) => all.findIndex((other) => Math.abs(other - centre) < sameCell) === i);
  return { grids, last, xAt, block, others, read: words.order, readOther: words.other, cut, cutInText, overflowing };
}

/**
 * The middles of `columns`' labels on a page for a row on line `line`: each as the header that governs the row
 * prints it (`HeaderColumns.block`), the last such before the row; `undefined` for a column that header does not
 * print — never another block's or another header's place.
 */
export function centresAt(header: HeaderColumns, columns: readonly ColumnEntry[], line: number): (number | undefined)[] {
  const from = header.block[line] ?? 0;
  return columns.map((column) => {
    const at = header.xAt.get(column.key);
    if (!at) return undefined;
    let centre: number | undefined;
    for (const entry of at) if (entry.line >= from && entry.line < line) centre = entry.centre;
    return centre;
  });
}

/** Whether no field of `line` stands right of `field` on the page. */
function isLastOnLine(field: Field, line: Line): boolean {
  return line.fields.every((other) => other === field || !other.x || other.x[0] < field.x![0]);
}

/** Whether the text under a label's start at `x` (`textUnder`) begins `rest`, the rest of the label (`商业企` over `业`). */
function restBelow(lines: readonly Line[], index: number, x: readonly [number, number], rest: string): boolean {
  const under = textUnder(lines, index, x);
  const text = under ? normalizeText(under.text) : '';
  return text !== '' && rest.startsWith(text);
}

/**
 * Follows labels cut short at the end of a header line in text with no grid and no place (`HeaderColumns.cutInText`):
 * a line whose words begin a label's rest (`商业企` then `业`) takes that label from `cutShort`; a line that ends with a
 * word starting a label, of at least {@link shortestFragment} characters, whose rest starts with an ideograph, adds it.
 */
function cutTextLabels(
  line: Line,
  fieldWords: ReadonlyArray<readonly string[] | undefined>,
  labels: ReadonlyArray<{ readonly key: string; readonly label: string }>,
  cutShort: Map<string, string>,
): void {
  if (cutShort.size > 0) {
    const words = fieldWords.flatMap((free) => free ?? []);
    for (const [key, rest] of cutShort) if (words.some((word) => rest.startsWith(word) || word.startsWith(rest))) cutShort.delete(key);
  }
  const last = line.fields.at(-1);
  if (!last || last.x || last.column !== undefined) return;
  const word = fieldWords.at(-1)?.at(-1);
  if (!word || word.length < shortestFragment || labels.some((entry) => entry.label === word)) return;
  const start = labels.find((entry) => entry.label.startsWith(word) && /^[\u4e00-\u9fff]/u.test(entry.label.slice(word.length)));
  if (start) cutShort.set(start.key, start.label.slice(word.length));
}

/**
 * The header words of text with no grid and no place, read field by field in order: where each column's label is
 * first printed as a word of its own (`order`), and whether a short word in no label of the table follows a word of
 * the columns' labels, and is followed by another or by a row's label, with no figure between (`other`).
 */
class HeaderWords {
  readonly order = new Map<string, number>();
  other = false;
  /** A word of a column's label was read since the last figure or row label. */
  #afterLabel = false;
  /** … and then a word in no label. */
  #unknown = false;

  constructor(
    private readonly labels: ReadonlyArray<{ readonly key: string; readonly label: string }>,
    private readonly rowLabels: string,
  ) {}

  /** Reads a field's `text`, whose header words are `words` (`headerWords`). */
  read(text: string, words: readonly string[]): void {
    if (!/[\u4e00-\u9fff]/u.test(text)) {
      if (/\d/u.test(text)) this.#afterLabel = this.#unknown = false;
      return;
    }
    for (const word of words) {
      let labelled = false;
      for (const entry of this.labels) {
        if (entry.label === word && !this.order.has(entry.key)) this.order.set(entry.key, this.order.size);
        if (entry.label.includes(word)) labelled = true;
      }
      labelled ||= this.joinsLabels(word);
      if (labelled) {
        if (this.#unknown) this.other = true;
        this.#afterLabel = true;
        this.#unknown = false;
      } else if (this.rowLabels.includes(word)) {
        // the header ends with the first row: a word after its last label is a column too (`其他 小计` / `一、…`)
        if (this.#unknown) this.other = true;
        this.#afterLabel = this.#unknown = false;
      } else if (this.#afterLabel && otherHeaderWord.test(word)) this.#unknown = true;
    }
  }

  /**
   * Whether `word` is pieces of the columns' labels run together: labels wrapped in narrow cells, their lines joined
   * across the cells (`业科研机`, `构社会公`; `研社会` where each cell wraps a character a line, as pypdf copies a
   * page). Every character of it is in a column's label; a column the format lacks (`小计`, `合计`) has one that is not.
   */
  private joinsLabels(word: string): boolean {
    for (const char of word) if (!this.labels.some((entry) => entry.label.includes(char))) return false;
    return true;
  }
}

/** A header line is no longer than this: a longer text (a sentence, a whole table run together) holds none. */
const maxHeaderText = 80;

/**
 * The words of a field of text with no grid or place that may be header labels (normalised), in order: none for a
 * long text or one without an ideograph (most such fields are a figure or a sentence), and only words that open
 * with an ideograph, as every label does.
 */
export function headerWords(text: string): string[] {
  if (text.length > maxHeaderText || !/[\u4e00-\u9fff]/u.test(text)) return [];
  return text.split(/\s+/u).flatMap((word) => (word.length > 0 && word.charCodeAt(0) >= 0x4e00 ? [normalizeText(word)] : []));
}

/**
 * True when text with no grid or place prints the column labels in an order no header of the format gives: the
 * first column after another, or the columns between out of their order. The last (`总计`, spanning the header's
 * rows) may come anywhere after the first: a page's text gives the upper row of labels before the lower.
 */
function readOutOfOrder(ranks: readonly (number | undefined)[]): boolean {
  if (ranks.length < 2 || ranks.some((rank) => rank === undefined)) return false;
  const known = ranks as number[];
  return known.at(-1)! < known[0]! || known.slice(0, -1).some((rank, i) => i > 0 && rank < known[i - 1]!);
}

/**
 * True when text with no grid and no place (`printed`) is under a header that prints a column the format lacks
 * (`HeaderColumns.readOther`): its figures, counted in order or cut, may take that column's for a cell's.
 */
export function underOtherTextHeader(printed: readonly ValueToken[], header: HeaderColumns): boolean {
  return header.readOther && withoutPlaces(printed);
}

const otherTextColumnWhy = ['表头印有标准格式没有的栏目（如“小计”），无位置的文本不能确定数值的栏目', 'the header prints a column the format lacks (such as 小计), and text without places does not tell which figure is under it'] as const;

const otherColumnWhy = ['有数值印在标准格式没有的栏目（如“小计”）之下', "a figure stands under a column the format lacks (such as 小计)"] as const;

/** Middles of header words this close (PDF points) are one cell's. */
const sameCell = 2;

/** A header cell's word that may name a column the format lacks: one to four ideographs (`小计`, `合计`). */
const otherHeaderWord = /^\p{Script=Han}{1,4}$/u;

/**
 * True when a figure of a page's row stands nearer the middle of a header cell the format lacks (`header.others`)
 * than to any column's: counted in order or put under the nearest column, it would take a cell of the format.
 */
function underOtherPageHeader(printed: readonly ValueToken[], centres: readonly (number | undefined)[], header: HeaderColumns): boolean {
  if (header.others.length === 0) return false;
  const known = centres.filter((centre): centre is number => centre !== undefined);
  return printed.some((token) => {
    if (!token.x) return false;
    const middle = (token.x[0] + token.x[1]) / 2;
    const nearest = (list: readonly number[]) => Math.min(...list.map((centre) => Math.abs(centre - middle)));
    return nearest(header.others) < nearest(known);
  });
}

/**
 * The header field that governs a row on line `line`: the one of the nearest header line above it (table 2's
 * blocks each print their own header over one grid; the innermost row of a multi-level header is the nearest);
 * for a row above every header line, the last.
 */
function governing(fields: readonly HeaderField[] | undefined, line: number): HeaderField | undefined {
  if (!fields || fields.length === 0) return undefined;
  // the last field on or above the line, by halving (a hostile table may repeat its header on every line)
  let low = 0;
  let high = fields.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (fields[middle]!.line <= line) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? fields[low - 1] : fields.at(-1);
}

/**
 * The header field of each column for a row of values: from the header of the row's own grid; for a row whose grid
 * has no header (a table continued on a page that does not repeat it, or in a second `<table>`), from the header of
 * the grid read last, only when every field of the row, empty ones too, stands at one of its columns (a grid may
 * count its columns otherwise: three label columns instead of one, or one fewer where a merged label cell stayed
 * with the table before, so that a row's figures all stand under the header shifted by one and only its empty first
 * field tells).
 */
function headerFields(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): (HeaderField | undefined)[] {
  const first = run.find((token) => token.column !== undefined);
  const line = run[0]?.line ?? 0;
  const own = first ? header.grids.get(gridOf(first.place)) : undefined;
  if (own) return columns.map((column) => governing(own.get(column.key), line));
  const fields = columns.map((column) => governing(header.last?.get(column.key), line));
  const fits = run.every((token) => token.column === undefined || fields.some((field) => field?.column === token.column));
  return fits ? fields : columns.map(() => undefined);
}

/** The grid index of each column's header for a row of values (see `headerFields`). */
export function headerPositions(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): (number | undefined)[] {
  return headerFields(run, columns, header).map((field) => field?.column);
}

/**
 * A run with the copies of a spanning cell folded: where a column's header label was repeated over several fields
 * (`HeaderField.first`) and the row prints the same text in every one of them (`| 行政许可 | 447228 | 447228 |`),
 * only the field at the column's grid index is kept, in a row with more fields than columns. Fields that differ are
 * kept, to be placed or refused as usual.
 */
function foldRepeatedSpans(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): readonly ValueToken[] {
  // Only a row with more fields than columns can hold copies: equal neighbours in a row of one field per column are cells.
  if (run.length <= columns.length) return run;
  let folded: Set<ValueToken> | undefined;
  for (const field of headerFields(run, columns, header)) {
    if (!field || field.first === field.column) continue;
    const copies = run.filter((token) => token.column !== undefined && token.column >= field.first && token.column <= field.column);
    if (copies.length !== field.column - field.first + 1 || copies.some((token) => token.printed !== copies[0]!.printed)) continue;
    folded ??= new Set();
    for (const token of copies) if (token.column !== field.column) folded.add(token);
  }
  return folded ? run.filter((token) => !folded.has(token)) : run;
}

/**
 * A run with each blank cell merged over several columns of the header (`<td colspan="5"></td>` where a page leaves
 * 法人或其他组织's five columns blank, or a placeholder so merged) spread over them: one copy at each header column it
 * covers. A merge that covers one header column (a table-2 cell as wide as its header) stays one cell; a figure
 * merged over several stays one value, whose column the merge does not say.
 */
function spreadMergedBlanks(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): readonly ValueToken[] {
  if (!run.some((token) => token.span !== undefined && token.value === null)) return run;
  return spreadBlanksOver(run, headerPositions(run, columns, header).filter((position) => position !== undefined));
}

/** A run with each blank cell merged over several of the header's grid columns `positions` spread over them. */
export function spreadBlanksOver(run: readonly ValueToken[], positions: readonly number[]): ValueToken[] {
  return run.flatMap((token) => {
    if (token.span === undefined || token.value !== null || token.illegible) return [token];
    const covered = positions.filter((position) => position >= token.column! && position < token.column! + token.span!);
    return covered.length > 1 ? covered.map((column) => ({ ...token, column })) : [token];
  });
}

/** Result of placing a run of values under columns. */
export type Placement =
  | { readonly kind: 'placed'; readonly cells: readonly (ValueToken | null)[]; readonly extra: readonly ValueToken[] }
  /** `why`: what left it unplaced, when it is not the count of its values (Chinese, English). */
  | { readonly kind: 'unplaced'; readonly why?: readonly [string, string] };

/**
 * A figure of several digits, maybe with a sign (a placeholder `-` glued to the next cells reads as one) or a
 * decimal point (money run into the cell before it, `99989378566.1`).
 */
function hasSeveralDigits(printed: string): boolean {
  return /^[-−]?\d+(?:\.\d+)?$/u.test(printed) && printed.replace(/\D/gu, '').length >= 2;
}

/**
 * True when a row of a grid or a text line prints fewer values than its `width` columns and lacks fields for some
 * (fewer fields than columns, or a header column with no field under it; `positions`: each column's grid index
 * where the header gives it): its cells' separators may have been lost (`| 上年结转 | 111000012 |`), so a figure of
 * several digits may hold several cells, and where a value stands does not tell its column. Rows that print
 * every field, empty ones included, are placed as usual; so are page rows (PDF), by position. Header positions of
 * which two are the same (header cells spanning columns, read as one field each) tell nothing.
 */
export function lacksFields(run: readonly ValueToken[], width: number, positions: readonly (number | undefined)[]): boolean {
  let printed = 0;
  for (const token of run) {
    if (token.printed === '') continue;
    if (token.x !== undefined) return false;
    printed++;
  }
  if (printed >= width) return false;
  if (run.length < width) return true;
  const known = positions.filter((position) => position !== undefined);
  return known.length === width && new Set(known).size === width && known.some((position) => !run.some((token) => token.column === position));
}

/** A row's figures of several digits marked as runs of digits, for a row that lacks fields (`lacksFields`). */
export function markRuns(run: readonly ValueToken[]): ValueToken[] {
  return run.map((token) => (!token.run && hasSeveralDigits(token.printed) ? { ...token, run: true } : token));
}

/**
 * True when two figures stand in one field of a grid (`| 9<sup>2</sup> |`, `| 300 1 |`): which of them is the column's,
 * the grid cannot tell, and the row does not print one figure per cell, so its count of figures says nothing of its
 * columns either (an empty field beside them is a blank cell).
 */
export function sharesGridField(printed: readonly ValueToken[]): boolean {
  for (let i = 1; i < printed.length; i++) if (printed[i]!.column !== undefined && printed[i]!.column === printed[i - 1]!.column) return true;
  return false;
}

/**
 * True when a grid row's run of values is one field per column, empty ones included, side by side (`151 | | | | |
 * | 154`): a page's text of a table whose header cells span several columns or rows (`法人或其他组织` over five) gives
 * no grid index to the columns under them, but a row that prints every field needs none. Its first and last fields
 * must print something — an empty one at either end may be a label column's or a stray separator, not a cell —
 * unless a table's bars in text mark them as cells (`barred`: `规章| | 5| `, a converter leaving out the cells under a
 * merged one, as Python's html2text does).
 */
export function fieldPerColumn(run: readonly ValueToken[], width: number): boolean {
  const marksCell = (token: ValueToken): boolean => token.printed !== '' || token.barred === true;
  if (run.length !== width || run[0]?.column === undefined || !marksCell(run[0]) || !marksCell(run.at(-1)!)) return false;
  const first = run[0].column;
  return run.every((token, i) => token.column === first + i);
}

/**
 * True when a run's values may hold the copies of one spanning cell that no header folded, in a row that has a cell
 * spanning fields (`RowTarget.spans`): two neighbouring fields print the same figure and an empty field stands in
 * the run (`| 行政事业性收费 |  | 4191 | 4191 |`, as docling repeats a merged figure in every field it spans), so the
 * empty field may be a blank cell and the two figures one.
 */
function mayHoldCopies(run: readonly ValueToken[]): boolean {
  if (!run.some((token) => token.printed === '')) return false;
  for (let i = 1; i < run.length; i++) {
    const [left, right] = [run[i - 1]!, run[i]!];
    if (left.printed !== '' && left.printed === right.printed && left.column !== undefined && right.column === left.column + 1) return true;
  }
  return false;
}

/**
 * True when `values`, every one known and each another, do not rise. Unknown or equal ones tell nothing: header
 * cells spanning columns, each read as one field (a browser's text of a page), give the same or no index to several.
 */
function fallsSomewhere(values: readonly (number | undefined)[]): boolean {
  if (values.some((value) => value === undefined) || new Set(values).size !== values.length) return false;
  return values.some((value, i) => i > 0 && value! < values[i - 1]!);
}

/**
 * True when a figure of a grid row stands between the header's columns in a field that a complete header
 * (`positions`, each another) gives to none — a column the format lacks (`小计` of the legal persons, before `总计`) —
 * and a field the header does give a column is empty: counted in order, the figure would take that blank's place.
 * A figure outside the header's span says nothing: rows often print one label field more than the header counts.
 */
function underOtherHeader(run: readonly ValueToken[], positions: readonly (number | undefined)[]): boolean {
  if (positions.some((position) => position === undefined) || new Set(positions).size !== positions.length) return false;
  const known = positions as number[];
  const [first, last] = [Math.min(...known), Math.max(...known)];
  const inside = (token: ValueToken) => token.column !== undefined && token.column > first && token.column < last;
  const stray = run.some((token) => token.printed !== '' && inside(token) && !known.includes(token.column!));
  return stray && run.some((token) => token.printed === '' && known.includes(token.column!));
}

/**
 * True when the header prints the columns in another order than the format's (`总计` before `自然人`), by grid
 * index (`positions`), on a page, or in text with neither (`readOutOfOrder`): a row's figures in their printed order
 * are then not its cells in the format's, so only where each figure stands places it.
 */
export function headerReordered(positions: readonly (number | undefined)[], columns: readonly ColumnEntry[], header: HeaderColumns): boolean {
  return (
    fallsSomewhere(positions) ||
    fallsSomewhere(columns.map((column) => header.xAt.get(column.key)?.[0]?.centre)) ||
    readOutOfOrder(columns.map((column) => header.read.get(column.key)))
  );
}

/**
 * Places values under columns, the copies of a spanning cell folded first (`foldRepeatedSpans`): never in the printed
 * order when the header prints the columns in another (`headerReordered`) or a figure stands under a column the
 * format lacks (`underOtherHeader`); else in order when the run holds exactly one value per column (empty grid fields
 * ignored, unless a field of the grid holds two figures (`sharesGridField`), or, in a row with a cell spanning fields (`spans`), they may stand for a blank cell beside a merged cell's
 * copies: `mayHoldCopies`); never when the row lacks fields (`lacksFields`); otherwise by grid column under the header, when every
 * column's header position is known and each is another, and no field holds two figures; otherwise in order when the row prints one field per column
 * (`fieldPerColumn`); otherwise, on a page, under the header label each value stands nearest to, when every column's
 * label was found there.
 */
export function placeValues(printedRun: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns, spans: boolean): Placement {
  const run = spreadMergedBlanks(foldRepeatedSpans(printedRun, columns, header), columns, header);
  const onPage = run.filter((token) => token.printed !== '');
  const centres = onPage[0]?.x ? centresAt(header, columns, onPage[0].line) : columns.map(() => undefined);
  const printed = partedOverColumns(onPage, [...centres, ...(onPage[0]?.x ? header.others : [])]);
  if (!printed) return { kind: 'unplaced', why: spanWhy };
  const gridRow = run.some((token) => token.column !== undefined);
  // a page's or text's row needs no grid position (most rows: found only when the count places nothing)
  const positions = gridRow ? headerPositions(run, columns, header) : undefined;
  const reordered = headerReordered(positions ?? [], columns, header);
  const otherColumn = (positions !== undefined && underOtherHeader(run, positions)) || underOtherPageHeader(printed, centres, header);
  if (underOtherTextHeader(printed, header)) return { kind: 'unplaced', why: otherTextColumnWhy };
  if (header.cut !== undefined && printed.some((token) => token.x !== undefined && token.x[1] > header.cut!)) return { kind: 'unplaced', why: cutWhy };
  if (reachesCutInText(printed, columns, header)) return { kind: 'unplaced', why: cutWhy };
  // on a page that ran past its edge, the row's count proves nothing: a column may be gone
  const overflows = printed[0]?.x !== undefined && header.overflowing.has(printed[0].line);
  if (
    !reordered &&
    !otherColumn &&
    !overflows &&
    printed.length === columns.length &&
    printed.every((token) => countDigits(token.printed) <= exactDigits) &&
    !(spans && mayHoldCopies(run)) &&
    !sharesGridField(printed)
  ) {
    return { kind: 'placed', cells: printed, extra: [] };
  }
  const known = positions ?? headerPositions(run, columns, header);
  if (lacksFields(run, columns.length, known)) return { kind: 'unplaced' };
  if (
    known.every((position) => position !== undefined) &&
    new Set(known).size === columns.length &&
    run.every((token) => token.column !== undefined) &&
    !sharesGridField(printed)
  ) {
    const cells = known.map((position) => run.find((token) => token.column === position) ?? null);
    const extra = printed.filter((token) => !known.includes(token.column!));
    return { kind: 'placed', cells, extra };
  }
  if (!reordered && fieldPerColumn(run, columns.length)) return { kind: 'placed', cells: [...run], extra: [] };
  if (otherColumn && printed.some((token) => token.x !== undefined)) {
    // under the columns of the format and the others side by side; what stands under another is no cell of the format
    const cells = centres.every((centre) => centre !== undefined) && printed.every((token) => token.x !== undefined) ? placeByLearnedColumns(printed, [...(centres as number[]), ...header.others]) : null;
    if (!cells) return { kind: 'unplaced', why: otherColumnWhy };
    return { kind: 'placed', cells: cells.slice(0, columns.length), extra: cells.slice(columns.length).filter((token): token is ValueToken => token !== null) };
  }
  if (centres.every((centre) => centre !== undefined) && printed.length > 0 && printed.every((token) => token.x !== undefined)) {
    const cells = placeByLearnedColumns(printed, centres as number[]);
    if (cells) return { kind: 'placed', cells, extra: [] };
  }
  return reordered ? { kind: 'unplaced', why: reorderedWhy } : overflows ? { kind: 'unplaced', why: overflowWhy } : { kind: 'unplaced' };
}

/**
 * A page row's figures with each that runs over the middles of two or more of the header's columns, or more than a
 * digit's width past the middle between its column's and a neighbour's, parted where its digits stand apart, each part
 * under one column (`partedFigure`): such a figure is the figures of neighbouring narrow cells printed nearly touching
 * (`28456`, LibreOffice's print of 284 run past its narrow cell's rule to 56 in the next), never one cell. `null` when
 * one cannot be so parted.
 */
function partedOverColumns(printed: readonly ValueToken[], centres: readonly (number | undefined)[]): readonly ValueToken[] | null {
  // (`centres`: the header's columns on the page, those the format lacks among them — a 小计 stands between two)
  const known = centres.filter((centre): centre is number => centre !== undefined);
  // a digit's width: the narrowest of the row's figures per digit (a figure glued to its label spans the label too)
  const digit = Math.min(...printed.map((token) => (token.x ? (token.x[1] - token.x[0]) / Math.max(1, countDigits(token.printed)) : Infinity)));
  const over = (token: ValueToken): boolean => {
    if (!token.x) return false;
    const [left, right] = token.x;
    const nearest = nearestColumn(token.x, known);
    // (none: it runs over two middles)
    if (nearest === undefined) return known.length > 1;
    // more than a digit past the middle between its column and the next: a figure run past its narrow cell's rule
    const own = known[nearest]!;
    return known.some((centre) => (centre > own ? right > (own + centre) / 2 + digit : centre < own && left < (own + centre) / 2 - digit));
  };
  if (!printed.some(over)) return printed;
  const out: ValueToken[] = [];
  for (const token of printed) {
    if (!over(token)) {
      out.push(token);
      continue;
    }
    const parted = partedFigure(token, (x) => nearestColumn(x, known));
    if (!parted) return null;
    out.push(...parted);
  }
  return out;
}

/** The index in `centres` (sorted or not) of the one nearest the middle of `x`, or `undefined` when it spans two. */
function nearestColumn(x: readonly [number, number], centres: readonly number[]): number | undefined {
  if (centres.filter((centre) => centre >= x[0] && centre <= x[1]).length > 1) return undefined;
  const middle = (x[0] + x[1]) / 2;
  let best = 0;
  for (let i = 1; i < centres.length; i++) if (Math.abs(centres[i]! - middle) < Math.abs(centres[best]! - middle)) best = i;
  return centres.length > 0 ? best : undefined;
}

const overflowWhy = [
  '本页文字超出页边（表格宽于页面），本行的栏目须由表头逐一确定，而表头未印出全部栏目',
  "the page's text runs past its edge (the table is wider than the page): the row's columns must each be told by the header, which does not print them all",
] as const;
const spanWhy = [
  '本行有数值横跨表头的两栏（窄格中相邻两格的数值几乎相连），无法分开',
  "a figure of the row runs under two of the header's columns (the figures of neighbouring narrow cells nearly touching) and cannot be parted",
] as const;
/** Whether a row of text with no grid and no place prints a figure for each column up to one cut short (`cutInText`). */
function reachesCutInText(printed: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): boolean {
  if (header.cutInText.size === 0 || printed.some((token) => token.x !== undefined || token.column !== undefined)) return false;
  const first = columns.findIndex((column) => header.cutInText.has(column.key));
  return first >= 0 && printed.length > first;
}

const cutWhy = [
  '表头的栏目名在页边被截断（表格宽于页面），本行有数值伸到截断处，可能也被截断',
  "the header's column label is cut short at the page's margin (the table is wider than the page), and a figure of the row reaches there: it may be cut short too",
] as const;
const reorderedWhy = ['表头的栏目次序与标准格式不同，数值的位置不能确定其栏目', "the header prints the columns in another order than the format's, and where the figures stand does not place them"] as const;
