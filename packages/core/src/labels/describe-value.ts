import { valueWords } from '../catalogue/value-words.ts';
import type { Language } from './language.ts';

const bound = /^(>=|<=) (-?\d+(?:\.\d+)?)$/u;

/**
 * A diagnostic's `expected` or `actual` value in words: numbers as they are, `null` as 空 / blank, the strings
 * of the value catalogue in their words, a bound `>= 5` as 不少于 5 / at least 5, and any other string (text
 * printed in the document) quoted as it was printed.
 */
export function describeValue(value: number | string | null | undefined, language: Language): string {
  if (value === null || value === undefined) return language === 'zh' ? '空' : 'blank';
  if (typeof value === 'number') return String(value);
  const words = valueWords[value];
  if (words) return words[language];
  const limit = bound.exec(value);
  if (limit) {
    const [, op, n] = limit;
    if (language === 'zh') return `${op === '>=' ? '不少于' : '不超过'} ${n}`;
    return `${op === '>=' ? 'at least' : 'at most'} ${n}`;
  }
  return `“${value}”`;
}
