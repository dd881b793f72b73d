import {
  listCellEntries,
  createEmptyReport,
  sectionCatalogue,
  setCell,
  type ColumnEntry,
  type Edition,
  type Report,
  type SectionKey,
} from '@disclosure/core';
import fc from 'fast-check';

const placeholders = ['/', '／', '-', '—', '无'];

/** A cell as a report may print it: a number, a blank, or a placeholder kept in `printed`. */
export function arbitraryCell(column: ColumnEntry): fc.Arbitrary<{ value: number | null; printed?: string }> {
  const blank = fc.constant({ value: null });
  const placeholder = fc.constantFrom(...placeholders).map((printed) => ({ value: null, printed }));
  const number =
    column.unit === 'tenThousandYuan' || column.unit === 'money'
      ? fc
          .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 2 }))
          .map(([units, decimals]) => {
            const printed = (units / 100).toFixed(decimals);
            const value = Number(printed);
            return printed === String(value) ? { value } : { value, printed };
          })
      : column.unit === 'signedCount'
        ? fc.integer({ min: -5000, max: 5000 }).map((value) => ({ value }))
        : fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 100_000 })).map((value) => ({ value }));
  return fc.oneof({ weight: 6, arbitrary: number }, { weight: 1, arbitrary: blank }, { weight: 1, arbitrary: placeholder });
}

const words = [
  '政府信息', '公开', '工作', '我区', '持续', '推进', '规范', '加强', '平台', '建设', '管理', '监督', '保障', '年度',
  '办理', '答复', '依法', '及时', '群众', '门户网站', '政务新媒体', '制度', '培训', '考核', '社会评议', '责任追究',
  '“放管服”改革', '《条例》', '（试行）', 'Web', 'A级', '&', '<b>', '"引号"',
];

const sentence = fc
  .tuple(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 8 }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }))
  .map(([parts, count]) => `${parts.join('')}${count === undefined ? '' : `共${count}件`}。`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(''));

/** Prose of a section: zero to three paragraphs, one per line. */
const prose = (max: number) => fc.array(paragraph, { minLength: 0, maxLength: max }).map((paragraphs) => paragraphs.join('\n'));

const tableSections = new Set<SectionKey>(['activeDisclosure', 'applications', 'reviewAndLitigation']);

/**
 * Random reports of both editions (and the 2021 one-row （六） variant): every cell a number, a blank or a
 * placeholder; money with the decimals it was printed with; section titles from the catalogue and its variants;
 * prose paragraphs of Chinese words, digits and characters HTML must escape.
 */
export function arbitraryReport(): fc.Arbitrary<Report> {
  return fc
    .record({
      edition: fc.constantFrom<Edition>('2019', '2021'),
      singleOtherHandling: fc.boolean(),
      year: fc.integer({ min: 2019, max: 2030 }),
      agency: fc.constantFrom('某某市某某区人民政府', '某某县统计局', '某某市人民政府办公室'),
      titles: fc.tuple(...sectionCatalogue.map((entry) => fc.constantFrom(entry.zh, ...entry.variants))),
      texts: fc.tuple(...sectionCatalogue.map((entry) => prose(tableSections.has(entry.key) ? 1 : 3))),
      seed: fc.integer(),
    })
    .chain((shape) => {
      const report = createEmptyReport(shape.edition, { otherHandling: shape.singleOtherHandling ? 'oneRow' : undefined });
      const entries = listCellEntries(report);
      return fc.tuple(...entries.map((entry) => arbitraryCell(entry.column))).map((cells) => {
        const filled = structuredClone(report);
        filled.meta.title = `${shape.agency}${shape.year}年政府信息公开工作年度报告`;
        filled.meta.agency = shape.agency;
        filled.meta.year = shape.year;
        entries.forEach((entry, i) => setCell(filled, entry.path, cells[i]!.value, cells[i]!.printed));
        sectionCatalogue.forEach((entry, i) => {
          filled.sections[entry.key] = { title: shape.titles[i]!, text: shape.texts[i]! };
        });
        return filled;
      });
    });
}
