import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicantColumns, listCellPaths, getCell, outcomeColumns, setCell, type Report } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';
import { asMarkdown, writeText, type RowPrinter } from './write-text.ts';

const city = corpusCases().find((c) => c.name === '2024-huaian-city')!.expected;
const hongze = corpusCases().find((c) => c.name === '2024-huaian-hongze-district')!.expected;

function read(text: string) {
  return fromText(text, { validate: false });
}

function expectSameCells(actual: Report, expected: Report, except: string[] = []): void {
  for (const path of listCellPaths(expected)) {
    if (except.includes(path)) continue;
    expect(getCell(actual, path), path).toBe(getCell(expected, path));
  }
}

/**
 * Table 3's rows as poppler's raw text of a LibreOffice print gives them: one figure a line, the label torn into
 * pieces of 12 characters (as the column of a LibreOffice print breaks it), and the first `turn(label)` figures printed after the rest, on the label's first line.
 */
function turnedRows(turn: (label: string) => number): RowPrinter {
  return (label, cells) => {
    if (cells.length !== applicantColumns.length) return [[label, ...cells].join('\t')];
    const k = turn(label);
    const pieces = label.match(/.{1,12}/gu) ?? [label];
    if (k === 0) return [...pieces, ...cells];
    return [...cells.slice(k), `${pieces[0]} ${cells[0]}`, ...pieces.slice(1), ...cells.slice(1, k)];
  };
}

function clone(report: Report): Report {
  return structuredClone(report);
}

describe('fromText reads the messy shapes real reports have', () => {
  it('reads a clean tab-separated report of the 2021 edition, all 200 cells', () => {
    const { report } = read(writeText(city));
    expect(report.edition).toBe('2021');
    expectSameCells(report, city);
  });

  it('reads （六）其他处理 printed as one row and keeps it as one row', () => {
    const { report } = read(writeText(hongze));
    expect('naturalPerson' in report.tables.applications.otherHandling).toBe(true);
    expectSameCells(report, hongze);
  });

  it('reads labels with spaces inside them', () => {
    const spaced: RowPrinter = (label, cells) => [[label.split('').join(' '), ...cells].join('\t')];
    expectSameCells(read(writeText(city, spaced)).report, city);
  });

  it('reads labels wrapped over two lines with their numbers on a third', () => {
    const wrapped: RowPrinter = (label, cells) => {
      const half = Math.ceil(label.length / 2);
      return [label.slice(0, half), label.slice(half), cells.join('\t')];
    };
    expectSameCells(read(writeText(city, wrapped)).report, city);
  });

  it('reads a wrapped row label with its group label printed between the halves, on the values line', () => {
    // A merged group cell prints its label on the line of one of its rows (here the first, the sub-rows being printed
    // in another order than the format's); that row's label wraps around it, so the label text reads
    // `4.保护第三方（三）不予公开` before the values, `合法权益` after them.
    const wrapped = (row: string, label: RegExp, group: string) => (text: string) => {
      const line = new RegExp(`^${label.source}\\t(.*)\\n`, 'mu').exec(text)!;
      const moved = `\t${line[1]}\n${group}\t\t${line[3]}\n\t${line[2]}\n`;
      return text.replace(line[0], '').replace(new RegExp(`^${row}`, 'mu'), (first) => moved + first);
    };
    const text = [
      wrapped('1\\.属于国家秘密', /(4\.保护第三方)(合法权益)/u, '（三）不予公开'),
      wrapped('1\\.本机关不掌握', /(2\.没有现成信)(息需要另行制作)/u, '（四）无法提供'),
    ].reduce((out, damage) => damage(out), writeText(city));
    expect(text).toContain('\t4.保护第三方\n（三）不予公开\t\t6\t0\t0\t0\t0\t0\t6\n\t合法权益\n1.属于国家秘密');
    const { report, diagnostics } = read(text);
    expectSameCells(report, city);
    expect(diagnostics.filter((d) => d.rule === 'parser/unlabelled-values' || d.rule === 'parser/missing-row')).toEqual([]);
  });

  it('never reads table 2 by row order when values on lines of their own may run column by column', () => {
    // Text copied out of a browser's print: the labels together, then each column's values under its header.
    const columnByColumn = '规章\n行政规范性文件\n信息内容\n本年制发件数\n1\n8\n本年废止件数\n0\n26\n现行有效件数\n11\n66\n';
    const text = writeText(city).replace('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t11\n行政规范性文件\t8\t26\t66\n', columnByColumn);
    expect(text).toContain(columnByColumn);
    const { report, diagnostics } = read(text);
    for (const path of listCellPaths(city).filter((path) => path.startsWith('activeDisclosure.art20Item1.'))) {
      expect(getCell(report, path), path).toBeNull();
      expect(diagnostics.some((d) => d.paths.includes(path) && d.severity === 'warning'), path).toBe(true);
    }
    // The same values printed row by row on lines of their own are the same both ways only when they are symmetric.
    const symmetric = writeText(city).replace('规章\t1\t0\t11\n行政规范性文件\t8\t26\t66\n', '规章\n行政规范性文件\n0\n0\n0\n0\n0\n0\n');
    expect(getCell(read(symmetric).report, 'activeDisclosure.art20Item1.normativeDocuments.currentlyValid')).toBe(0);
  });

  it("reads table 2's one-column blocks by row order when a browser's print puts every label first", () => {
    // Text copied out of a browser's print of a web page: the label column first, then each block's values.
    const table2 = (text: string) => text.slice(text.indexOf('第二十条第（一）项'), text.indexOf('三、'));
    const labelsFirst = [
      '信息内容\n规章\n行政规范性文件\n行政许可\n行政处罚\n行政强制\n信息内容\n信息内容\n信息内容\n行政事业性收费',
      '第二十条第（一）项\n本年制发件数\n本年废止件数\n现行有效件数\n1\n0\n11\n8\n26\n66',
      '第二十条第（五）项\n本年处理决定数量\n447228',
      '第二十条第（六）项\n本年处理决定数量\n3985758\n88283',
      '第二十条第（八）项\n本年收费金额（单位：万元）\n96171.6\n',
    ].join('\n');
    const text = writeText(city).replace(table2(writeText(city)), labelsFirst);
    expect(text).toContain(labelsFirst);
    const { report, diagnostics, readings } = read(text);
    // 规章 and 行政规范性文件 may have been drawn row by row or column by column: neither is guessed …
    for (const path of listCellPaths(city).filter((path) => path.startsWith('activeDisclosure.art20Item1.'))) {
      expect(getCell(report, path), path).toBeNull();
      expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes(path) && /column by column/u.test(d.messageEn)), path).toBe(true);
    }
    // … but a block of one column reads the same both ways, and the count of the table's values places each block.
    expectSameCells(report, city, listCellPaths(city).filter((path) => path.startsWith('activeDisclosure.art20Item1.')));
    expect(readings['activeDisclosure.art20Item6.administrativeCompulsion.decisionsThisYear']).toMatchObject({ how: 'resolved', by: ['order'] });
    expect(diagnostics.filter((d) => d.rule === 'parser/unlabelled-values' || d.rule === 'parser/missing-row')).toEqual([]);
  });

  it("reads table 3 torn from its labels by the row order where each row of figures is a row of its own, though it does not balance", () => {
    // A PDF→Markdown extraction's shape: label rows torn from small tables of figures, a row of figures a line. The
    // report has an error (予以公开's 自然人 1289 for 1288): the identities cannot vouch for the count's reading, the
    // layout does — each line of figures one row, in the format's order — and the error is found.
    const wrong = clone(city);
    setCell(wrong, 'applications.granted.naturalPerson', 1289);
    const markdown = readFileSync(new URL('fixtures/2024-huaian-city.torn-markdown.error.md', import.meta.url), 'utf8');
    const { report, diagnostics } = fromText(markdown);
    expectSameCells(report, wrong);
    expect(diagnostics.filter((d) => d.status === 'fail' && d.rule.startsWith('T3.')).map((d) => d.rule).sort()).toEqual(['T3.R2', 'T3.R3']);
    // a row of figures broken over two lines shows no row, nor one whose blank field a figure in a field too many
    // makes up for, nor two figures in one field (a footnote mark): the table is left unread, not read by the count
    for (const row of ['| 1289 | 21 | 0 |\n| 0 | 50 | 3 | 1362 |', '|  | 21 | 0 | 0 | 50 | 3 | 1362 | 9 |', '| 1289 2 | 21 |  | 0 | 50 | 3 | 1362 |']) {
      const broken = markdown.replace('| 1289 | 21 | 0 | 0 | 50 | 3 | 1362 |', row);
      expect(broken).not.toBe(markdown);
      expect(read(broken).report.tables.applications.granted.naturalPerson).toBeNull();
    }
  });

  it("never fills table 2 by row order when a value stands in another block's lines, or a figure fits no column", () => {
    // A viewer's text of a page break inside table 2: 行政规范性文件's 66 drawn after the next block's values.
    const table2 = (text: string) => text.slice(text.indexOf('第二十条第（一）项'), text.indexOf('三、'));
    const labels = '信息内容\n规章\n行政规范性文件\n行政许可\n行政处罚\n行政强制\n信息内容\n信息内容\n信息内容\n行政事业性收费';
    const blocks = [
      '第二十条第（一）项\n本年制发件数\n本年废止件数\n现行有效件数\n1\n0\n11\n8\n26',
      '第二十条第（五）项\n本年处理决定数量\n447228\n66',
      '第二十条第（六）项\n本年处理决定数量\n3985758\n88283',
      '第二十条第（八）项\n本年收费金额（单位：万元）\n96171.6\n',
    ];
    const table2Wrong = (text: string) => {
      const { report, readings } = read(text);
      return listCellPaths(city).filter((path) => path.startsWith('activeDisclosure.') && getCell(report, path) !== null && getCell(report, path) !== getCell(city, path) && readings[path]?.how !== 'unread');
    };
    const moved = writeText(city).replace(table2(writeText(city)), [labels, ...blocks].join('\n'));
    expect(moved).toContain('447228\n66\n');
    expect(table2Wrong(moved)).toEqual([]);
    // Without block headings, 96171.6 would stand in 行政强制, a count: no reading by order.
    const bare = writeText(city).replace(table2(writeText(city)), [labels, '1\n0\n11\n8\n26\n447228\n3985758\n88283\n96171.6\n66\n'].join('\n'));
    expect(table2Wrong(bare)).toEqual([]);
  });

  it("never fills table 2 by the format's row order when the print's labels come in another order", () => {
    // 行政规范性文件 printed before 规章, each row's cells parted by commas (a table saved as CSV): the commas keep the
    // labels from their figures, so the rows are found by label but not read; the row order would swap them
    const rows = ['规章\t1\t0\t11', '行政规范性文件\t8\t26\t66'];
    const csv = (row: string) => row.replace(/\t/gu, ',');
    const text = writeText(city).replace(`${rows[0]}\n${rows[1]}`, `${csv(rows[1]!)}\n${csv(rows[0]!)}`);
    expect(text).toContain('行政规范性文件,8,26,66\n规章,1,0,11');
    const { report } = read(text);
    expect(report.tables.activeDisclosure.art20Item1).toEqual({
      regulations: { issuedThisYear: null, repealedThisYear: null, currentlyValid: null },
      normativeDocuments: { issuedThisYear: null, repealedThisYear: null, currentlyValid: null },
    });
  });

  it('never fills table 2 by row order with figures of the prose when digits ran together (crawler text)', () => {
    // Three figures of the prose before the table and two runs of digits make as many values as cells: the count is
    // a coincidence, and 规章 read "1 721448869" after its label, not the prose's figures. The first cells must stay
    // unread, not take the prose's 2419, 9186 and 4880.
    const text = [
      // no heading of section 二 (crawled without it): its prose stands in table 2's stretch
      '某某区人民政府2028年政府信息公开工作年度报告一、概述我区加强共2419件。《条例》共9186件。依法共4880件。',
      '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章1 721448869行政规范性文件8863999998',
      '第二十条第（五）项信息内容本年处理决定数量行政许可70170第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制1',
      '第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0.0三、收到和处理政府信息公开申请情况',
    ].join('');
    const { report } = read(text);
    const item1 = report.tables.activeDisclosure.art20Item1;
    const printed = { regulations: [1, 72144, 8869], normativeDocuments: [88639, null, 99998] } as const;
    for (const row of ['regulations', 'normativeDocuments'] as const) {
      Object.values(item1[row]).forEach((value, i) => expect([null, printed[row][i]], `${row} ${i}`).toContain(value));
    }
  });

  it("never reads a row from another row's label when a label is printed twice (a summary table before table 3)", () => {
    // The table's `一、本年新收…` came after the summary's and took 上年结转's cells (64 … 70): it was one misprint away.
    const summary = ['项目\t件数', '本年新收政府信息公开申请数量\t2678', '予以公开\t1309'].join('\n');
    const text = writeText(city).replace(/^三、.*$/mu, (heading) => `${heading}\n情况如下：\n${summary}`);
    const { report, diagnostics } = read(text);
    for (const path of listCellPaths(city)) expect([null, getCell(city, path)], path).toContain(getCell(report, path));
    const { newlyReceived, carriedOverFromLastYear, granted } = report.tables.applications;
    expect(carriedOverFromLastYear).toEqual(city.tables.applications.carriedOverFromLastYear);
    expect(Object.values(newlyReceived).every((value) => value === null)).toBe(true);
    expect(Object.values(granted).every((value) => value === null)).toBe(true);
    const twice = diagnostics.filter((d) => d.rule === 'parser/ambiguous-row' && d.messageEn.includes('printed twice'));
    expect(twice.map((d) => d.paths[0])).toEqual(['applications.newlyReceived.naturalPerson', 'applications.granted.naturalPerson']);
  });

  it('never gives the figure of a row the format lacks to the row printed blank before it (行政许可 blank, 行政确认 12)', () => {
    const blank = clone(city);
    setCell(blank, 'activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear', null);
    const text = writeText(blank).replace(/^行政许可.*$/mu, (row) => `${row}\n行政确认\t12`);
    expect(text).toMatch(/^行政许可\t+\n行政确认\t12\n/mu);
    const { report, diagnostics } = read(text);
    expectSameCells(report, blank);
    expect(diagnostics.some((d) => d.rule === 'parser/unlabelled-values' && d.messageEn.includes('行政确认'))).toBe(true);
  });

  it('never fills table 2 by row order when the order gives a figure to a row printed blank', () => {
    // 行政处罚 printed blank, 行政强制's label torn (`行政强`), a row the format lacks after it: the values count as many
    // as the cells, and the row order read 88283 as 行政处罚 and 44 as 行政强制.
    const blank = clone(city);
    setCell(blank, 'activeDisclosure.art20Item6.administrativePenalty.decisionsThisYear', null);
    const text = writeText(blank).replace(/^行政强制(.*)$/mu, '行政强$1\n行政检查\t44');
    const { report } = read(text);
    const item6 = 'activeDisclosure.art20Item6';
    expect([getCell(report, `${item6}.administrativePenalty.decisionsThisYear`), getCell(report, `${item6}.administrativeCompulsion.decisionsThisYear`)]).toEqual([null, null]);
  });

  it('never places a grid row by its count of figures when a field holds two (a footnote mark) and another is empty', () => {
    // `9<sup>2</sup>` in one cell and a blank in another make seven figures for seven cells, one field off.
    const row = writeText(city).match(/^(.*一、本年新收[^\t]*\t+)(\d+)\t(\d+)(.*)$/mu)!;
    const text = writeText(city).replace(row[0], `${row[1]}${row[2]} 2\t${row[4]}`);
    const { report } = read(text);
    expect(Object.values(report.tables.applications.newlyReceived)).toEqual([null, null, null, null, null, null, null]);
    // table 4 the same way: a blank and a mark in its one row of fifteen
    const review = writeText(city).replace(/^72\t64\t(.*)$/mu, '72 1\t\t$1');
    expect(Object.values(read(review).report.tables.reviewAndLitigation.administrativeReview)).toEqual([null, null, null, null, null]);
  });

  it('never reads a count printed with a dot that may part its thousands (`5.000`, `3.001`), and keeps money so printed', () => {
    // 5.000 is 5 as a decimal and 5000 with the dot parting thousands, as some pages and a scan's misread comma print it
    for (const [cell, candidates] of [['5.000', [5, 5000]], ['3.001', [3.001, 3001]]] as const) {
      const text = writeText(city).replace(/^(一、本年新收[^\t]*\t+)3001\t/mu, `$1${cell}\t`);
      const { report, diagnostics, readings } = fromText(text);
      expect(getCell(report, 'applications.newlyReceived.naturalPerson')).toBeNull();
      expect(readings['applications.newlyReceived.naturalPerson']).toEqual({ how: 'unread', candidates });
      expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.messageEn.includes('thousands'))).toBe(true);
    }
    // a decimal point elsewhere is read as printed (T3.R4 then says a count is a whole number)
    const fraction = writeText(city).replace(/^(一、本年新收[^\t]*\t+)3001\t/mu, '$17.4\t');
    expect(getCell(read(fraction).report, 'applications.newlyReceived.naturalPerson')).toBe(7.4);
    const fee = writeText(city).replace(/^(行政事业性收费\t+)\S+$/mu, '$11.234');
    expect(getCell(read(fee).report, 'activeDisclosure.art20Item8.administrativeFees.feeAmount')).toBe(1.234);
  });

  it('never cuts a figure to stand for a cell printed in words or misprinted beside it (`三十三`, `3,3`), first or last', () => {
    // 2025 平潭's （一）予以公开 prints `33 0 0 0 0 0 33`. With its first cell unreadable, the six figures left read
    // `0 0 0 0 0 3 3` when 33 was cut in two: the cut balances the row (0 + … + 3 = 3).
    const pingtan = corpusCases().find((c) => c.name === '2025-pingtan-zone')!.expected;
    const row = writeText(pingtan).match(/^(.*（一）予以公开\t+)33((?:\t0){5})\t33$/mu)!;
    const prints = ['三十三', '3,3', '33人次'].flatMap((cell) => [
      `${row[1]}${cell}${row[2]}\t33`,
      // 其他 33 and the total unreadable after it: `0 0 0 0 0 33` cuts to `0 0 0 0 0 3 3` the same way
      `${row[1]}0\t0\t0\t0\t0\t33\t${cell}`,
    ]);
    // in a line of words, `33人次` is 33 and its unit: only the others stand for no figure
    prints.push(...['三十三', '3,3'].map((cell) => `${row[1]}${cell}${row[2]}\t33`.replaceAll('\t', ' ')));
    for (const printed of prints) {
      const { report, diagnostics } = read(writeText(pingtan).replace(row[0], printed));
      expect(Object.values(report.tables.applications.granted), printed).toEqual([null, null, null, null, null, null, null]);
      expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('applications.granted.total')), printed).toBe(true);
    }
  });

  it("reads table 3 under a header that prints its columns in another order than the format's (总计 first)", () => {
    // Placed by count in the format's order, every row went one column over (3119 as 自然人) and broke T3.R3.
    const totalFirst: RowPrinter = (label, cells) => [[label, ...(cells.length === 7 ? [cells[6]!, ...cells.slice(0, 6)] : cells)].join('\t')];
    const header = ['', '总计', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join('\t');
    const text = writeText(city, totalFirst).replace(/^(.*\t申请人情况)$/mu, `$1\n${header}`);
    expect(text).toMatch(/^一、本年新收政府信息公开申请数量\t3119\t3001\t/mu);
    const { report, diagnostics } = read(text);
    expectSameCells(report, city);
    expect(diagnostics.filter((d) => d.rule.startsWith('T3.') && d.status === 'fail')).toEqual([]);
  });

  it("never places table 3's or table 4's figures in the format's order under a PDF viewer's header that prints another", () => {
    // One cell per line, as a PDF viewer copies a page: only the labels' order shows 总计 first and 结果纠正 before
    // 结果维持. Table 4's groups still balance (T4.R1 adds the outcomes in any order), so its identity cannot tell.
    const totalFirst: RowPrinter = (label, cells) => [label, ...(cells.length === 7 ? [cells[6]!, ...cells.slice(0, 6)] : cells)];
    const header = ['总计', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join('\n');
    const text = writeText(city, totalFirst)
      .replace(/^(.*)\t申请人情况$/mu, `$1\n申请人情况\n${header}`)
      .replace(/^结果维持\t.*$/mu, ['结果纠正', '结果维持', '其他结果', '尚未审结', '总计'].join('\n'))
      .replace(/^72\t64\t178\t37\t351\t.*$/mu, ['64', '72', '178', '37', '351', '4', '13', '8', '1', '26', '1', '12', '1', '6', '20'].join('\n'));
    expect(text).toMatch(/^一、本年新收政府信息公开申请数量\n3119\n3001\n53\n/mu);
    const { report, diagnostics } = read(text);
    for (const path of listCellPaths(city).filter((p) => p.startsWith('applications.') || p.startsWith('reviewAndLitigation.'))) {
      expect([null, getCell(city, path)], path).toContain(getCell(report, path));
    }
    expect(Object.values(report.tables.applications.newlyReceived)).toEqual([null, null, null, null, null, null, null]);
    const reordered = (path: string) => diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && /another order/u.test(d.messageEn) && d.paths.includes(path));
    expect(reordered('applications.newlyReceived.total')).toBe(true);
    expect(reordered('reviewAndLitigation.administrativeReview.total')).toBe(true);
  });

  it("never counts a figure under a column the format lacks (a 小计 of the legal persons) as the blank cell beside it", () => {
    // With 总计 printed blank, the row's seven figures counted in order gave 总计 the 小计 (here 118).
    const blank = clone(city);
    setCell(blank, 'applications.newlyReceived.total', null);
    const subtotal: RowPrinter = (label, cells) => {
      if (cells.length !== 7) return [[label, ...cells].join('\t')];
      const legal = cells.slice(1, 6);
      const sum = legal.every((cell) => /^\d+$/u.test(cell)) ? String(legal.reduce((total, cell) => total + Number(cell), 0)) : '';
      return [[label, ...cells.slice(0, 6), sum, cells[6]!].join('\t')];
    };
    const header = ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '小计', '总计'].join('\t');
    const text = writeText(blank, subtotal).replace(/^(.*\t申请人情况)$/mu, `$1\n${header}`);
    expect(text).toMatch(/^一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t118\t$/mu);
    const { report } = read(text);
    expectSameCells(report, blank);
  });

  it('reads a row printed twice with the same values', () => {
    const row = writeText(city).match(/^一、本年新收.*$/mu)![0];
    const { report } = read(writeText(city).replace(row, `${row}\n${row}`));
    expectSameCells(report, city);
  });

  it("never takes table 4's printed order from a PDF viewer's text when a blank leaves T4.R1 unassessable", () => {
    // One figure per line, a group's total drawn first; its blanks (`无`, `／`, `—`) make T4.R1 prove nothing.
    const figures = ['36217', '5', '无', '2', '36224', '3', '／', '—', '2', '5', '0', '无', '／', '—', '1'];
    const text = writeText(city).replace(/^72\t64\t178.*$/mu, figures.join('\n'));
    const { report, diagnostics } = read(text);
    for (const group of ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'] as const) {
      expect(Object.values(report.tables.reviewAndLitigation[group]).every((value) => value === null), group).toBe(true);
    }
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('reviewAndLitigation.litigationAfterReview.total'))).toBe(true);
    // five equal figures read the same in any order; a group that balances proves its order
    const proven = ['36217', '5', '0', '2', '36224', '3', '0', '0', '2', '5', '无', '无', '无', '无', '无'];
    expect(read(writeText(city).replace(/^72\t64\t178.*$/mu, proven.join('\n'))).report.tables.reviewAndLitigation.litigationWithoutReview).toMatchObject({ upheld: 3, total: 5 });
  });

  it("never reads a group of table 4 printed `X 0 0 0 X` on lines of their own as 结果维持 X: drawn total first it is 尚未审结 X", () => {
    // One figure a line, as a PDF viewer copies a table the PDF drew a group's total first: `5 0 0 0 5` balances in
    // printed order (结果维持 5) and as 总计 5 before 0 0 0 5 (尚未审结 5); the groups around it prove their order.
    const figures = '72 64 178 37 351 5 0 0 0 5 12 1 1 6 20'.split(' ');
    const { report, readings, diagnostics } = fromText(writeText(city).replace(/^72\t64\t178.*$/mu, figures.join('\n')));
    const { administrativeReview, litigationWithoutReview, litigationAfterReview } = report.tables.reviewAndLitigation;
    expect([administrativeReview, litigationAfterReview]).toEqual([city.tables.reviewAndLitigation.administrativeReview, city.tables.reviewAndLitigation.litigationAfterReview]);
    expect(litigationWithoutReview).toEqual({ upheld: null, corrected: 0, otherOutcome: 0, pending: null, total: 5 });
    const open = ['upheld', 'pending'].map((column) => `reviewAndLitigation.litigationWithoutReview.${column}`);
    for (const path of open) expect(readings[path]).toEqual({ how: 'unread', candidates: [5, 0] });
    expect(diagnostics.find((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes(open[0]!))?.paths).toEqual(open);
    // on one line the order is the columns' own: 结果维持 5
    const oneLine = fromText(writeText(city).replace(/^72\t64\t178.*$/mu, figures.join('\t')));
    expect(oneLine.report.tables.reviewAndLitigation.litigationWithoutReview).toEqual({ upheld: 5, corrected: 0, otherOutcome: 0, pending: 0, total: 5 });
  });

  it("takes table 4's groups in printed order from a PDF viewer's text only where their labels vouch for it", () => {
    // A viewer's text of a table the PDF drew in blocks, each group's label over its figures, one figure a line. Each
    // group balances (T4.R1) in any order of the blocks, so only the labels tell the groups apart.
    const outcomes = '结果维持\n结果纠正\n其他结果\n尚未审结\n总计';
    const block = (label: string, figures: string) => `${label}\n${outcomes}\n${figures.split(' ').join('\n')}`;
    const [review, without, after] = [block('行政复议', '72 64 178 37 351'), block('未经复议直接起诉', '13 4 8 1 26'), block('复议后起诉', '12 1 1 6 20')];
    const inBlocks = (...blocks: string[]) => writeText(city).replace(/^行政复议\t行政诉讼\n.*\n72\t64\t178.*$/mu, blocks.join('\n'));
    expect(read(inBlocks(review, without, after)).report.tables.reviewAndLitigation).toEqual(city.tables.reviewAndLitigation);
    // 复议后起诉's block drawn before 未经复议直接起诉's: read in printed order, the two groups would swap their cells
    const { report, diagnostics } = read(inBlocks(review, after, without));
    for (const group of ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'] as const) {
      expect(Object.values(report.tables.reviewAndLitigation[group]).every((value) => value === null), group).toBe(true);
    }
    expect(diagnostics.find((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('reviewAndLitigation.litigationAfterReview.total'))?.message).toMatch(/夹有表头文字/u);
  });

  it("leaves unread a total printed as the first digits of its row's sum: the page's margin may have cut it", () => {
    // `pdftotext -raw` of LibreOffice's print of a table 3 wider than the page: 总计 past the margin keeps `311` of 3119
    const spaced: RowPrinter = (label, cells) => [[label, ...cells].join(' ')];
    const text = writeText(city, spaced).replace(/^(一、本年新收\S* 3001 53 0 0 61 4) 3119$/mu, '$1 311');
    expect(text).toContain(' 61 4 311\n');
    const { report, readings, diagnostics } = fromText(text);
    expect(report.tables.applications.newlyReceived).toMatchObject({ naturalPerson: 3001, otherOrganization: 4, total: null });
    expect(readings['applications.newlyReceived.total']).toEqual({ how: 'unread', candidates: [3119] });
    expect(diagnostics.find((d) => d.paths.includes('applications.newlyReceived.total') && d.rule === 'parser/ambiguous-row')?.message).toMatch(/页边/u);
    expect(diagnostics.some((d) => d.rule === 'T3.R3' && d.status === 'fail')).toBe(false);
    // a total that is no such prefix (311 for 3119 but 312) is read, and the row's imbalance found
    const unbalanced = fromText(writeText(city, spaced).replace(/^(一、本年新收\S* 3001 53 0 0 61 4) 3119$/mu, '$1 312'));
    expect(unbalanced.report.tables.applications.newlyReceived.total).toBe(312);
    expect(unbalanced.diagnostics.some((d) => d.rule === 'T3.R3' && d.status === 'fail')).toBe(true);
  });

  it("never cuts a figure of table 4 into two cells where the figures as printed, one cell blank, balance too", () => {
    // `pdftotext -raw` of LibreOffice's print of a page whose table 4 is cut at the margin: the last 总计 and its
    // figure (11) are gone. Cut as 1 and 0, `10` gives fifteen cells whose groups all balance (the last `0 0 1 0 1`);
    // read as printed, with the last cell blank, the first two groups balance as well.
    const header = ['行政复议 行政诉讼', ...'结果 维持 结果 纠正 其他 结果 尚未 审结 总计'.split(' '), '未经复议直接起诉 复议后起诉', ...'结果 维持 结果 纠正 其他 结果 尚未 审结 总计 结果 维持 结果 纠正 其他 结果 尚未 审结'.split(' ')];
    const text = writeText(city).replace(/^行政复议\t行政诉讼\n.*\n72\t64\t178.*$/mu, [...header, '0 9 10 6 25 10 8 0 0 18 0 0 10 1'].join('\n'));
    const { report, diagnostics } = read(text);
    expect(Object.values(report.tables.reviewAndLitigation).flatMap((group) => Object.values(group)).every((value) => value === null)).toBe(true);
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('reviewAndLitigation.litigationAfterReview.otherOutcome'))).toBe(true);
    // pypdf's text of the same print runs the header's words and the figures together: the header's third group ends
    // `尚未审结` with no 总计, so the run is not cut into fifteen either
    const pypdf = ['行政复议 行政诉讼', '结果', '维持结果', '纠正其他', '结果尚未', '审结总计未经复议直接起诉 复议后起诉', '结果', '维持结果', '纠正其他', '结果尚未', '审结总计结果', '维持结果', '纠正其他', '结果尚未', '审结', '0910625108001800101'];
    const run = read(writeText(city).replace(/^行政复议\t行政诉讼\n.*\n72\t64\t178.*$/mu, pypdf.join('\n'))).report;
    expect(Object.values(run.tables.reviewAndLitigation).flatMap((group) => Object.values(group)).every((value) => value === null)).toBe(true);
  });

  it('reads 2021 （六）其他处理 as three sub-rows when placeholders stand between the pieces of wrapped sub-row labels', () => {
    // A PDF viewer's text of a random report (conformance's pdf-viewer-text generator): labels wrapped around their
    // figures, one per line, blanks printed `无`, `—`, `/` (`1.申请人无正当理由逾期` / `45179` / `无` / … / `不补正、…`).
    const text = readFileSync(new URL('fixtures/random-2021.pdf-viewer-text.txt', import.meta.url), 'utf8');
    expect(text).toContain('1.申请人无正当理由逾期\n45179\n无\n');
    const { report, diagnostics } = read(text);
    expect(report.tables.applications.otherHandling).toHaveProperty('overdueCorrection');
    expect(diagnostics.filter((d) => d.rule === 'T3.R5' && /一行/u.test(d.message))).toEqual([]);
  });

  it('never drops a grid row that prints `— 2 —` as if it were a page number', () => {
    const text = writeText(city).replace('3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0', '3.要求提供公开出版物\n\t—\t2\t\t\t\t\t—');
    expect(text).toContain('\n\t—\t2\t\t\t\t\t—\n');
    const { report, diagnostics } = read(text);
    expect(report.tables.applications.notProcessed.publication).toMatchObject({ naturalPerson: null, commercialEnterprise: 2, total: null });
    expect(diagnostics.filter((d) => d.paths.includes('applications.notProcessed.publication.commercialEnterprise'))).toEqual([]);
  });

  it('finds a section heading glued to the last label of the table before it (crawler text, a blank cell)', () => {
    const text = writeText(city)
      .replace(/^行政事业性收费\t96171\.6\n/mu, '行政事业性收费')
      .replace('三、收到和处理政府信息公开申请情况\n', '三、收到和处理政府信息公开申请情况我区共受理申请2678件。\n');
    expect(text).toContain('行政事业性收费三、收到和处理政府信息公开申请情况我区共受理申请2678件。');
    const { report } = read(text);
    expect(getCell(report, 'activeDisclosure.art20Item8.administrativeFees.feeAmount')).toBeNull();
    expect(report.sections.applications?.text).toContain('2678');
  });

  it("finds a section heading whose long title wraps at the page's margin, and reads its table", () => {
    const long = clone(city);
    long.sections.reviewAndLitigation = { title: '因政府信息公开工作被申请行政复议、提起行政诉讼情况', text: '本年度共发生行政复议36件。' };
    const text = writeText(long).replace('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n', '    四、因政府信息公开工作被申请行政复议、提起行政\n诉讼情况\n');
    expect(text).toContain('提起行政\n诉讼情况\n本年度');
    const { report } = read(text);
    expect(report.sections.reviewAndLitigation).toEqual(long.sections.reviewAndLitigation);
    expectSameCells(report, long);
  });

  it('reads Markdown whose figures are bold or padded with `&nbsp;`, as extractions write them', () => {
    const markdown = asMarkdown(writeText(city));
    const bold = markdown.replace(/\| (\d+(?:\.\d+)?) (?=\|)/gu, '| **$1** ');
    expect(bold).toContain('| **72** | **64** |');
    expectSameCells(read(bold).report, city);
    const padded = markdown.replace(/\| (\d+(?:\.\d+)?) (?=\|)/gu, '| $1&nbsp; ');
    expect(padded).toContain('| 72&nbsp; | 64&nbsp; |');
    expectSameCells(read(padded).report, city);
  });

  it("cuts a grid field of more digits than one figure holds as a run of cells (a merged cell's figures)", () => {
    // A city's table 3 ten times over, as an extraction that merged 一、本年新收's cells prints it: `| 30010530006104031190 |`
    const tenfold = clone(city);
    for (const path of listCellPaths(city).filter((path) => path.startsWith('applications.'))) {
      const value = getCell(city, path);
      if (typeof value === 'number') setCell(tenfold, path, value * 10);
    }
    const markdown = asMarkdown(writeText(tenfold)).replace(/^\| (一、本年新收\S*) \| ([\d |]+) \|$/mu, (_, label: string, cells: string) => `| ${label} | ${cells.replaceAll(' | ', '')} |`);
    expect(markdown).toContain('| 30010530006104031190 |');
    const { report } = read(markdown);
    expect(report.tables.applications.newlyReceived).toEqual(tenfold.tables.applications.newlyReceived);
  });

  it("settles table 4's run of digits by the outcomes the prose states where T4.R1 leaves cuts open", () => {
    // Crawler text: the fifteen cells as one run. T4.R1 leaves 复议后起诉 open (12/1/1/6/20, 1/2/11/6/20 …); the prose
    // says 行政诉讼 46: 维持 25, 纠正 5, 其他 9, 尚未审结 7, so 复议后起诉 is 25 − 13 = 12 upheld, and so on.
    const text = writeText(city).replace(/^72\t64\t178.*$/mu, '72641783735113481261211620');
    expect(text).toContain('政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件');
    const { report, readings } = read(text);
    expect(report.tables.reviewAndLitigation).toEqual(city.tables.reviewAndLitigation);
    expect(readings['reviewAndLitigation.litigationAfterReview.upheld']).toMatchObject({ how: 'resolved', by: ['T4.R1', 'prose'], excluded: [1] });
    // without the sentence, the cells T4.R1 leaves open stay unread
    const silent = read(text.replace(/政府信息公开行政诉讼46件，其中[^。]*。/u, '。'));
    expect(silent.report.tables.reviewAndLitigation.litigationAfterReview.upheld).toBeNull();
    expect(silent.readings['reviewAndLitigation.litigationAfterReview.upheld']).toMatchObject({ how: 'unread', candidates: [1, 12] });
  });

  it('reads full-width figures and figures with zero-width characters beside them', () => {
    const fullWidth = (text: string) => text.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    const text = writeText(city);
    expect(fullWidth(text)).toContain('７２\t６４\t１７８');
    expectSameCells(read(fullWidth(text)).report, city);
    // a web page's `&#8203;` copied with its text, after a figure and inside one
    const zeroWidth = text.replace(/(\d)\t/gu, '$1\u200b\t').replace('447228', '447\u200b228');
    expect(zeroWidth).toContain('72\u200b\t64\u200b\t178');
    expectSameCells(read(zeroWidth).report, city);
  });

  it('never reads table 4 as blank when its row prints text that is no figure', () => {
    // The header as a web page's text prints it, a field per grid column: its lines' empty fields are no blank row,
    // and cells of text that is no figure leave the table unread.
    const header = [
      `行政复议${'\t'.repeat(5)}行政诉讼${'\t'.repeat(9)}`,
      `结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉${'\t'.repeat(5)}复议后起诉${'\t'.repeat(4)}`,
      `${'\t'.repeat(5)}结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计`,
    ].join('\n');
    const text = writeText(city)
      .replace(/行政复议\t行政诉讼\n结果维持.*\n/u, `${header}\n`)
      .replace(/^72\t64\t178.*$/mu, (row) => row.replace(/\d+/gu, (figure) => `约${figure}`));
    expect(text).toContain(`${header}\n约72\t约64`);
    const { report, diagnostics, readings } = read(text);
    expect(report.tables.reviewAndLitigation.administrativeReview.upheld).toBeNull();
    expect(readings['reviewAndLitigation.administrativeReview.upheld']).toMatchObject({ how: 'unread' });
    expect(diagnostics.some((d) => d.severity === 'warning' && d.paths.includes('reviewAndLitigation.administrativeReview.upheld'))).toBe(true);
  });

  it("places each table-2 block's values under its own header, and folds a merged cell's copies (docling's Markdown)", () => {
    // 2019 edition: item 5's block has three columns; item 8's has two, its 本年增/减 merged over the last two
    // grid columns — an extraction that lays merged cells on the grid writes the label and the figure twice.
    const table2 = [
      '二、主动公开政府信息情况',
      '| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |',
      '| --- | --- | --- | --- |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '| 行政许可 | 1 | -3 |  |',
      '| 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 本年增/减 |',
      '| 行政事业性收费 |  | -1399 | -1399 |',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const { report, diagnostics, readings } = read(table2);
    const item = report.tables.activeDisclosure as unknown as Record<string, Record<string, Record<string, number | null>>>;
    expect(item.art20Item8!.administrativeFees).toMatchObject({ previousYearItems: null, changeThisYear: -1399 });
    expect(readings['activeDisclosure.art20Item8.administrativeFees.previousYearItems']).toEqual({ how: 'blank' });
    // by the header of its own block, not the last block's
    expect(item.art20Item5!.administrativeLicensing).toMatchObject({ previousYearItems: 1, changeThisYear: -3, decisions: null });
    expect(diagnostics.filter((d) => d.rule === 'parser/extra-value' || d.rule === 'parser/ambiguous-row')).toEqual([]);
  });

  it('reads Markdown table cells that break their text with `<br>`, and never joins figures a `<br>` parts', () => {
    // A PDF→Markdown extraction writes a cell's wrapped text with `<br>` (`| 行政规<br>范性文件 |`).
    const text = asMarkdown(writeText(city), (cell) => (cell.length > 6 && !/^[\d.]+$/u.test(cell) ? `${cell.slice(0, 3)}<br>${cell.slice(3)}` : cell));
    expect(text).toContain('| 行政规<br>范性文件 | 8 | 26 | 66 |');
    const { report, diagnostics } = read(text);
    expectSameCells(report, city);
    // each row found by its own label, none left for the row order to place
    expect(diagnostics.filter((d) => d.rule === 'parser/unlabelled-values' || d.rule === 'parser/label-variant')).toEqual([]);
    const parted = text.replace('| 一、本<br>年新收政府信息公开申请数量 | 3001 |', '| 一、本<br>年新收政府信息公开申请数量 | 300<br>1 |');
    expect(parted).not.toBe(text);
    expect(getCell(read(parted).report, 'applications.newlyReceived.naturalPerson')).toBeNull();
  });

  it('finds every table by its header words when a `<br>` breaks them (`| 结果<br>维持 |`), and places a blank by them', () => {
    // An extraction wraps a narrow header cell as it wraps a row label; the words that start a table are then
    // spaced apart. Table 4 printing a blank is read under its header, and the prose's figures above it are no cells.
    const blank = clone(city);
    setCell(blank, 'reviewAndLitigation.litigationAfterReview.otherOutcome', null);
    blank.sections.reviewAndLitigation = { title: '政府信息公开行政复议、行政诉讼情况', text: '本年度共发生行政复议2件、行政诉讼1件。' };
    const text = asMarkdown(writeText(blank), (cell) => (cell.length > 3 && !/^[\d.]+$/u.test(cell) ? `${cell.slice(0, 2)}<br>${cell.slice(2)}` : cell));
    for (const header of ['| 第二<br>十条第（一）项 |', '| 信息<br>内容 |', '| 行政<br>复议 | 行政<br>诉讼 |', '| 结果<br>维持 |']) expect(text).toContain(header);
    const { report, coverage } = read(text);
    expectSameCells(report, blank);
    expect(coverage.unreadPaths).toEqual([]);
  });

  it("never takes a stray number between table 4's header and its grid row for a cell (a bare page number)", () => {
    // The table broken across pages in an extraction: the next page's number on a line of its own, then the row,
    // which prints a blank. The number is no cell; the fifteen values it makes are in no order the grid vouches for.
    const blank = clone(city);
    setCell(blank, 'reviewAndLitigation.litigationAfterReview.otherOutcome', null);
    const text = asMarkdown(writeText(blank)).replace(/^(\| 结果维持 .*\|)$/mu, '$1\n\n2\n');
    expect(text).toMatch(/\| 总计 \|[ |]*\n\n2\n\n\| 72 \| 64 \|/u);
    const { report, coverage, diagnostics } = read(text);
    for (const path of listCellPaths(blank).filter((p) => p.startsWith('reviewAndLitigation.'))) {
      if (getCell(report, path) === null) expect(coverage.unreadPaths.includes(path) || getCell(blank, path) === null, path).toBe(true);
      else expect(getCell(report, path), path).toBe(getCell(blank, path));
    }
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.some((p) => p.startsWith('reviewAndLitigation.')))).toBe(true);
    // the page number in words is a footer, and the row is read under its header
    const footer = read(text.replace('\n\n2\n', '\n\n第 2 页\n'));
    expectSameCells(footer.report, blank);
    expect(footer.coverage.unreadPaths).toEqual([]);
  });

  it("drops a bare page number on a page's last line of text whose pages are apart by form feeds (pdftotext)", () => {
    // one field per line, as a PDF viewer's text prints a table; page 1 ends in its bare number inside table 3
    const viewer = writeText(city)
      .split('\n')
      .flatMap((line) => (line.includes('\t') ? line.split('\t').filter(Boolean) : [line]))
      .join('\n');
    const paged = viewer.replace('\n（二）部分公开', '\n1\n\f（二）部分公开');
    expect(paged).not.toBe(viewer);
    const [whole, split] = [read(viewer), read(paged)];
    expect(whole.coverage.unreadPaths).toEqual([]);
    expectSameCells(split.report, whole.report);
    expect(split.coverage.unreadPaths).toEqual([]);
  });

  describe("bare page numbers in text that keeps no pages (a PDF viewer's copy: no form feeds)", () => {
    /** City's report one field per line, 规章's 本年废止件数 blank, page numbers `first`, `first + 1`, `first + 2` bare on
     * lines of their own: after section 1, inside table 2 (after 规章's figures), at the end. */
    const paged = (report: Report, first: number) =>
      writeText(report)
        .split('\n')
        .flatMap((line) => (line.includes('\t') ? line.split('\t').filter(Boolean) : [line]))
        .join('\n')
        .replace('\n二、主动公开政府信息情况', `\n${first}\n二、主动公开政府信息情况`)
        .replace('\n行政规范性文件', `\n${first + 1}\n行政规范性文件`)
        .concat(`\n${first + 2}`);
    const regulations = 'activeDisclosure.art20Item1.regulations';
    const blank = clone(city);
    setCell(blank, `${regulations}.repealedThisYear`, null);

    /** Every cell exact, or unread and named by a reader's diagnostic. */
    function expectNoWrongCell(text: string, expected: Report) {
      const { report, coverage, diagnostics } = read(text);
      for (const path of listCellPaths(expected)) {
        if (coverage.unreadPaths.includes(path)) expect(diagnostics.some((d) => d.rule.startsWith('parser/') && d.paths.includes(path)), path).toBe(true);
        else expect(getCell(report, path), path).toBe(getCell(expected, path));
      }
      return { report, coverage, diagnostics };
    }

    it('drops the page numbers the rising numbers of the prose prove, and never takes one for a cell', () => {
      // 14 and 16 stand in the prose; 15, the only line of 15 between them, is a page number, never 规章's cell: the
      // parser before this took it for 现行有效件数 and 11 for 本年废止件数
      // (规章 prints a figure too few, so 行政规范性文件's figures, on lines of their own, may hold one of its: unread too)
      const { coverage } = expectNoWrongCell(paged(blank, 14), blank);
      const documents = regulations.replace('regulations', 'normativeDocuments');
      expect([...coverage.unreadPaths].sort()).toEqual(
        ['issuedThisYear', 'repealedThisYear', 'currentlyValid'].flatMap((column) => [`${regulations}.${column}`, `${documents}.${column}`]).sort(),
      );
      const whole = expectNoWrongCell(paged(city, 14), city);
      expect(whole.coverage.unreadPaths).toEqual([]);
      expect(whole.report.sections.overview?.text).not.toMatch(/^14$/mu);
    });

    it('reads a table every way its page numbers may fall, and leaves unread what the ways read differently', () => {
      // page 2's number may be the line after 规章's figures or any `2` of the tables; a way that gives a row more figures
      // than cells is no faithful print and is set aside, so the whole report is read
      const whole = expectNoWrongCell(paged(city, 1), city);
      expect(whole.coverage.unreadPaths).toEqual([]);
      // with 规章's blank, 规章's row reads its figures differently as the page number falls: never a guessed cell
      const { diagnostics } = expectNoWrongCell(paged(blank, 1), blank);
      expect(diagnostics.find((d) => d.rule === 'parser/page-number')?.paths).toContain(`${regulations}.currentlyValid`);
    });
  });

  it("reads a row whose figures a PDF viewer's text breaks over two lines, its label wrapped around them", () => {
    // `pdftotext` of a browser's print: the figures that stand lower in the cell come on a line of their own.
    const text = writeText(city).replace('一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119', '一、本年新收政府信息公开申请 3001 53 0\n0 61 4 3119\n数量');
    expect(text).toContain('3001 53 0\n0 61 4 3119\n');
    const { report, readings } = read(text);
    expectSameCells(report, city);
    // by its own label, the second line's figures with the first's (not left over for the table's row order)
    expect(readings['applications.newlyReceived.total']).toEqual({ how: 'direct' });
  });

  it("reads table 3 from poppler's text whose rows with wrapped labels print their first cells after the rest", () => {
    // `pdftotext` (raw) of a web page printed by LibreOffice: a row label wrapped in its cell puts the figures on the
    // label's first line after the row's other figures (`0 0 0 0 454` … `（二）部分公开 447` … `7`), and the torn label
    // fragments find no row
    const text = writeText(city, turnedRows((label) => (label.length > 12 ? 2 : 0)));
    expect(text).toContain('0\n0\n0\n0\n454\n（二）部分公开（区分处理 447\n');
    const { report, readings } = read(text);
    expectSameCells(report, city);
    expect(readings['applications.partiallyGranted.naturalPerson']).toMatchObject({ how: 'resolved', by: expect.arrayContaining(['order', 'T3.R3']) });
    // a row whose turns both balance (`0 0 0 0 0 12 12`: 其他 12, or 自然人 12) is settled by the column identities
    const turnedOnce = read(writeText(city, turnedRows((label) => (label.startsWith('6.属于四类') ? 1 : 0))));
    expectSameCells(turnedOnce.report, city);
    expect(turnedOnce.readings['applications.denied.processInformation.naturalPerson']).toMatchObject({ how: 'resolved', excluded: [0] });
  });

  it("never reads a row from the figures after its label where the row before took a row's worth too many", () => {
    // PyMuPDF's sorted text of a Chromium print: from 5.要求行政机关确认… on, a label of three lines follows its row's
    // figures, so 4.无正当理由…'s figures run on into 5's, and each label after is followed by the next row's figures
    let after = false;
    const sorted: RowPrinter = (label, cells) => {
      if (cells.length !== applicantColumns.length) return [[label, ...cells].join('\t')];
      if (label.includes('确认或重新出具')) after = true;
      return after && !label.startsWith('（七）') && !label.startsWith('四、') ? [...cells, label] : [label, ...cells];
    };
    // (a stray figure before the table's rows: the row order, which counts them, reads nothing)
    const parsed = read(writeText(city, sorted).replace(/^(一、本年新收)/mu, '8\n$1')).report;
    for (const path of listCellPaths(city).filter((p) => p.startsWith('applications.'))) {
      const value = getCell(parsed, path);
      if (value !== null) expect(value, path).toBe(getCell(city, path));
    }
  });

  it('never takes a turned reading of table 3 whose rows each balance but whose columns do not', () => {
    // poppler's text of LibreOffice's print: two turned rows whose rests come before both first figures (`0 … 0`
    // `0 9 0 0 20` `3.要求提供… 0` `4.无正当理由… 11`). Cut by the format's row order, 公开出版物's row takes 大量反复's
    // first 0, and 大量反复's turn at the 0 after a label balances (`0 11 0 9 0 0 20`, T3.R3) with 11 in the wrong
    // column; the column identities (T3.R2) do not.
    const report = clone(city);
    const table = report.tables.applications;
    table.notProcessed.excessiveRepeated = { naturalPerson: 11, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 9, legalServiceInstitution: 0, otherOrganization: 0, total: 20 };
    for (const row of [table.totalProcessed, table.newlyReceived]) {
      row.naturalPerson! += 11;
      row.socialWelfareOrganization! += 9;
      row.total! += 20;
    }
    let held: string[] = [];
    const doubleTurn: RowPrinter = (label, cells) => {
      const plain = turnedRows(() => 0)(label, cells);
      if (label.includes('公开出版物')) {
        held = [...cells.slice(1), `${label} ${cells[0]}`];
        return [];
      }
      if (!label.includes('大量反复')) return plain;
      return [...held.slice(0, -1), ...cells.slice(1), held.at(-1)!, `${label} ${cells[0]}`];
    };
    const text = writeText(report, doubleTurn);
    expect(text).toContain('0\n0\n9\n0\n0\n20\n3.要求提供公开出版物 0\n4.无正当理由大量反复申请 11');
    const parsed = read(text).report;
    for (const path of listCellPaths(report).filter((p) => p.startsWith('applications.'))) {
      const value = getCell(parsed, path);
      if (value !== null) expect(value, path).toBe(getCell(report, path));
    }
  });

  it("never guesses a turned row of table 3 that the identities leave open: every legal-person column 0, 自然人 or 其他", () => {
    // Every row turned by one: each reads as 自然人 or as 其他, and the identities hold either way, for all rows at once.
    const text = writeText(hongze, turnedRows(() => 1));
    const { report, diagnostics, coverage } = read(text);
    const paths = listCellPaths(hongze).filter((path) => path.startsWith('applications.'));
    const open = paths.filter((path) => getCell(report, path) === null);
    expect(open).toContain('applications.newlyReceived.naturalPerson');
    for (const path of paths) if (getCell(report, path) !== null) expect(getCell(report, path), path).toBe(getCell(hongze, path));
    for (const path of open) {
      expect(coverage.unreadPaths).toContain(path);
      expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes(path) && d.severity === 'warning'), path).toBe(true);
    }
    const message = diagnostics.find((d) => d.paths.includes('applications.newlyReceived.naturalPerson'))?.messageEn;
    expect(message).toContain('95/0/0/0/0/0/95');
    expect(message).toContain('0/0/0/0/0/95/95');
  });

  it("never takes the figures after a row's label for its own where the row order reads them otherwise", () => {
    // Every row turned by one: the figures after `1.属于国家秘密 30` are the next row's, and with the same first figure
    // (30) they balance (`30 1 0 0 0 0 31`); the table's row order reads the row as 30 … 30 or 0 … 30 30.
    const twin = clone(city);
    twin.tables.applications.denied.stateSecret = { ...twin.tables.applications.denied.stateSecret, naturalPerson: 30, total: 30 };
    twin.tables.applications.granted = { ...twin.tables.applications.granted, naturalPerson: 1260, total: 1334 };
    const text = writeText(twin, turnedRows(() => 1));
    expect(text).toContain('0\n0\n0\n0\n0\n30\n1.属于国家秘密 30\n1\n0\n0\n0\n0\n31\n');
    const { report, diagnostics, coverage } = read(text);
    for (const path of listCellPaths(twin)) if (getCell(report, path) !== null) expect(getCell(report, path), path).toBe(getCell(twin, path));
    expect(coverage.unreadPaths).toContain('applications.denied.stateSecret.total');
    const message = diagnostics.find((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('applications.denied.stateSecret.total'))?.messageEn;
    expect(message).toContain('read by its label as 30/1/0/0/0/0/31');
  });

  it("never reads a figure under a header label cut short at the page's margin, in a PDF's text (`现行有`)", () => {
    // `pdftotext -layout` of a browser's print of a table wider than the page: 现行有效件数 and 66 cut at the margin
    const laidOut = (header: string, row: string) =>
      writeText(city).replace('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t11\n行政规范性文件\t8\t26\t66', `        信息内容      本年制发件数      本年废止件数      ${header}\n规章      1      0      11\n${row}`);
    const cut = laidOut('现行有', '行政规范性文件      8      26      6');
    expect(cut).toContain('本年废止件数      现行有\n');
    const { report, diagnostics } = read(cut);
    expect(report.tables.activeDisclosure.art20Item1.normativeDocuments).toEqual({ issuedThisYear: null, repealedThisYear: null, currentlyValid: null });
    expect(diagnostics.some((d) => d.paths.includes('activeDisclosure.art20Item1.normativeDocuments.currentlyValid') && /cut short at the page's margin/u.test(d.messageEn))).toBe(true);
    // the label's rest wrapped onto the next line is no cut, nor an omitted unit (本年收费金额 for 本年收费金额（单位：万元）)
    const wrapped = laidOut('现行有\n                                          效件数', '行政规范性文件      8      26      66');
    expect(getCell(read(wrapped).report, 'activeDisclosure.art20Item1.normativeDocuments.currentlyValid')).toBe(66);
    const unitless = writeText(city).replace(/信息内容\t本年收费金额（单位：万元）/u, '        信息内容      本年收费金额');
    expect(unitless).toContain('信息内容      本年收费金额\n');
    const fee = 'activeDisclosure.art20Item8.administrativeFees.feeAmount';
    expect(getCell(read(unitless).report, fee)).toBe(getCell(city, fee));
  });

  it("never reads table 2's figures that may stand across a label in a PDF viewer's text, where a blank prints nothing", () => {
    // `pdftotext` of LibreOffice's prints of web pages (random reports): a figure before its row's label, or after the
    // next row's label line; table 2 has no identity to tell
    const block = (body: string) =>
      writeText(city).replace('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t11\n行政规范性文件\t8\t26\t66', `信息内容\n规章\n本年制发件数 本年废止件数 现行有效件数\n${body}`);
    const paths = listCellPaths(city).filter((path) => path.startsWith('activeDisclosure.art20Item1.'));
    // 规章 8 ／ (blank) 3 and 行政规范性文件 1 (blank) 1: 3 after 行政规范性文件's line; 规章 - (blank) 7 and 行政规范性文件
    // (blank) 1 3: 1 before 行政规范性文件's label
    for (const body of ['8\n／\n行政规范性文件 1\n3\n1', '-\n7\n1\n行政规范性文件\n3']) {
      const text = block(body);
      expect(text).toContain(body);
      const { report, diagnostics } = read(text);
      expect(paths.map((path) => getCell(report, path))).toEqual(paths.map(() => null));
      const open = paths.filter((path) => path.includes('normativeDocuments') === body.startsWith('8'));
      for (const path of open) expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes(path)), path).toBe(true);
    }
    // a row's label first, then a row's label ending after its figures: the figures may be the first row's
    const torn = block('').replace('规章\n本年制发件数 本年废止件数 现行有效件数\n', '规章\n行政规范性\n本年制发件数 本年废止件数 现行有效件数\n5\n0\n8\n文件');
    expect(paths.map((path) => getCell(read(torn).report, path))).toEqual(paths.map(() => null));
  });

  it("never takes the figure after a row's label for its own where a figure no label claims stands right before it", () => {
    // `pdftotext` of a Word report's PDF: 96171.6 before 行政事业性收费, and after it 66, 行政规范性文件's, moved there
    // with the page's right-hand column
    const text = writeText(city)
      .replace('行政规范性文件\t8\t26\t66', '行政规范性文件\t8\t26')
      .replace('信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t96171.6', '信息内容\n本年收费金额（单位：万元）\n96171.6\n行政事业性收费\n66');
    expect(text).toContain('96171.6\n行政事业性收费\n66\n');
    const { report, diagnostics } = read(text);
    const fee = 'activeDisclosure.art20Item8.administrativeFees.feeAmount';
    expect(getCell(report, fee)).toBeNull();
    expect(diagnostics.find((d) => d.paths.includes(fee))?.messageEn).toContain('figures no label claims (96171.6) stand right before');
    // a figure before its label alone (nothing after the label) is left to the row order, as before
    const before = writeText(city).replace('信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t96171.6', '信息内容\n本年收费金额（单位：万元）\n96171.6\n行政事业性收费');
    expect(getCell(read(before).report, fee)).toBe(96171.6);
  });

  it("never trusts the order of a row's figures on several lines when a blank leaves its total unchecked", () => {
    // a PDF viewer's text of a row whose 商业企业 figure wrapped in its cell: that cell stands higher, so the viewer
    // gives the figures out of column order over three lines, and the total is printed blank
    const text = writeText(city).replace('2.其他法律行政法规禁止公开\t30\t1\t0\t0\t0\t0\t31', '2.其他法律行政法规禁止公开 30 0\n1\n0 0 0 ／');
    expect(text).toContain('禁止公开 30 0\n1\n');
    const { report, coverage, diagnostics } = read(text);
    const paths = listCellPaths(city).filter((path) => path.startsWith('applications.denied.prohibitedByLaw.'));
    expect(paths.map((path) => getCell(report, path))).toEqual(paths.map(() => null));
    for (const path of paths) expect(coverage.unreadPaths).toContain(path);
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('applications.denied.prohibitedByLaw.commercialEnterprise'))).toBe(true);
    // printed on one line, in column order, the same figures are read
    const inline = read(writeText(city).replace('\t30\t1\t0\t0\t0\t0\t31', ' 30 1 0 0 0 0 ／'));
    expect(inline.report.tables.applications.denied.prohibitedByLaw).toMatchObject({ naturalPerson: 30, commercialEnterprise: 1, total: null });
  });

  it('reads straight quotes, `1、` ordinals and full-width digits of ordinals', () => {
    const variant: RowPrinter = (label, cells) => [
      [label.replace(/[“”]/gu, '"').replace(/^(\d)\./u, '$1、'), ...cells].join('\t'),
    ];
    expectSameCells(read(writeText(city, variant)).report, city);
  });

  it('reads a garbled label (`2.其他法律行政止公开`) and says so', () => {
    const text = writeText(city).replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    const { report, diagnostics } = fromText(text, { validate: false });
    expectSameCells(report, city);
    expect(diagnostics.some((d) => d.rule === 'parser/label-variant' && d.paths.includes('applications.denied.prohibitedByLaw.total'))).toBe(true);
  });

  it('reads a table broken across pages: page number and repeated header rows in between', () => {
    const text = writeText(city).replace(
      '4.保护第三方合法权益',
      '-4-\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n4.保护第三方合法权益',
    );
    expectSameCells(read(text).report, city);
  });

  it('reads the characters of a vertical group label spread over lines', () => {
    const text = writeText(city).replace('（一）予以公开', '三\n、\n本\n年\n度\n（一）予以公开');
    expectSameCells(read(text).report, city);
  });

  it('reads placeholders as null, keeps what was printed, and never reads them as 0', () => {
    const source = clone(city);
    setCell(source, 'applications.granted.researchInstitution', null, '/');
    setCell(source, 'applications.granted.socialWelfareOrganization', null, '—');
    setCell(source, 'applications.granted.legalServiceInstitution', null, '无');
    const { report } = read(writeText(source));
    expect(getCell(report, 'applications.granted.researchInstitution')).toBeNull();
    expect(report.printed).toMatchObject({
      'applications.granted.researchInstitution': '/',
      'applications.granted.socialWelfareOrganization': '—',
      'applications.granted.legalServiceInstitution': '无',
    });
    expectSameCells(report, source);
  });

  it('reads thousands separators, decimals and units in cells', () => {
    const source = clone(city);
    setCell(source, 'applications.newlyReceived.total', 3119, '3,119');
    setCell(source, 'activeDisclosure.art20Item8.administrativeFees.feeAmount', 96171.6, '96171.60');
    const { report } = read(writeText(source));
    expect(getCell(report, 'applications.newlyReceived.total')).toBe(3119);
    expect(getCell(report, 'activeDisclosure.art20Item8.administrativeFees.feeAmount')).toBe(96171.6);
    expect(report.printed?.['activeDisclosure.art20Item8.administrativeFees.feeAmount']).toBe('96171.60');
  });

  it('reports a row with a cell too many as ambiguous instead of shifting values', () => {
    const text = writeText(city).replace(/(1\.属于国家秘密\t[^\n]*)/u, '$1\t9');
    const { report, diagnostics } = read(text);
    expect(getCell(report, 'applications.denied.stateSecret.naturalPerson')).toBeNull();
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes('applications.denied.stateSecret.total'))).toBe(true);
    expectSameCells(report, city, listCellPaths(city).filter((p) => p.startsWith('applications.denied.stateSecret.')));
  });

  it('splits digit runs whose separators were lost when the identities make the reading unique', () => {
    const joined: RowPrinter = (label, cells) => [label + cells.join('')];
    const { report } = read(writeText(city, joined).replace(/[\n\t]/gu, ' '));
    const applications = listCellPaths(city).filter((p) => p.startsWith('applications.'));
    for (const path of applications) expect(getCell(report, path), path).toBe(getCell(city, path));
  });

  it('leaves a digit run unread when more than one reading fits', () => {
    const { report, diagnostics } = read('二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件8855698');
    expect(getCell(report, 'activeDisclosure.art20Item1.regulations.issuedThisYear')).toBe(0);
    expect(getCell(report, 'activeDisclosure.art20Item1.normativeDocuments.issuedThisYear')).toBeNull();
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row')).toBe(true);
  });

  it('places a row with a blank cell under the header, and a row label `（七）总计` is not that header', () => {
    const source = clone(city);
    setCell(source, 'applications.granted.commercialEnterprise', null);
    const text = writeText(source).replace(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
    );
    const { report } = read(text);
    expectSameCells(report, source);
  });

  it('reads a grid row whose every field is empty as that row printed blank, and a wrapped label’s first line as no row', () => {
    const source = clone(city);
    const row = 'applications.notProcessed.excessiveRepeated';
    for (const column of applicantColumns) setCell(source, `${row}.${column.key}`, null);
    const blank = read(writeText(source));
    expectSameCells(blank.report, source);
    expect(blank.coverage.unreadPaths).toEqual([]);
    // the first line of a wrapped label with empty fields beside it is no row printed blank: its values follow
    const wrapped = writeText(city).replace(/（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t/u, '（二）部分公开（区分处理的，\t\t\t\t\t\t\t\n只计这一情形，不计其他情形）\t');
    expect(wrapped).toContain('（区分处理的，\t\t');
    const { report } = read(wrapped);
    expect(report.tables.applications.partiallyGranted.total).toBe(city.tables.applications.partiallyGranted.total);
  });

  describe('labels torn from their values, in a table of their own with empty fields, its values in a table after it', () => {
    const torn = (labelRow: (label: string, width: number) => string): string => {
      const lines = writeText(city).split('\n');
      const start = lines.findIndex((line) => line.startsWith('三、'));
      const end = lines.findIndex((line) => line.startsWith('四、'));
      const values: string[] = [];
      for (let i = start; i < end; i++) {
        const [label, ...cells] = lines[i]!.split('\t');
        if (cells.length !== applicantColumns.length) continue;
        lines[i] = labelRow(label!.replace('（区分处理的，只计这一情形，不计其他情形）', ''), cells.length);
        values.push(`| ${cells.join(' | ')} |`);
      }
      lines.splice(end, 0, '', ...values, '');
      return lines.join('\n');
    };
    it.each([
      ['a field for each cell', (label: string, width: number) => `| ${label} |${' |'.repeat(width)}`],
      ['one empty field', (label: string) => `| ${label} | |`],
    ])('are never rows printed blank, nor the last label’s (%s): the row order places the values', (_, labelRow) => {
      const { report, coverage } = read(torn(labelRow));
      expectSameCells(report, city);
      expect(coverage.unreadPaths).toEqual([]);
    });
  });

  it('reads table 4 split in three small tables under their group names, an empty field as blank, only in order', () => {
    const source = clone(city);
    for (const column of outcomeColumns) setCell(source, `reviewAndLitigation.administrativeReview.${column.key}`, null);
    setCell(source, 'reviewAndLitigation.litigationAfterReview.corrected', null);
    const groups = (order: readonly string[]) =>
      order.flatMap((group) => {
        const cells = outcomeColumns.map((column) => getCell(source, `reviewAndLitigation.${group}.${column.key}`) ?? '');
        const name = { administrativeReview: '行政复议', litigationWithoutReview: '未经复议直接起诉', litigationAfterReview: '复议后起诉' }[group]!;
        return [name, '', `| ${outcomeColumns.map((column) => column.zh).join(' | ')} |`, `|${' --- |'.repeat(5)}`, `| ${cells.join(' | ')} |`, ''];
      });
    const withTable4 = (order: readonly string[]) => {
      const lines = writeText(source).split('\n');
      const start = lines.findIndex((line) => line.startsWith('四、'));
      const end = lines.findIndex((line) => line.startsWith('五、'));
      lines.splice(start + 1, end - start - 1, ...groups(order));
      return lines.join('\n');
    };
    const inOrder = read(withTable4(['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview']));
    expectSameCells(inOrder.report, source);
    expect(inOrder.coverage.unreadPaths).toEqual([]);
    // the names out of the format's order: nothing tells the groups apart
    const swapped = read(withTable4(['administrativeReview', 'litigationAfterReview', 'litigationWithoutReview']));
    expect(swapped.coverage.unreadPaths.filter((path) => path.startsWith('reviewAndLitigation.'))).toHaveLength(15);
  });

  it('reads a row of placeholders only and keeps what it printed', () => {
    const source = clone(city);
    setCell(source, 'activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear', null, '/');
    const { report } = read(writeText(source));
    expect(report.printed?.['activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear']).toBe('/');
  });

  it("never runs a summary table's rows printed before table 3 into the prose (a false XT.R2 from their 申请)", () => {
    const source = clone(city);
    source.sections.applications = { title: '收到和处理政府信息公开申请情况', text: '全年共答复2833件。' };
    const summary = ['项目\t件数', '上年结转政府信息公开申请数量\t34', '予以公开\t1362', '结转下年度继续办理\t103'].join('\n');
    const text = writeText(source).replace('\n全年共答复2833件。', `\n${summary}\n全年共答复2833件。`);
    expect(text).toContain('继续办理\t103\n全年共答复2833件。');
    const { report, diagnostics } = fromText(text);
    expect(report.sections.applications?.text).not.toContain('1362');
    expect(diagnostics.filter((d) => d.rule === 'XT.R2' && d.status === 'fail')).toEqual([]);
  });

  it('does not take a number in section 四’s prose for a table 4 value', () => {
    const source = clone(city);
    source.sections.reviewAndLitigation = { title: '政府信息公开行政复议、行政诉讼情况', text: '本年度办结行政复议2件。' };
    const { report } = read(writeText(source));
    expect(report.tables.reviewAndLitigation).toEqual(city.tables.reviewAndLitigation);
    expect(report.sections.reviewAndLitigation?.text).toBe('本年度办结行政复议2件。');
  });

  describe('a grid row whose cells ran together into one figure (`上年结转\t111000012`)', () => {
    /** City's report with table 3's 二 and 四 rows set to `over` and forward shifted alike, so T3.R1 still holds. */
    function withCarriedOver(over: readonly number[]): Report {
      const source = clone(city);
      applicantColumns.forEach((column, i) => {
        const shift = over[i]! - (getCell(city, `applications.carriedOverFromLastYear.${column.key}`) as number);
        const forward = getCell(city, `applications.carriedForwardToNextYear.${column.key}`) as number;
        setCell(source, `applications.carriedOverFromLastYear.${column.key}`, over[i]!);
        setCell(source, `applications.carriedForwardToNextYear.${column.key}`, forward + shift);
      });
      return source;
    }
    const merged: RowPrinter = (label, cells) => [/^[二四]、/u.test(label) ? `${label}\t${cells.join('')}` : [label, ...cells].join('\t')];
    const rowsOver = [
      [1, 10, 0, 0, 0, 0, 11],
      [12, 1, 0, 0, 0, 0, 13],
      [2, 20, 0, 0, 0, 0, 22],
      [1, 11, 0, 0, 0, 0, 12],
      [11, 11, 0, 0, 0, 0, 22],
      [10, 11, 0, 0, 0, 0, 21],
    ];

    it.each(rowsOver)('never reads the figure as one cell: every cell exact or unread with a diagnostic (%i/%i/…)', (...over) => {
      const source = withCarriedOver(over);
      const { report, coverage, diagnostics } = read(writeText(source, merged));
      for (const path of listCellPaths(source)) {
        const value = getCell(report, path);
        if (value !== null) expect(value, path).toBe(getCell(source, path));
      }
      for (const path of coverage.unreadPaths) expect(diagnostics.some((d) => d.paths.includes(path)), path).toBe(true);
    });

    it('is settled by last year’s 结转下年度 where the identities leave two readings, and says so', () => {
      const over = [1, 11, 0, 0, 0, 0, 12];
      const source = withCarriedOver(over);
      const text = writeText(source, merged);
      const alone = read(text);
      expect(alone.coverage.unread).toBeGreaterThan(0);
      expect(alone.report.tables.applications.carriedOverFromLastYear.commercialEnterprise).toBeNull();
      const previous = clone(city);
      applicantColumns.forEach((column, i) => setCell(previous, `applications.carriedForwardToNextYear.${column.key}`, over[i]!));
      const { report, coverage, readings } = fromText(text, { validate: false, previous });
      expect(coverage.complete).toBe(true);
      expectSameCells(report, source);
      expect(readings['applications.carriedOverFromLastYear.commercialEnterprise']).toMatchObject({ how: 'resolved', by: expect.arrayContaining(['previousYear']) });
    });

    it('keeps the cells unread when last year’s figures fit none of the readings', () => {
      const over = [1, 11, 0, 0, 0, 0, 12];
      const previous = clone(city);
      applicantColumns.forEach((column, i) => setCell(previous, `applications.carriedForwardToNextYear.${column.key}`, [5, 7, 0, 0, 0, 0, 12][i]!));
      const { report, coverage } = fromText(writeText(withCarriedOver(over), merged), { validate: false, previous });
      expect(coverage.complete).toBe(false);
      expect(report.tables.applications.carriedOverFromLastYear.commercialEnterprise).toBeNull();
    });
  });
});
