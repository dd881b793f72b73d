// The fuzz target jazzer.js calls: one format (FUZZ_FORMAT), any bytes. A finding is any error but a ParseError
// other than INTERNAL, or a run past jazzer's --timeout.
// `any` leaves the kind to detection. (Not `kindOf` from test/hostile-inputs.ts: that module reads the seed files
// at load, which the bundled target cannot find.)
import { parse, ParseError, type DocumentKind } from '../src/index.ts';

const format = process.env.FUZZ_FORMAT ?? 'text';
const kind = format === 'any' ? undefined : (format as DocumentKind);

/** Parses `data` as `kind`; throws what a service must never see. */
export async function fuzz(data: Buffer): Promise<void> {
  try {
    await parse(new Uint8Array(data), kind ? { kind, timeoutMs: 10_000 } : { timeoutMs: 10_000 });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    if (error.code === 'INTERNAL') throw error;
  }
}
