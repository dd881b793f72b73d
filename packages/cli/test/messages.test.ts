// What a person reads: `check` over every corpus document, in Chinese and in English, prints no cell path and
// no word of the other language in any line about a finding (issue 16).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { capture, root } from './capture.ts';

const documents = readdirSync(join(root, 'fixtures/corpus'))
  .filter((name) => /\.(?:txt|pdf|html?|docx)$/u.test(name))
  .map((name) => `fixtures/corpus/${name}`);

/** A dotted cell path, or a model key in camelCase, anywhere in a line. */
const pathLike = /\b(?:activeDisclosure|applications|reviewAndLitigation|sections|meta)\.[A-Za-z]|\b[a-z]+(?:[A-Z][a-z]+)+\b/u;
const latinWord = /[A-Za-z]{2,}/u;
const han = /\p{Script=Han}/u;

/**
 * The part of an output line that is the tool's own words: without the file name, the body's name as printed
 * (the line after the file name), rule IDs (`T3.R1`, `parser/extra-value`: identifiers, not words) and text
 * quoted from the document (“…”), which stays in the document's language.
 */
function ownWords(lines: readonly string[], files: ReadonlySet<string>): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (files.has(line)) return;
    let text = files.has(lines[i - 1] ?? '') ? line.replace(/^\s*[^·]*·/u, '') : line;
    text = text
      .replace(/^\s*\[[^\]]*\] \S+/u, '')
      .replace(/\b(?:[A-Z]{2}\.R\d+|parser\/[a-z-]+)\b/gu, '')
      .replace(/“[^”]*”/gu, '');
    out.push(text);
  });
  return out;
}

test.each(['zh', 'en'] as const)('check --lang %s over the whole corpus: labels, never paths, one language', async (lang) => {
  const { stdout } = await capture(['check', ...documents, '--lang', lang, '-j', '1']);
  const lines = stdout.split('\n');
  expect(lines.length).toBeGreaterThan(documents.length * 3);
  const other = lang === 'zh' ? latinWord : han;
  const offending = ownWords(lines, new Set(documents)).filter((line) => pathLike.test(line) || other.test(line));
  expect(offending).toEqual([]);
}, 120_000);
