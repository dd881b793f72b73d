import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Automatic list numbers of a document: the label of each numbered paragraph, in reading order. */
export interface Numbering {
  /**
   * The label of the next paragraph with these numbering properties (`w:numPr` of the paragraph, else of its style
   * and the styles it is based on): `一、`, `（三）`; '' for bullets, unknown lists and unnumbered paragraphs.
   */
  next(numId: string | undefined, level: number | undefined, styleId: string | undefined): string;
}

interface Level {
  /** The paragraph style this level is linked to (`w:lvl/w:pStyle`). */
  readonly style?: string;
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

const digits = '零一二三四五六七八九';
const stems = '甲乙丙丁戊己庚辛壬癸';

function chineseCounting(n: number): string {
  if (n < 10) return digits[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
  }
  return String(n);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a Word number format (`w:numFmt`); decimal for formats not listed. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? stems[n - 1]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    default:
      return String(n);
  }
}

const wordNamespaces = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** The prefix a part binds to the WordprocessingML namespace on its root element (`w` in practice). */
export function wordPrefix(root: Element): string {
  for (const [name, value] of Object.entries(root.attribs)) {
    if (wordNamespaces.has(value)) return name === 'xmlns' ? '' : name.slice('xmlns:'.length);
  }
  return 'w';
}

const none: Numbering = { next: () => '' };

/** Numbering properties of each paragraph style: its own `w:numPr`, else its `w:basedOn` style's. */
function readStyleNumbering(xml: string | undefined): (styleId: string) => { numId?: string; level?: number } {
  const found = new Map<string, { numId?: string; level?: number; basedOn?: string }>();
  const root = xml ? parseDocument(xml, { xmlMode: true }).children.find(isTag) : undefined;
  if (root) {
    const prefix = wordPrefix(root);
    const w = (local: string): string => (prefix ? `${prefix}:${local}` : local);
    const first = (node: Element | undefined, local: string): Element | undefined =>
      node?.children.filter(isTag).find((e) => e.name === w(local));
    for (const style of root.children.filter(isTag).filter((e) => e.name === w('style'))) {
      const numPr = first(first(style, 'pPr'), 'numPr');
      const numId = first(numPr, 'numId')?.attribs[w('val')];
      const level = first(numPr, 'ilvl')?.attribs[w('val')];
      const basedOn = first(style, 'basedOn')?.attribs[w('val')];
      found.set(style.attribs[w('styleId')] ?? '', {
        ...(numId === undefined ? {} : { numId }),
        ...(level === undefined ? {} : { level: Number(level) }),
        ...(basedOn === undefined ? {} : { basedOn }),
      });
    }
  }
  return (styleId) => {
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = found.get(id)?.basedOn) {
      seen.add(id);
      const style = found.get(id);
      if (style?.numId !== undefined) return style;
    }
    return {};
  };
}

/** Reads `word/numbering.xml` and `word/styles.xml`; without numbering every paragraph gets an empty label. */
export function createNumbering(xml: string | undefined, stylesXml?: string): Numbering {
  if (!xml) return none;
  const elements = (node: AnyNode | undefined): Element[] =>
    node && 'children' in node ? node.children.filter(isTag) : [];
  const root = elements(parseDocument(xml, { xmlMode: true }))[0];
  if (!root) return none;
  const prefix = wordPrefix(root);
  const w = (local: string): string => (prefix ? `${prefix}:${local}` : local);
  const child = (node: Element | undefined, local: string): Element | undefined =>
    elements(node).find((e) => e.name === w(local));
  const val = (node: Element | undefined): string | undefined => node?.attribs[w('val')];

  const readLevels = (parent: Element | undefined, into: Map<number, Level>): void => {
    for (const lvl of elements(parent).filter((e) => e.name === w('lvl'))) {
      const style = val(child(lvl, 'pStyle'));
      into.set(Number(lvl.attribs[w('ilvl')] ?? 0), {
        ...(style === undefined ? {} : { style }),
        start: Number(val(child(lvl, 'start')) ?? 1),
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
      });
    }
  };
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of elements(root).filter((e) => e.name === w('abstractNum'))) {
    const levels = new Map<number, Level>();
    readLevels(abstract, levels);
    abstracts.set(abstract.attribs[w('abstractNumId')] ?? '', levels);
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const num of elements(root).filter((e) => e.name === w('num'))) {
    const levels = new Map(abstracts.get(val(child(num, 'abstractNumId')) ?? '') ?? []);
    for (const override of elements(num).filter((e) => e.name === w('lvlOverride'))) {
      const level = Number(override.attribs[w('ilvl')] ?? 0);
      const base = levels.get(level);
      const start = val(child(override, 'startOverride'));
      if (base && start !== undefined) levels.set(level, { ...base, start: Number(start) });
      readLevels(override, levels);
    }
    lists.set(num.attribs[w('numId')] ?? '', levels);
  }

  const styleNumbering = readStyleNumbering(stylesXml);
  const counters = new Map<string, number[]>();
  return {
    next(ownNumId, ownLevel, styleId) {
      const fromStyle = styleId === undefined ? {} : styleNumbering(styleId);
      const numId = ownNumId ?? fromStyle.numId;
      const levels = numId === undefined ? undefined : lists.get(numId);
      if (numId === undefined || !levels) return '';
      // A style-numbered paragraph without its own level takes the level linked to its style.
      const linked = [...levels].find(([, def]) => styleId !== undefined && def.style === styleId)?.[0];
      const level = ownLevel ?? fromStyle.level ?? linked ?? 0;
      const current = levels.get(level);
      if (!current || current.format === 'bullet' || current.format === 'none') return '';
      const counts = counters.get(numId) ?? [];
      counters.set(numId, counts);
      counts[level] = (counts[level] ?? current.start - 1) + 1;
      counts.length = level + 1;
      return current.text.replace(/%(\d)/gu, (_, d: string) => {
        const l = Number(d) - 1;
        const def = levels.get(l);
        return def ? formatNumber(counts[l] ?? def.start, def.format) : '';
      });
    },
  };
}
