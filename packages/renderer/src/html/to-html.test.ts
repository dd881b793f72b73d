import { createEmptyReport, setCell, type Diagnostic } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { toHtml } from './to-html.ts';

function report() {
  const r = createEmptyReport('2021');
  r.meta.title = '某某区<script>2023年政府信息公开工作年度报告';
  r.sections.overview = { title: '总体情况', text: 'A & B <i>"引号"</i>\n第二段。' };
  setCell(r, 'applications.granted.total', 5);
  setCell(r, 'applications.granted.naturalPerson', null, '/');
  return r;
}

const diagnostic = (severity: Diagnostic['severity'], message: string): Diagnostic => ({
  rule: 'T3.R3',
  severity,
  status: 'fail',
  message,
  messageEn: `English: ${message}`,
  paths: ['applications.granted.total', 'applications.granted.naturalPerson'],
});

describe('toHtml', () => {
  it('escapes every piece of text', () => {
    const html = toHtml(report());
    expect(html).toContain('<h1 class="dx-title">某某区&lt;script&gt;2023年政府信息公开工作年度报告</h1>');
    expect(html).toContain('<title>某某区&lt;script&gt;2023年政府信息公开工作年度报告</title>');
    expect(html).toContain('<p>A &amp; B &lt;i&gt;&quot;引号&quot;&lt;/i&gt;</p>');
    expect(html).not.toContain('<script>');
  });

  it('writes a standalone A4 page by default and only the article as a fragment', () => {
    expect(toHtml(report())).toMatch(/^<!doctype html>[\s\S]*@page \{ size: A4;[\s\S]*<\/html>\n$/u);
    const fragment = toHtml(report(), { fragment: true });
    expect(fragment.startsWith('<article class="dx-report" data-edition="2021">')).toBe(true);
    expect(fragment).not.toContain('<style>');
  });

  it('marks each value cell with its path, placeholders printed and blanks empty', () => {
    const html = toHtml(report(), { fragment: true });
    expect(html).toContain('<td class="dx-value" data-path="applications.granted.naturalPerson">/</td>');
    expect(html).toContain('<td class="dx-value" data-path="applications.granted.total">5</td>');
    expect(html).toContain('<td class="dx-value" data-path="applications.granted.commercialEnterprise"></td>');
    expect(html.match(/data-path=/gu)).toHaveLength(10 + 175 + 15);
  });

  it('marks the cells a diagnostic names, the worst severity winning, label and messages as the tooltip', () => {
    const html = toHtml(report(), { fragment: true, diagnostics: [diagnostic('warning', '提示<一>'), diagnostic('error', '总计不等')] });
    expect(html).toContain(
      '<td class="dx-value dx-error" data-path="applications.granted.total" title="表三 （一）予以公开 总计\nT3.R3 提示&lt;一&gt;\nT3.R3 总计不等">5</td>',
    );
    const en = toHtml(report(), { fragment: true, language: 'en', diagnostics: [diagnostic('error', '总计不等')] });
    expect(en).toContain('title="Table 3 › Granted › Total\nT3.R3 English: 总计不等"');
    expect(toHtml(report(), { diagnostics: [diagnostic('warning', '提示')] })).toContain('class="dx-value dx-warning"');
  });
});
