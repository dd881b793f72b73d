import { expect, test } from 'vitest';
import { isPlaceholder, placeholderCatalogue } from './placeholders.ts';

test('the printed placeholders', () => {
  for (const text of ['/', '／', '\\', '-', '－', '—', '–', '―', '‐', '--', '——', '-—', '无', '空', 'N/A']) expect(isPlaceholder(text), text).toBe(true);
  for (const dash of placeholderCatalogue.dashes) expect(isPlaceholder(dash + dash)).toBe(true);
});

test('anything else is not a placeholder: numbers, three dashes, padded text, empty text', () => {
  for (const text of ['', '0', '-1', '---', ' /', '无 ', 'n/a', '//', '无无', '不适用']) expect(isPlaceholder(text), text).toBe(false);
});
