import * as CFB from 'cfb';
import { isDirectoryTree } from './compound-directory.ts';
import { spendEvery } from '../budget.ts';
import { ParseError } from '../errors.ts';

/** The table properties a row-end paragraph carries (`sprmTDefTable`): cell edges and vertical merges. */
export interface WordRowDefinition {
  /** Cell edges in twips, one more than the cells: cell `i` spans `[edges[i], edges[i + 1]]`. */
  readonly edges: readonly number[];
  /** Per cell: `true` where the cell continues a vertical merge from the row above (`fVertMerge` without `fVertRestart`). */
  readonly mergedDown: readonly boolean[];
}

/** One paragraph of the main document, with the table marks that place it. */
export interface WordParagraph {
  /** Its text, without the paragraph or cell mark, fields shown by their result, special characters removed. */
  readonly text: string;
  /** Table depth (`sprmPItap`, or 1 for `sprmPFInTable`); 0 outside tables. */
  readonly depth: number;
  /** Ends a table cell (its mark is U+0007). */
  readonly cellEnd: boolean;
  /** Ends a table row of depth 1 (`sprmPFTtp`); its definition when the paragraph carries one. */
  readonly rowEnd: boolean;
  readonly row?: WordRowDefinition;
}

const wordMagic = 0xa5ec;

/** `sprm` codes (MS-DOC 2.6) the reader uses. */
const sprm = {
  inTable: 0x2416,
  rowEnd: 0x2417,
  depth: 0x6649,
  innerRowEnd: 0x244c,
  defTable: 0xd608,
  hugePapx: 0x6646,
} as const;

/** The byte size of a `sprm`'s operand from its `spra` (MS-DOC 2.2.5.1); `null` when variable. */
const operandSizes = [1, 1, 2, 4, 2, 2, null, 3] as const;

function corrupt(message: string): never {
  throw new ParseError('CORRUPT_ARCHIVE', `Word 97 document: ${message}`);
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8(at: number): number {
    if (at < 0 || at >= this.bytes.length) corrupt('a structure points outside its stream');
    return this.bytes[at]!;
  }
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) corrupt('a structure points outside its stream');
    return this.view.getUint16(at, true);
  }
  i16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) corrupt('a structure points outside its stream');
    return this.view.getInt16(at, true);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) corrupt('a structure points outside its stream');
    return this.view.getUint32(at, true);
  }
  slice(start: number, end: number): Reader {
    if (start < 0 || end > this.bytes.length || end < start) corrupt('a structure points outside its stream');
    return new Reader(this.bytes.subarray(start, end));
  }
}

function streamOf(container: CFB.CFB$Container, name: string): Reader | null {
  const entry = CFB.find(container, name);
  if (!entry?.content) return null;
  const content = entry.content as unknown as ArrayLike<number>;
  return new Reader(content instanceof Uint8Array ? content : Uint8Array.from(content));
}

interface Piece {
  readonly cpStart: number;
  readonly cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  readonly fc: number;
  /** One byte per character (CP-1252) instead of UTF-16LE. */
  readonly compressed: boolean;
}

/** The piece table (`Clx` → `PlcPcd`): where each run of character positions is stored. */
function readPieces(table: Reader, fcClx: number, lcbClx: number): Piece[] {
  const clx = table.slice(fcClx, fcClx + lcbClx);
  let at = 0;
  while (at < clx.bytes.length && clx.u8(at) === 0x01) at += 3 + clx.u16(at + 1);
  if (clx.u8(at) !== 0x02) corrupt('no piece table');
  const size = clx.u32(at + 1);
  const plc = clx.slice(at + 5, at + 5 + size);
  const count = (size - 4) / 12;
  if (!Number.isInteger(count) || count < 1) corrupt('a piece table of the wrong size');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = plc.u32((count + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: plc.u32(i * 4), cpEnd: plc.u32(i * 4 + 4), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** Characters 0x80–0x9F of CP-1252, the code page of compressed pieces. */
const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

interface Character {
  readonly code: number;
  /** Its byte offset in the WordDocument stream, by which paragraph properties are found. */
  readonly fc: number;
}

function readCharacters(word: Reader, pieces: readonly Piece[], cpEnd: number): Character[] {
  const out: Character[] = [];
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, cpEnd);
    for (let cp = piece.cpStart; cp < end; cp++) {
      spendEvery(out.length);
      const offset = cp - piece.cpStart;
      if (piece.compressed) {
        const fc = piece.fc + offset;
        const byte = word.u8(fc);
        out.push({ code: byte >= 0x80 && byte <= 0x9f ? cp1252.charCodeAt(byte - 0x80) : byte, fc });
      } else {
        const fc = piece.fc + offset * 2;
        out.push({ code: word.u16(fc), fc });
      }
    }
  }
  return out;
}

interface ParagraphProperties {
  depth: number;
  rowEnd: boolean;
  row?: WordRowDefinition;
}

/** A `TDefTableOperand`: the number of cells, their edges and their `TC80` merge flags. */
function readRowDefinition(operand: Reader): WordRowDefinition {
  const cells = operand.u8(0);
  const edges: number[] = [];
  for (let i = 0; i <= cells; i++) edges.push(operand.i16(1 + i * 2));
  const mergedDown: boolean[] = [];
  const tcStart = 1 + (cells + 1) * 2;
  for (let i = 0; i < cells; i++) {
    const at = tcStart + i * 20;
    // TC80 entries may be fewer than the cells: the rest are default (not merged).
    const flags = at + 2 <= operand.bytes.length ? operand.u16(at) : 0;
    mergedDown.push((flags & 0x20) !== 0 && (flags & 0x40) === 0);
  }
  return { edges, mergedDown };
}

/** Reads the `sprm`s of a paragraph's `grpprl` into the properties the reader needs. */
function readParagraphSprms(grpprl: Reader, data: Reader | null): ParagraphProperties {
  const props: ParagraphProperties = { depth: 0, rowEnd: false };
  let inTable = false;
  let at = 0;
  while (at + 2 <= grpprl.bytes.length) {
    const code = grpprl.u16(at);
    at += 2;
    const spra = code >> 13;
    let size: number = operandSizes[spra] ?? 0;
    let operandAt = at;
    if (operandSizes[spra] === null) {
      if (code === sprm.defTable) {
        size = grpprl.u16(at) - 1;
        operandAt = at + 2;
        at += 2;
      } else {
        size = grpprl.u8(at);
        operandAt = at + 1;
        at += 1;
      }
    }
    if (operandAt + size > grpprl.bytes.length) break;
    if (code === sprm.inTable) inTable = grpprl.u8(operandAt) !== 0;
    else if (code === sprm.rowEnd) props.rowEnd = grpprl.u8(operandAt) !== 0;
    else if (code === sprm.depth) props.depth = grpprl.u32(operandAt);
    else if (code === sprm.defTable) props.row = readRowDefinition(grpprl.slice(operandAt, operandAt + size));
    else if (code === sprm.hugePapx && data) {
      const huge = grpprl.u32(operandAt);
      const length = data.u16(huge);
      const stored = readParagraphSprms(data.slice(huge + 2, huge + 2 + length), null);
      props.depth = Math.max(props.depth, stored.depth);
      props.rowEnd ||= stored.rowEnd;
      if (stored.row) props.row = stored.row;
    }
    at = operandAt + size;
  }
  if (props.depth === 0 && inTable) props.depth = 1;
  return props;
}

interface PropertyRun {
  readonly fcStart: number;
  readonly fcEnd: number;
  readonly props: ParagraphProperties;
}

/** Paragraph properties by file offset, from the `PlcBtePapx` and its 512-byte `PapxFkp` pages. */
function readParagraphRuns(word: Reader, table: Reader, data: Reader | null, fc: number, lcb: number): PropertyRun[] {
  const plc = table.slice(fc, fc + lcb);
  const count = (lcb - 4) / 8;
  if (!Number.isInteger(count)) corrupt('a paragraph property table of the wrong size');
  const runs: PropertyRun[] = [];
  for (let i = 0; i < count; i++) {
    const page = plc.u32((count + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = word.slice(page * 512, page * 512 + 512);
    const crun = fkp.u8(511);
    for (let j = 0; j < crun; j++) {
      const offset = fkp.u8((crun + 1) * 4 + j * 13) * 2;
      let props: ParagraphProperties = { depth: 0, rowEnd: false };
      if (offset !== 0) {
        const cb = fkp.u8(offset);
        const start = cb !== 0 ? offset + 1 : offset + 2;
        const length = cb !== 0 ? 2 * cb - 1 : 2 * fkp.u8(offset + 1);
        // The first two bytes are the style index (istd).
        props = readParagraphSprms(fkp.slice(start + 2, Math.min(start + length, 511)), data);
      }
      runs.push({ fcStart: fkp.u32(j * 4), fcEnd: fkp.u32(j * 4 + 4), props });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function propertiesAt(runs: readonly PropertyRun[], fc: number): ParagraphProperties {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const run = runs[mid]!;
    if (fc < run.fcStart) high = mid - 1;
    else if (fc >= run.fcEnd) low = mid + 1;
    else return run.props;
  }
  return { depth: 0, rowEnd: false };
}

/**
 * A paragraph's shown text: field codes (between U+0013 and U+0014) dropped and their results kept, line breaks
 * (U+000B) and tabs kept as `\n` and `\t`, other control characters (objects, notes, page breaks) removed.
 */
function shownText(chars: readonly Character[]): string {
  let text = '';
  // For each open field, whether its code is still being read; `inCode` counts the `true`s, so that a run of
  // thousands of unclosed fields costs no more than their characters.
  const fields: boolean[] = [];
  let inCode = 0;
  for (const { code } of chars) {
    if (code === 0x13) (fields.push(true), inCode++);
    else if (code === 0x14) {
      if (fields.at(-1) === true) inCode--;
      if (fields.length > 0) fields[fields.length - 1] = false;
    } else if (code === 0x15) {
      if (fields.pop() === true) inCode--;
    } else if (inCode > 0) continue;
    else if (code === 0x0b) text += '\n';
    else if (code === 0x09) text += '\t';
    else if (code === 0x1e) text += '-';
    else if (code >= 0x20) text += String.fromCharCode(code);
  }
  return text;
}

/**
 * Reads the main document of a Word 97–2003 binary file (MS-DOC) as paragraphs with their table marks.
 * Throws {@link ParseError}: `NOT_A_DOCUMENT` (not a compound file holding a `WordDocument` stream),
 * `UNSUPPORTED_KIND` (password-protected), `CORRUPT_ARCHIVE` (structures that point outside their streams).
 */
export function readWordBinary(bytes: Uint8Array): WordParagraph[] {
  let container: CFB.CFB$Container;
  if (!isDirectoryTree(bytes)) throw new ParseError('CORRUPT_ARCHIVE', 'The directory of the Word 97 document is not a tree');
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw new ParseError('CORRUPT_ARCHIVE', 'The compound file of the Word 97 document cannot be read', { cause: error });
  }
  const word = streamOf(container, 'WordDocument');
  if (!word || word.bytes.length < 0x1aa || word.u16(0) !== wordMagic) {
    throw new ParseError('NOT_A_DOCUMENT', 'The compound file holds no Word 97 document');
  }
  const flags = word.u16(0x0a);
  if (flags & 0x0100) throw new ParseError('UNSUPPORTED_KIND', 'The Word 97 document is password-protected; save it without a password');
  const table = streamOf(container, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) corrupt('its table stream is missing');
  const data = streamOf(container, 'Data');
  const ccpText = word.u32(0x4c);
  const pieces = readPieces(table, word.u32(0x1a2), word.u32(0x1a6));
  const runs = readParagraphRuns(word, table, data, word.u32(0x102), word.u32(0x106));
  const chars = readCharacters(word, pieces, ccpText);
  const paragraphs: WordParagraph[] = [];
  let start = 0;
  chars.forEach((char, i) => {
    if (char.code !== 0x0d && char.code !== 0x07 && i !== chars.length - 1) return;
    const props = propertiesAt(runs, char.fc);
    const cellEnd = char.code === 0x07 && props.depth > 0;
    const rowEnd = props.rowEnd && props.depth === 1 && char.code === 0x07;
    const last = char.code === 0x0d || char.code === 0x07 ? i : i + 1;
    paragraphs.push({
      text: shownText(chars.slice(start, last)),
      depth: props.depth,
      cellEnd: cellEnd && !rowEnd,
      rowEnd,
      ...(rowEnd && props.row ? { row: props.row } : {}),
    });
    start = i + 1;
  });
  return paragraphs;
}
