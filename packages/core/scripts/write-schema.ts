// Writes dist/schema.json from ReportSchema (run by `build` after tsup), so the JSON Schema never drifts from zod.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createReportJsonSchema } from '../src/schema/report-json-schema.ts';

const target = new URL('../dist/schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
const schema = {
  $id: 'https://github.com/disclosure-js/disclosure/blob/main/packages/core/schema.json',
  title: '政府信息公开工作年度报告 (Report)',
  ...createReportJsonSchema(),
};
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
