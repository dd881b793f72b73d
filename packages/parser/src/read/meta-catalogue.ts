import type { Level } from '@disclosure/core/lite';

/**
 * The names of the fields that crawlers, CMS article pages and Markdown conversions print above a report
 * (`标题: …`, `来源：… 时间：…`), by what each gives. A header line holds one or more `name：value` pairs.
 */
export const headerFieldCatalogue = {
  /** The article's title. */
  title: ['标题', '文章标题', '信息名称', '名称', '题名', '题目'],
  /** When it was published (a date, perhaps with a time). */
  publishedAt: ['发布时间', '发布日期', '发文日期', '公开日期', '公开时间', '成文日期', '生成日期', '更新时间', '时间', '日期'],
  /** Who posted it (often an office of the reporting body, not the body itself). */
  publisher: ['发布机构', '发布单位', '发文机关', '发文单位', '信息来源', '文章来源', '来源', '公开主体', '所属机构'],
  /** Fields that say nothing the report's metadata needs. */
  other: [
    '文号', '发文字号', '索引号', '主题分类', '体裁分类', '公开方式', '公开范围', '有效性', '栏目', '分类', '原文链接',
    '链接', '相关链接', '网址', '本地目录', '浏览次数', '访问量', '点击数', '字号', '作者', '编辑', '责任编辑', '关键词', '分享到',
  ],
} as const;

/** Lines a crawler or a conversion adds that are no header field: its notes and separators. */
export const crawlerNotes: readonly RegExp[] = [
  /^\s*=+\s*正文\s*=+\s*$/u,
  /^\s*页面链接与图片/u,
  /^\s*-{3,}\s*$/u,
];

/** Endings of the names of government bodies and their offices (`…人民政府`, `…管委会`, `…局`), longest first. */
export const bodySuffixes: readonly string[] = [
  '人民政府办公厅', '人民政府办公室', '管理委员会办公室', '管委会办公室', '人民政府', '管理委员会', '管委会', '办事处',
  '办公厅', '办公室', '委员会', '局', '委', '厅', '署', '院', '会', '处', '所', '部', '中心',
];

/** Endings of a government (not one of its departments): a report in such a name covers the whole government. */
export const governmentSuffixes: readonly string[] = ['人民政府', '管理委员会', '管委会', '办事处'];

/**
 * Endings of administrative divisions and the level of a body governing one, longest first. A city (`市`) named
 * after a city-level division (`温州市乐清市`) is county-level; see `cityPrefixes`.
 */
export const divisionCatalogue: ReadonlyArray<{ readonly suffix: string; readonly level: Level }> = [
  { suffix: '特别行政区', level: 'provincial' },
  { suffix: '自治区', level: 'provincial' },
  { suffix: '省', level: 'provincial' },
  { suffix: '自治州', level: 'city' },
  { suffix: '地区', level: 'city' },
  { suffix: '盟', level: 'city' },
  { suffix: '市', level: 'city' },
  { suffix: '州', level: 'city' },
  { suffix: '自治县', level: 'county' },
  { suffix: '自治旗', level: 'county' },
  { suffix: '实验区', level: 'county' },
  { suffix: '开发区', level: 'county' },
  { suffix: '新区', level: 'county' },
  { suffix: '林区', level: 'county' },
  { suffix: '特区', level: 'county' },
  { suffix: '县', level: 'county' },
  { suffix: '区', level: 'county' },
  { suffix: '旗', level: 'county' },
  { suffix: '街道', level: 'township' },
  { suffix: '苏木', level: 'township' },
  { suffix: '镇', level: 'township' },
  { suffix: '乡', level: 'township' },
];

/** City-level divisions: a `…市` named after one of these is a county-level city. */
export const cityPrefixes: readonly string[] = ['市', '自治州', '地区', '盟'];

/** Provincial divisions that may be printed before a city or county name (`江苏省`, `广西壮族自治区`). */
export const provinceSuffixes: readonly string[] = ['省', '自治区', '特别行政区'];

/** How a report says it sums the reports of several bodies (a county's departments and towns): scope `aggregate`. */
export const aggregateMarkers: readonly RegExp[] = [
  /汇总[^。]{0,40}(?:年度报告|年报|工作情况)/u,
  /(?:综合|汇总)[^。]{0,30}各[^。]{0,30}编制而成/u,
];
