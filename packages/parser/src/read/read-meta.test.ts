import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToLayout } from '../html/html-to-layout.ts';
import type { Line } from '../layout/layout.ts';
import { textToLayout } from '../text/text-to-layout.ts';
import { lineText } from './line-text.ts';
import { readMeta } from './read-meta.ts';

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../fixtures/corpus/${name}`, import.meta.url)));
const metaOf = (lines: readonly Line[]) => {
  const { source, ...meta } = readMeta(lines.map(lineText), { kind: 'text' });
  return meta;
};
const textLines = (text: string) => textToLayout(text).lines;

const pingtan = (year: number, publishedAt: string) => ({
  title: `平潭综合实验区${year}年度政府信息公开工作年度报告`,
  agency: '平潭综合实验区管委会',
  region: '平潭综合实验区',
  year,
  scope: 'government',
  level: 'county',
  publishedAt,
});

describe('readMeta on the corpus', () => {
  it('reads a saved CMS page: the title under the navigation, the date from its 来源/时间 line', () => {
    expect(metaOf(htmlToLayout(corpus('2025-pingtan-zone.html')).lines)).toEqual(pingtan(2025, '2026-03-10'));
  });

  it('reads the crawler header of the same report, and of 2021', () => {
    expect(metaOf(textToLayout(corpus('2025-pingtan-zone.txt')).lines)).toEqual(pingtan(2025, '2026-03-10'));
    expect(metaOf(textToLayout(corpus('2021-pingtan-zone.txt')).lines)).toEqual(pingtan(2021, '2022-02-08'));
  });
});

describe('readMeta on other headers and names', () => {
  const body = '本报告根据《条例》编制。统计期限为2024年1月1日至2024年12月31日。';

  it('reads other sites’ field names, bracketed names and dates written with slashes or 年月日', () => {
    const meta = metaOf(textLines(`【信息来源】：某县人民政府办公室 【发布日期】：2025/1/8\n文章标题：某县2024年政府信息公开工作年度报告\n${body}`));
    expect(meta).toMatchObject({ title: '某县2024年政府信息公开工作年度报告', publishedAt: '2025-01-08' });
    expect(metaOf(textLines(`标题：某县2024年度政府信息公开工作年度报告\n发布日期：2025年2月3日\n${body}`)).publishedAt).toBe('2025-02-03');
  });

  it('tells levels apart by the division the body governs', () => {
    const level = (title: string) => metaOf(textLines(`${title}\n${body}`)).level;
    expect(level('江苏省淮安市人民政府2024年政府信息公开工作年度报告')).toBe('city');
    expect(level('温州市乐清市人民政府2024年政府信息公开工作年度报告')).toBe('county');
    expect(level('广西壮族自治区人民政府2024年政府信息公开工作年度报告')).toBe('provincial');
    expect(level('某县某某街道办事处2024年政府信息公开工作年度报告')).toBe('township');
  });

  it('gives a department the region its name starts with, and scope agency', () => {
    const meta = metaOf(textLines(`淮安市财政局2024年政府信息公开工作年度报告\n${body}`));
    expect(meta).toMatchObject({ agency: '淮安市财政局', region: '淮安市', level: 'city', scope: 'agency' });
  });

  it('takes a title with its year over a navigation link to the report column', () => {
    const meta = metaOf(textLines(`首页\n政府信息公开年报\n某县2024年度政府信息公开工作年度报告\n${body}`));
    expect(meta.title).toBe('某县2024年度政府信息公开工作年度报告');
  });

  it('never joins the end of a wrapped header line to a title that names its body, and joins a title torn by a narrow screen', () => {
    const header = '来源：办公室 时间：2026-03-10 12:56 微信 微博 QQ空间 全真版 文字\n版 文件下载';
    expect(metaOf(textLines(`${header}\n乐清市仙溪镇2020年度政府信息公开工作年度报告\n${body}`))).toMatchObject({
      title: '乐清市仙溪镇2020年度政府信息公开工作年度报告',
      region: '乐清市仙溪镇',
    });
    expect(metaOf(textLines(`${header}\n平潭综合实验区管委会\n2025年度政府信息公开工作年度报告\n${body}`)).agency).toBe('平潭综合实验区管委会');
    expect(metaOf(textLines(`${header}\n某某县统计局2020年政府信息公开工作年度报\n告\n${body}`)).title).toBe('某某县统计局2020年政府信息公开工作年度报告');
    expect(metaOf(textLines(`${header}\n某某市人民政府办公\n室2030年政府信息\n公开工作年度报告\n${body}`))).toMatchObject({
      agency: '某某市人民政府办公室',
      year: 2030,
    });
  });
});
