import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, ParseError } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';

const cases = corpusCases();
const texts = cases.filter((c) => c.file.endsWith('.txt')).map((c) => new TextDecoder().decode(c.bytes));
const pdfs = cases.filter((c) => c.file.endsWith('.pdf')).map((c) => c.bytes);

/** A hang guard, not a speed test: any input must finish well within this. */
const perInputMs = 5_000;

async function survives(input: string | Uint8Array): Promise<void> {
  const start = performance.now();
  try {
    const { report, diagnostics } = await parse(input);
    expect(report.edition === '2019' || report.edition === '2021').toBe(true);
    expect(Array.isArray(diagnostics)).toBe(true);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.code).toMatch(/^[A-Z_]+$/u);
  }
  expect(performance.now() - start).toBeLessThan(perInputMs);
}

describe('the parser never throws anything but a ParseError, and never hangs', () => {
  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), survives), { numRuns: 200 });
  });

  it('on random strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 2000 }), survives), { numRuns: 200 });
  });

  it('on truncated corpus documents', async () => {
    const documents = [...texts.map((t) => new TextEncoder().encode(t)), ...pdfs];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...documents), fc.double({ min: 0, max: 1, noNaN: true }), (bytes, share) =>
        survives(bytes.slice(0, Math.floor(bytes.length * share))),
      ),
      { numRuns: 60 },
    );
  });

  it('on corpus texts with lines shuffled and deleted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.array(fc.nat(), { maxLength: 40 }), (text, moves) => {
        const lines = text.split('\n');
        for (const move of moves) {
          const from = move % lines.length;
          const [line] = lines.splice(from, 1);
          if (move % 3 !== 0 && line !== undefined) lines.splice((move * 7) % (lines.length + 1), 0, line);
        }
        return survives(lines.join('\n'));
      }),
      { numRuns: 80 },
    );
  });

  it('on corpus texts with random whitespace inside labels', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\u3000', '\t', '\n')), { maxLength: 60 }), (text, inserts) => {
        let out = text;
        for (const [at, space] of inserts) {
          const i = at % (out.length + 1);
          out = out.slice(0, i) + space + out.slice(i);
        }
        return survives(out);
      }),
      { numRuns: 80 },
    );
  });
});
