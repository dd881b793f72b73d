// Structure-aware hostile documents, for the property tests, the hostile-input benchmark and the fuzzer's seeds:
// deep nesting, huge attributes and counters, long digit runs, broken ZIP and PDF structures, mixed encodings.
import { readFileSync } from 'node:fs';
import * as CFB from 'cfb';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * The formats the parser reads, each given to `parse` with its `kind`; `any` is bytes whose kind `parse` detects:
 * broken and nested ZIP archives, images, compound files that are not Word, truncated headers.
 */
export type Format = 'text' | 'html' | 'docx' | 'pdf' | 'doc' | 'any';
export const formats: readonly Format[] = ['text', 'html', 'docx', 'pdf', 'doc', 'any'];

/** The `kind` option `parse` is given for a format: none for `any`, whose kind is detected. */
export const kindOf = (format: Format): Exclude<Format, 'any'> | undefined => (format === 'any' ? undefined : format);

const corpus = (file: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/corpus/${file}`, import.meta.url)));
const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(new URL(`fixtures/${file}`, import.meta.url)));

/** Real documents that mutations start from. */
export const seeds = {
  text: corpus('2020-yueqing-xianxi-town.txt'),
  html: fixture('2024-huaian-city.gb2312.html'),
  docx: fixture('2020-yueqing-xianxi-town.docx'),
  pdf: corpus('2023-huaian-hongze-district.pdf'),
  doc: fixture('2020-yueqing-xianxi-town.word97.doc'),
  any: fixture('2020-yueqing-xianxi-town.docx'),
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) (out.set(part, at), (at += part.length));
  return out;
};

/** A table-3 row label and the numbers a report prints. */
const labels = ['（一）予以公开', '三、本年度办理结果', '（七）总计', '一、本年新收政府信息公开申请数量', '规章', '行政许可', '维持', '总计'];

/** Numbers as hostile documents print them: long digit runs, huge, negative, exponents, full-width. */
const hostileNumber = fc.oneof(
  fc.nat().map(String),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '7'.repeat(n)),
  fc.constantFrom('1e308', '-0', '99999999999999999999999', '1,000,000,000,000', '１２３', '0x1F', 'NaN', '∞', '٣'),
  fc.integer({ min: -1e9, max: -1 }).map(String),
);

/** Bytes of text in several encodings at once: UTF-8, GB18030, Latin-1, UTF-16, NUL and control bytes. */
export const mixedEncodingBytes = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }).map(utf8),
      fc.constantFrom(
        Uint8Array.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc]), // 一、总 in GB2312
        Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), // Müller in Latin-1
        Uint8Array.from([0xff, 0xfe, 0x00, 0x4e]), // a UTF-16 BOM mid-stream
        Uint8Array.from([0x00, 0x00, 0x80, 0xff]),
        Uint8Array.from([0xef, 0xbb, 0xbf]),
        Uint8Array.from([0x81, 0x30, 0x81, 0x30]), // a GB18030 four-byte character
      ),
      fc.uint8Array({ maxLength: 16 }),
    ),
    { maxLength: 60 },
  )
  .map(concat);

/** Plain text: long digit runs in table rows, rows with thousands of cells, prose lines, mixed encodings. */
export function hostileText(scale = 1): fc.Arbitrary<string | Uint8Array> {
  const row = fc.tuple(fc.constantFrom(...labels), fc.array(hostileNumber, { maxLength: 10 * scale })).map(([label, cells]) => [label, ...cells].join('\t'));
  const seedText = new TextDecoder().decode(seeds.text);
  return fc.oneof(
    fc.array(fc.oneof(row, fc.string({ maxLength: 80 })), { maxLength: 60 * scale }).map((lines) => lines.join('\n')),
    // a real report with one row's figures replaced by a digit run
    fc.tuple(fc.nat(), fc.integer({ min: 10, max: 5000 * scale })).map(([at, length]) => {
      const lines = seedText.split('\n');
      const rows = lines.flatMap((line, i) => (/\t\d/u.test(line) ? [i] : []));
      const i = rows[at % rows.length]!;
      lines[i] = `${lines[i]!.split('\t')[0]}\t${'3'.repeat(length)}`;
      return lines.join('\n');
    }),
    fc.integer({ min: 1, max: 2000 * scale }).map((n) => '这是一段没有表格的正文，只有文字。\n'.repeat(n)),
    fc.integer({ min: 1, max: 200 * scale }).map((n) => `${'1\t'.repeat(n)}\n`.repeat(n)),
    // HTML tables written into text (Markdown extractions): nested, unclosed by the thousand, huge spans
    fc.tuple(fc.integer({ min: 1, max: 2000 * scale }), hostileSpan, fc.constantFrom('\n', '')).map(([n, value, newline]) =>
      [
        `${'<table>'.repeat(n)}${newline}${'</table>'.repeat(n)}`,
        `<table><tr>${`<td colspan="${value}" rowspan="${value}">1</td>${newline}`.repeat(n)}</tr></table>`,
        `<table><tr><td>${newline}`.repeat(n),
      ].join('\n'),
    ),
    // tables drawn with rules (text browsers' dumps): huge grids, a bar across the cells above on every line, a
    // rule before every line
    fc.tuple(fc.integer({ min: 1, max: 300 * scale }), fc.integer({ min: 1, max: 300 * scale }), fc.boolean()).map(([rows, columns, ascii]) => {
      const [left, junction, stroke, bar] = ascii ? ['+', '+', '-', '|'] : ['├', '┼', '─', '│'];
      const rule = `${left}${`${stroke}${stroke}${junction}`.repeat(columns)}`;
      const row = `${bar}${`1 ${bar}`.repeat(columns)}`;
      const crooked = `${bar}${` ${bar}`.repeat(2 * columns)}`;
      return [[rule, ...Array.from({ length: rows }, () => `${row}\n${rule}`)], [rule, ...new Array<string>(rows).fill(crooked)], new Array<string>(rows).fill(`${rule}\n${crooked}`)]
        .map((lines) => lines.join('\n'))
        .join('\n');
    }),
    mixedEncodingBytes,
  );
}

/** An attribute value as hostile pages write it: huge, negative, long, or not a number at all. */
const hostileSpan = fc.oneof(hostileNumber, fc.constantFrom('0', '-1', '65535', '4294967297', '1.5', '"', ''));

/** HTML: deep nesting, unclosed tags by the thousand, huge spans and attributes, entity floods, lying charsets. */
export function hostileHtml(scale = 1): fc.Arbitrary<string | Uint8Array> {
  const tag = fc.constantFrom('table', 'tr', 'td', 'div', 'b', 'font', 'span', 'p', 'tbody', 'th', 'ul', 'li');
  return fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 2000 * scale }), fc.constantFrom('table', 'div', 'b', 'td'), fc.boolean()).map(([depth, name, closed]) => {
      const open = name === 'table' ? '<table><tr><td>' : `<${name}>`;
      const close = name === 'table' ? '</td></tr></table>' : `</${name}>`;
      return `${open.repeat(depth)}（七）总计 1 2 3${closed ? close.repeat(depth) : ''}`;
    }),
    fc.tuple(fc.integer({ min: 1, max: 20_000 * scale }), tag).map(([n, name]) => `<${name}>`.repeat(n)),
    // rows nesting in cells behind an element htmlparser2 does not know, so no row is ever closed (a fuzz finding)
    fc.tuple(fc.integer({ min: 1, max: 2000 * scale }), fc.constantFrom('x', 'prototype', 'tab?le')).map(([depth, name]) => `<table>${`<tr><td>1<${name}>`.repeat(depth)}（七）总计 1 2 3`),
    fc.array(fc.tuple(hostileSpan, hostileSpan, hostileNumber), { minLength: 1, maxLength: 30 * scale }).map((cells) =>
      `<table><tr>${cells.map(([colspan, rowspan, text]) => `<td colspan="${colspan}" rowspan="${rowspan}">${text}</td>`).join('')}</tr></table>`,
    ),
    fc.integer({ min: 1, max: 200_000 * scale }).map((n) => `<td title="${'x'.repeat(n)}" class=${'"'.repeat(3)}>1</td>`),
    fc.integer({ min: 1, max: 20_000 * scale }).map((n) => `<p>${'&#x4E00;&amp;&nbsp;&#99999999;'.repeat(n)}</p>`),
    fc.tuple(fc.constantFrom('utf-8', 'gbk', 'utf-16', 'x-unknown', 'iso-8859-1'), mixedEncodingBytes).map(([charset, body]) =>
      concat([utf8(`<html><head><meta charset="${charset}"></head><body><table><tr><td>`), body, utf8('</td></tr></table>')]),
    ),
    fc.array(fc.oneof(fc.constantFrom('<table>', '</table>', '<tr>', '<td rowspan="9999">', '<td colspan="9999">', '</td>', '<!--', '-->', '<script>', '<![CDATA['), fc.string({ maxLength: 6 })), { maxLength: 300 * scale }).map((pieces) => pieces.join('')),
    mutatedBytes(seeds.html),
  );
}

/** The smallest DOCX that Word would open: a document part, and a numbering part when given. */
export function minimalDocx(body: string, numbering?: string): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${w}><w:body>${body}</w:body></w:document>`),
  };
  if (numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${w}>${numbering}</w:numbering>`);
  return zipSync(files);
}

/** A numbering part with one list whose level 0 counts from `start` in `format`, and `count` paragraphs using it. */
export function numberedDocx(start: string, format: string, count = 3): Uint8Array {
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
  const paragraph = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>';
  return minimalDocx(paragraph.repeat(count), numbering);
}

const numberFormats = ['upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'chineseCounting', 'chineseCountingThousand', 'ideographTraditional', 'decimal', 'decimalEnclosedCircle', 'ordinalText', 'cardinalText', 'japaneseCounting', 'bogus'];

/** A copy of the DOCX `archive` whose central directory declares `size` bytes for its document part. */
export function lyingSizeDocx(archive: Uint8Array, size: number): Uint8Array {
  const bytes = archive.slice();
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0 && at + 46 <= bytes.length; n--) {
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)).endsWith('document.xml')) view.setUint32(at + 24, size, true);
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

/** Bytes of `source` truncated, with bytes flipped, or with a slice repeated. */
function mutatedBytes(source: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }).map((share) => source.slice(0, Math.floor(source.length * share))),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
      const out = source.slice();
      for (const [at, byte] of flips) out[at % out.length] = byte;
      return out;
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 2, max: 50 })).map(([at, length, times]) => {
      const from = at % source.length;
      const slice = source.subarray(from, from + length);
      return concat([source.subarray(0, from), ...Array.from({ length: times }, () => slice), source.subarray(from)]);
    }),
  );
}

/** DOCX: numbering with huge starts in every format, deep tables, huge spans, broken and lying archives. */
export function hostileDocx(scale = 1): fc.Arbitrary<Uint8Array> {
  const cell = (text: string, span = '1') => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  return fc.oneof(
    fc.tuple(fc.oneof(hostileNumber, fc.constantFrom('100000000000', '1000000000000', '2147483648')), fc.constantFrom(...numberFormats), fc.integer({ min: 1, max: 50 * scale })).map(([start, format, count]) => numberedDocx(start, format, count)),
    fc.integer({ min: 1, max: 500 * scale }).map((depth) => minimalDocx(`${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>1</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`)),
    fc.array(fc.tuple(hostileNumber, hostileSpan), { minLength: 1, maxLength: 20 * scale }).map((cells) => minimalDocx(`<w:tbl><w:tr>${cells.map(([text, span]) => cell(text, span)).join('')}</w:tr></w:tbl>`)),
    fc.integer({ min: 1, max: 50_000 * scale }).map((n) => minimalDocx(`<w:p>${'<w:r><w:t>一</w:t></w:r>'.repeat(n)}</w:p>`)),
    fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 0xffffffff })).map((size) => lyingSizeDocx(seeds.docx, size)),
    mutatedBytes(seeds.docx),
    mutatedBytes(numberedDocx('1', 'chineseCounting')),
  );
}

/** A one-page PDF whose objects are `objects` (numbered from 1), with an xref table pointing at them. */
export function minimalPdf(objects: readonly string[], trailer = '/Root 1 0 R'): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(out);
}

const pageObjects = (content: string, pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'): string[] => [
  '<< /Type /Catalog /Pages 2 0 R >>',
  pages,
  page,
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
];

/** PDF: page trees that loop or claim a billion pages, lying lengths, deep arrays, huge text, broken corpus PDFs. */
export function hostilePdf(scale = 1): fc.Arbitrary<Uint8Array> {
  const text = fc.array(hostileNumber, { maxLength: 40 * scale }).map((cells) => cells.map((c, i) => `BT /F1 9 Tf ${40 + (i % 8) * 60} ${800 - Math.floor(i / 8) * 12} Td (${c.slice(0, 2000)}) Tj ET`).join('\n'));
  return fc.oneof(
    text.map((content) => minimalPdf(pageObjects(content))),
    fc.constantFrom(
      minimalPdf(pageObjects('BT ET', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>')), // the page tree holds itself
      minimalPdf(pageObjects('BT ET', '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>')),
      minimalPdf(pageObjects('BT ET', '<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R] /Count 3 >>')),
      minimalPdf(pageObjects('BT ET'), '/Root 1 0 R /Encrypt << /Filter /Standard /V 9 >>'),
      minimalPdf(['<< /Type /Catalog /Pages 1 0 R >>']),
    ),
    fc.integer({ min: 1, max: 20_000 * scale }).map((depth) => minimalPdf(pageObjects(`${'['.repeat(depth)}1${']'.repeat(depth)} BT ET`))),
    fc.integer({ min: 1, max: 20_000 * scale }).map((depth) => minimalPdf(pageObjects('BT ET', `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}`))),
    fc.integer({ min: 0, max: 0x7fffffff }).map((length) => minimalPdf(pageObjects('BT /F1 9 Tf (1) Tj ET').map((o) => o.replace(/\/Length \d+/u, `/Length ${length}`)))),
    mutatedBytes(seeds.pdf),
  );
}

/** A compound file holding `streams` (name → bytes), as Word 97 and Excel 97 write them. */
function compoundFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, bytes] of Object.entries(streams)) CFB.utils.cfb_add(container, name, bytes);
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** The streams of the seed Word 97 document, by name. */
function seedDocStreams(): Record<string, Uint8Array> {
  const container = CFB.read(seeds.doc, { type: 'buffer' });
  const streams: Record<string, Uint8Array> = {};
  container.FileIndex.forEach((entry, i) => {
    if (entry.type === 2 && entry.content) streams[container.FullPaths[i]!.replace(/^Root Entry\//u, '')] = new Uint8Array(entry.content as ArrayLike<number>);
  });
  return streams;
}

/** Where the File Information Block keeps the counts and pointers the reader follows (MS-DOC 2.5). */
const fibFields = [0x4c /* ccpText */, 0x1a2 /* fcClx */, 0x1a6 /* lcbClx */, 0x102 /* fcPlcfBtePapx */, 0x106 /* lcbPlcfBtePapx */, 0x0a /* flags */];

/**
 * Word 97: a File Information Block that lies (counts and pointers huge, zero or past the stream), text rewritten
 * as floods of field marks, cell and paragraph ends, random WordDocument streams, and mutated bytes.
 */
export function hostileDoc(scale = 1): fc.Arbitrary<Uint8Array> {
  const streams = seedDocStreams();
  const word = streams.WordDocument!;
  const withWord = (bytes: Uint8Array) => compoundFile({ ...streams, WordDocument: bytes });
  const u32 = fc.oneof(fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, word.length, word.length - 1), fc.nat({ max: 0xffffffff }));
  return fc.oneof(
    fc.array(fc.tuple(fc.constantFrom(...fibFields), u32), { minLength: 1, maxLength: 4 }).map((lies) => {
      const bytes = word.slice();
      const view = new DataView(bytes.buffer);
      for (const [at, value] of lies) view.setUint32(at, value, true);
      return withWord(bytes);
    }),
    // the text (from 0x800 in a file Word or LibreOffice writes) overwritten with runs of control characters
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x13, 0x14, 0x15, 0x07, 0x0d, 0x0b, 0x00), fc.integer({ min: 1, max: 4000 * scale })), { minLength: 1, maxLength: 8 }).map((floods) => {
      const bytes = word.slice();
      for (const [at, code, length] of floods) {
        const from = 0x800 + (at % Math.max(1, bytes.length - 0x800));
        for (let i = from; i < Math.min(bytes.length, from + length); i++) bytes[i] = i % 2 === 0 ? code : 0;
      }
      return withWord(bytes);
    }),
    fc.uint8Array({ minLength: 0x1aa, maxLength: 4096 * scale }).map((random) => {
      random.set([0xec, 0xa5], 0);
      return withWord(random);
    }),
    fc.constantFrom('Workbook', 'PowerPoint Document', '1Table', 'Data').map((name) => compoundFile({ [name]: word })),
    mutatedBytes(seeds.doc),
  );
}

/** Signatures of files that are not documents, or that claim to be one: images, archives, RTF, byte-order marks. */
const magics = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff, 0xe0], // JPEG
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP
  [0x50, 0x4b, 0x05, 0x06], // an empty ZIP's end record
  [0x1f, 0x8b, 0x08], // gzip
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // compound file
  [...utf8('{\\rtf1\\ansi ')],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xef, 0xbb, 0xbf],
].map((bytes) => Uint8Array.from(bytes));

let bomb: Uint8Array | undefined;
/** A small DOCX whose document part inflates to 64 MiB of spaces (over the default `maxBytes`). */
function zipBomb(): Uint8Array {
  bomb ??= zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(64 * 1024 * 1024).fill(0x20) }, { level: 9 });
  return bomb;
}

/**
 * Bytes of no stated kind, for `parse` to detect: a magic number and junk, images, ZIP archives that are broken,
 * nested, hold thousands of entries, lie about sizes or inflate far, compound files that are not Word.
 */
export function hostileBytes(scale = 1): fc.Arbitrary<Uint8Array> {
  const docx = seeds.docx;
  return fc.oneof(
    fc.tuple(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 4096 * scale })).map(([magic, junk]) => concat([magic, junk])),
    fc.integer({ min: 1, max: 5000 * scale }).map((n) => zipSync(Object.fromEntries(Array.from({ length: n }, (_, i) => [`word/${i}.xml`, strToU8('<w:p/>')])))),
    fc.integer({ min: 1, max: 20 }).map((depth) => {
      let inner: Uint8Array = docx;
      for (let i = 0; i < depth; i++) inner = zipSync({ 'word/document.xml': inner, '[Content_Types].xml': inner });
      return inner;
    }),
    fc.constant(null).map(() => zipBomb()),
    fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 0xffffffff })).map((size) => lyingSizeDocx(docx, size)),
    fc.double({ min: 0, max: 1, noNaN: true }).map((share) => docx.slice(0, Math.floor(docx.length * share))),
    // the archive's end record and central directory overwritten
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
      const out = docx.slice();
      for (const [at, byte] of flips) out[out.length - 1 - (at % 512)] = byte;
      return out;
    }),
    fc.uint8Array({ maxLength: 4096 * scale }).map((junk) => compoundFile({ Workbook: junk })),
    mixedEncodingBytes,
  );
}

/**
 * One hostile-document arbitrary per format; `scale` multiplies sizes (1 for unit tests, more for the benchmark),
 */
export function hostileInputs(format: Format, scale = 1): fc.Arbitrary<string | Uint8Array> {
  switch (format) {
    case 'text':
      return hostileText(scale);
    case 'html':
      return hostileHtml(scale);
    case 'docx':
      return hostileDocx(scale);
    case 'pdf':
      return hostilePdf(scale);
    case 'doc':
      return hostileDoc(scale);
    case 'any':
      return hostileBytes(scale);
  }
}

/** The parser rows of issue 12's table, built as the attacker built them. */
export function issueRows(): { readonly name: string; readonly format: Format; readonly input: string | Uint8Array }[] {
  const seedText = new TextDecoder().decode(seeds.text);
  const prose = '本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例。\n';
  const lines = seedText.split('\n');
  const row = lines.findIndex((line) => line.startsWith('（一）予以公开'));
  const longRow = lines.map((line, i) => (i === row ? `${line.split('\t')[0]}\t${'8'.repeat(5000)}` : line)).join('\n');
  return [
    { name: '2,000 nested <table>s', format: 'html', input: `${'<table><tr><td>'.repeat(2000)}1${'</td></tr></table>'.repeat(2000)}` },
    { name: 'table-3 row with a 5,000-digit run', format: 'text', input: longRow },
    { name: 'DOCX numbering from 1e11 in upper Roman', format: 'docx', input: numberedDocx('100000000000', 'upperRoman') },
    { name: 'DOCX numbering from 1e12 in upper letters', format: 'docx', input: numberedDocx('1000000000000', 'upperLetter') },
    { name: '200,000 unclosed <b>', format: 'html', input: '<b>'.repeat(200_000) },
    { name: '7 MiB of prose lines as text', format: 'text', input: prose.repeat(Math.ceil((7 * 1024 * 1024) / utf8(prose).length)) },
    { name: 'DOCX entry lying about its size', format: 'docx', input: lyingSizeDocx(seeds.docx, 168_000) },
    { name: '20,000 figures alone on their lines (one paragraph of digits)', format: 'text', input: `一、总体情况\n${Array.from({ length: 20_000 }, (_, i) => (i % 999) + 1).join('\n')}` },
    { name: 'Latin-1 bytes (not UTF-8, not GB18030)', format: 'text', input: Uint8Array.from([...`${'M\u00fcller J\u00fcrgen B\u00fcrger\n'.repeat(50)}`].map((c) => c.charCodeAt(0))) },
  ];
}
