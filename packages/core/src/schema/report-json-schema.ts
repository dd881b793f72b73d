import { z } from 'zod';
import { ReportSchema } from '../model/report.ts';

let cached: Record<string, unknown> | undefined;

/** The JSON Schema (draft 2020-12) of a `Report` as input, generated from `ReportSchema`; the same as `dist/schema.json`. */
export function createReportJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(ReportSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return structuredClone(cached);
}
