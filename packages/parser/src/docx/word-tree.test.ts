import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors.ts';
import { parseWordTree, type WordElement, type WordNode } from './word-tree.ts';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (xml: string): WordElement => parseWordTree(`<w:document ${w}><w:body>${xml}</w:body></w:document>`)!.child('body')!;

/** A node as a short string: text quoted, an element as its local name (or qualified name) and its content. */
function show(node: WordNode): string {
  if (typeof node === 'string') return JSON.stringify(node);
  return `${node.local ?? node.name}(${node.children.map(show).join(' ')})`;
}

describe('parseWordTree', () => {
  it('holds run content as text, merged, and replaces a run of nothing but text by its text', () => {
    const paragraph = body(
      '<w:p><w:r><w:t>一、</w:t><w:tab/><w:t xml:space="preserve">总体 </w:t></w:r><w:r><w:t>情况</w:t><w:br/><w:t>a</w:t><w:noBreakHyphen/><w:cr/><w:ptab/></w:r></w:p>',
    ).child('p')!;
    expect(paragraph.children).toEqual(['一、\t总体 情况\na-\n\t']);
  });

  it('keeps one string for a paragraph of thousands of runs', () => {
    const paragraph = body(`<w:p>${'<w:r><w:t>一</w:t></w:r>'.repeat(5_000)}</w:p>`).child('p')!;
    expect(paragraph.children).toEqual(['一'.repeat(5_000)]);
  });

  it('keeps a run that holds more than text, and text boxes and foreign elements in it', () => {
    const paragraph = body(
      '<w:p><w:r><w:t>a</w:t><mc:AlternateContent><mc:Choice><w:txbxContent><w:p/></w:txbxContent></mc:Choice>' +
        '<mc:Fallback><w:txbxContent><w:p/></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    ).child('p')!;
    expect(show(paragraph)).toBe('p(r("a" mc:AlternateContent(mc:Choice(txbxContent(p())))))');
  });

  it('leaves out what is never read: run, table and section properties, deleted text, field instructions, fallbacks', () => {
    const root = body(
      '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:rPr><w:b/></w:rPr></w:pPr>' +
        '<w:r><w:rPr><w:b/></w:rPr><w:instrText>PAGE</w:instrText><w:t>1</w:t></w:r>' +
        '<w:del><w:r><w:delText>2</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>3</w:t></w:r></w:moveFrom>' +
        '<w:r><w:fldData>x</w:fldData></w:r></w:p><w:sectPr/><w:tbl><w:tblPr/></w:tbl>',
    );
    expect(root.children.map(show)).toEqual(['p(pPr(numPr(numId())) "1")', 'tbl()']);
  });

  it('reads only the text directly inside w:t: not a CDATA section, not an element in it; comments split nothing', () => {
    const paragraph = body('<w:p><w:r><w:t>a<![CDATA[b]]>c<!-- d -->e<w:tab/>f&amp;</w:t></w:r></w:p>').child('p')!;
    expect(paragraph.children).toEqual(['acef&']);
  });

  it('numbers tables in document order, those in left-out content included, and marks every ancestor of one', () => {
    const root = body(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:tbl/></w:rPr></w:r></w:p></w:tc><w:tc><w:tbl/></w:tc><w:tc/></w:tr></w:tbl><w:tbl/>',
    );
    const [outer, last] = root.elements('tbl');
    const cells = outer!.child('tr')!.elements('tc');
    expect([outer!.table, cells[1]!.child('tbl')!.table, last!.table]).toEqual([1, 3, 4]);
    expect(cells.map((cell) => cell.holdsTable)).toEqual([true, true, false]);
    expect(cells[0]!.child('p')!.holdsTable).toBe(true);
    expect([outer!.holdsTable, last!.holdsTable, root.holdsTable]).toEqual([true, false, true]);
  });

  it('resolves names and attributes against the prefix the root binds to the Word namespace', () => {
    const root = parseWordTree(
      `<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main" xmlns:w="urn:other"><body><p w:val="x" val="1"><w:p/></p></body></document>`,
    )!;
    const paragraph = root.child('body')!.child('p')!;
    expect(paragraph.attribute()).toBe('1');
    expect(paragraph.attributes).toEqual({ val: '1' });
    expect(paragraph.children.map(show)).toEqual(['w:p()']);
    expect(paragraph.attribute('constructor')).toBeUndefined();
  });

  it('reads a missing or empty part as undefined, and refuses nesting past maxNesting with TOO_COMPLEX', () => {
    expect(parseWordTree(undefined)).toBeUndefined();
    expect(parseWordTree('')).toBeUndefined();
    expect(() => parseWordTree(`<w:document ${w}>${'<w:sdt>'.repeat(100)}</w:document>`, { maxNesting: 100 })).toThrow(ParseError);
    expect(parseWordTree(`<w:document ${w}>${'<w:sdt>'.repeat(99)}</w:document>`, { maxNesting: 100 })?.name).toBe('w:document');
  });
});
