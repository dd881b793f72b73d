import type { Language } from '../labels/language.ts';

/**
 * Words for the string values diagnostics carry in `expected` / `actual` (data for programs, kept as they are),
 * so that a person reads them in their own language: `unknown` is 未注明 or “not stated”, never `unknown`.
 */
export const valueWords: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  unknown: { zh: '未注明', en: 'not stated' },
  元: { zh: '元', en: 'yuan' },
  万元: { zh: '万元', en: '10,000 yuan' },
  '元 | 万元': { zh: '元或万元', en: 'yuan or 10,000 yuan' },
  integer: { zh: '整数', en: 'a whole number' },
  'integer >= 0': { zh: '非负整数', en: 'a whole number ≥ 0' },
  '>= 0': { zh: '非负数', en: 'a number ≥ 0' },
  '2019': { zh: '2019 年版', en: 'the 2019 edition' },
  '2021': { zh: '2021 年版', en: 'the 2021 edition' },
  信息处理费: { zh: '说明信息处理费', en: 'a statement on information processing fees' },
};
