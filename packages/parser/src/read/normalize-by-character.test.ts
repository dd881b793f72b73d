import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeByCharacter } from './normalize-by-character.ts';
import { normalizeText, normalizeWhole } from './normalize.ts';

const corpus = new URL('../../../../fixtures/corpus/', import.meta.url);

/** Every character the table may hold, with ideographs and characters around them that it must leave alone. */
function characters(): string[] {
  const found: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCharCode(code);
    if (code >= 0x4e00 && code <= 0x9fff ? code % 997 === 0 : normalizeByCharacter(character, normalizeWhole) !== null) found.push(character);
  }
  return found;
}

describe('normalizeByCharacter', () => {
  it('gives what normalising the whole text gives, for every pair of the characters it takes', () => {
    const taken = characters();
    // the characters that combine with others when they are not alone, next to each taken one
    const neighbours = [...taken, '\u0301', '\u3099', '\u302a', '\uff9e', '\u1161', 'é', 'ｶ', '𠀀'];
    const wrong: string[] = [];
    for (const a of taken) {
      for (const b of neighbours) {
        for (const text of [a + b, b + a]) {
          const fast = normalizeByCharacter(text, normalizeWhole);
          if (fast !== null && fast !== normalizeWhole(text)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('declines a text with a character that may compose or reorder with its neighbours', () => {
    expect(normalizeByCharacter('e\u0301', normalizeWhole)).toBeNull();
    expect(normalizeByCharacter('ｶﾞ', normalizeWhole)).toBeNull();
    expect(normalizeByCharacter('年\u302a', normalizeWhole)).toBeNull();
  });

  it('leaves a text past 65,536 characters to the whole-text way, and keeps no buffer that large', () => {
    expect(normalizeByCharacter('年'.repeat(65_536), normalizeWhole)).toBe('年'.repeat(65_536));
    expect(normalizeByCharacter('年'.repeat(65_537), normalizeWhole)).toBeNull();
  });

  it('reads the corpus texts one character at a time, as the whole-text way reads them', () => {
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, corpus), 'utf8');
      expect(normalizeByCharacter(text, normalizeWhole), name).toBe(normalizeWhole(text));
      expect(normalizeText(text), name).toBe(normalizeWhole(text));
    }
  });

  it('maps full-width forms, radicals, quotes and spaces', () => {
    expect(normalizeByCharacter('（一）“依申请” 公开、⼈数：１２…', normalizeWhole)).toBe('(一)"依申请"公开,人数:12...');
  });
});
