import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotAReportError } from '@disclosure/core';
import { notQuiteReport } from '../../core/test/hostile-reports.ts';
import { toDocx, toHtml, toMarkdown, toText } from './index.ts';

const renderers = { toText, toMarkdown, toHtml, toDocx } as const;

describe.each(Object.entries(renderers))('%s on what may not be a report', (_, render) => {
  it('returns its output or throws NotAReportError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(notQuiteReport, async (value) => {
        try {
          const out = await render(value as never);
          expect(typeof out === 'string' || out instanceof Uint8Array).toBe(true);
        } catch (error) {
          if (!(error instanceof NotAReportError)) throw error;
        }
      }),
      { numRuns: render === toDocx ? 15 : 60 },
    );
  });
});
