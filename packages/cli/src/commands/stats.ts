import { Command, InvalidArgumentError, Option } from 'commander';
import type { Report } from '@disclosure/core/lite';
import type { Aggregate, GroupKey, TidyRecord } from '@disclosure/stats';
import { readEntries } from '../batch/read-entries.ts';
import { warn, writeOutput, type Context } from '../context.ts';
import { ExitError, exitCode } from '../exit-code.ts';
import { expandInputs } from '../input/expand-inputs.ts';
import { describeUnusable } from '../input/unusable.ts';
import { createBatchCommand, createOutputOption, toReadOptions, type BatchOptions } from './common-options.ts';

const groupKeys = ['agency', 'region', 'year', 'level', 'scope'] as const satisfies readonly GroupKey[];

interface StatsOptions extends BatchOptions {
  readonly by?: GroupKey[];
  readonly out: 'csv' | 'jsonl' | 'parquet';
  readonly output?: string;
  readonly only?: 'cells' | 'indicators';
  readonly chart?: string;
}

function parseBy(value: string): GroupKey[] {
  const keys = value.split(',').map((key) => key.trim());
  for (const key of keys) {
    if (!(groupKeys as readonly string[]).includes(key)) throw new InvalidArgumentError(`one or more of ${groupKeys.join(', ')}, comma-separated`);
  }
  return keys as GroupKey[];
}

/** `@disclosure/stats`, imported by the command's action so that the other commands never load it (nor Parquet). */
type Stats = typeof import('@disclosure/stats');

/** The indicators of a report or a group as long records beside the cells: path `indicators.<id>`, labelled by `indicatorNames`. */
function* listIndicatorRecords(stats: Stats, indicatorNames: ReadonlyMap<string, string>, source: Report | Aggregate, id: string): Generator<TidyRecord> {
  const { computeIndicators, isAggregate } = stats;
  const aggregateSource = isAggregate(source);
  const key = aggregateSource ? source.key : source.meta;
  const text = (name: string) => (typeof key[name as keyof typeof key] === 'string' ? (key[name as keyof typeof key] as string) : null);
  const year = typeof key['year' as keyof typeof key] === 'number' ? (key['year' as keyof typeof key] as number) : null;
  const edition = aggregateSource ? Object.keys(source.editions).sort().join('+') : source.edition;
  for (const indicator of computeIndicators(source)) {
    const status = indicator.value === null ? 'blank' : !aggregateSource ? 'printed' : indicator.coverage === 1 ? 'complete' : 'partial';
    yield {
      report: id,
      agency: text('agency'),
      region: text('region'),
      level: text('level'),
      year,
      edition,
      path: `indicators.${indicator.id}`,
      label: indicatorNames.get(indicator.id) ?? indicator.id,
      value: indicator.value,
      status,
    };
  }
}

/** `disclosure stats <inputs…>`: cells and indicators per report or per group, as CSV, JSON Lines or Parquet. */
export function createStatsCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  return createBatchCommand(
    'stats',
    context.lang,
    {
      summary: { zh: '汇总多份报告的单元格和指标，导出 CSV、JSONL、Parquet', en: 'totals and indicators of many reports as CSV, JSONL, Parquet' },
      description: {
        zh: '汇总多份报告：每份报告（或用 --by 分组后每组）的各单元格合计和指标（公开率、纠错率、败诉率……），导出为 CSV、JSON Lines 或 Parquet 长表。空白单元格从不按 0 计。',
        en: 'Totals over many reports: the cells and indicators (disclosure rate, correction rate, loss rate …) of each report, or of each group with --by, exported as a long table in CSV, JSON Lines or Parquet. A blank cell is never counted as 0.',
      },
      inputs: { zh: '报告文件、文件夹或通配符', en: 'report files, folders or globs' },
      examples: [
        'disclosure stats reports/ --by year -o by-year.csv',
        'disclosure stats reports/ --by region,year --out parquet -o reports.parquet --chart outcomes.svg',
        'disclosure stats reports/*.pdf --only indicators --out jsonl',
      ],
    },
    [
      new Option('--by <keys>', zh ? `分组：${groupKeys.join('、')} 中的一个或多个（逗号分隔）；默认不分组，每份报告一组` : `group by one or more of ${groupKeys.join(', ')} (comma-separated); default: each report on its own`).argParser(parseBy),
      new Option('--out <format>', zh ? '导出格式' : 'export format').choices(['csv', 'jsonl', 'parquet']).default('csv'),
      createOutputOption(context.lang, { zh: 'Parquet 在终端上必须指定；CSV 写入文件时带 BOM，便于 Excel 打开', en: 'required for Parquet on a terminal; CSV written to a file has a BOM for Excel' }),
      new Option('--only <what>', zh ? '只导出单元格或只导出指标（默认两者都导出）' : 'export only the cells or only the indicators (default both)').choices(['cells', 'indicators']),
      new Option('--chart <svg>', zh ? '另存一张 SVG 图：全部报告的办理结果构成' : 'also write an SVG chart: the outcomes of all the reports together'),
    ],
  )
    .action(async (inputs: string[], options: StatsOptions) => {
      if (options.out === 'parquet' && options.output === undefined && context.stdout.isTTY) {
        throw new ExitError(zh ? 'Parquet 是二进制文件，请用 -o 指定输出文件' : 'Parquet is binary: give an output file with -o');
      }
      const entries = await expandInputs(inputs, context.cwd);
      const reports: { report: Report; id: string }[] = [];
      let unusable = 0;
      await readEntries(
        entries,
        { ...toReadOptions(context, options), keepReport: true, validate: false },
        (entry, result) => {
          if (result.ok && result.report) reports.push({ report: result.report, id: entry.display });
          else if (!result.ok) {
            unusable++;
            warn(context, `${entry.display}${zh ? '：' : ': '}${describeUnusable(result.unusable, context.lang)}`);
          }
        },
      );
      if (reports.length === 0) throw new ExitError(zh ? '没有可用的报告' : 'no usable report');
      const stats = await import('@disclosure/stats');
      const { aggregate, isAggregate, toCsv, toJsonLines, toOutcomeChart, toParquet, toRecords } = stats;
      const indicatorNames = new Map(stats.indicatorCatalogue.map((entry) => [entry.id, entry.zh]));
      const sources: (Report | Aggregate)[] = options.by ? aggregate(reports.map(({ report }) => report), { by: options.by, id: (_, index) => reports[index]!.id }) : reports.map(({ report }) => report);
      const idOf = (source: Report | Aggregate, index: number) => (isAggregate(source) ? source.label : reports[index]!.id);
      const records: TidyRecord[] = [];
      sources.forEach((source, index) => {
        if (options.only !== 'cells') records.push(...listIndicatorRecords(stats, indicatorNames, source, idOf(source, index)));
        if (options.only !== 'indicators') records.push(...toRecords([source], { id: () => idOf(source, index) }));
      });
      const data =
        options.out === 'parquet' ? toParquet(records) : options.out === 'jsonl' ? toJsonLines(records) : toCsv(records, { bom: options.output !== undefined });
      await writeOutput(context, options.output, data);
      if (options.chart !== undefined) {
        const [all] = aggregate(reports.map(({ report }) => report));
        await writeOutput(context, options.chart, toOutcomeChart(all!));
      }
      context.stderr.write(
        zh
          ? `已汇总 ${reports.length} 份报告${options.by ? `，分为 ${sources.length} 组` : ''}，导出 ${records.length} 行${unusable > 0 ? `；${unusable} 个文件无法读取` : ''}。\n`
          : `${reports.length} reports${options.by ? ` in ${sources.length} groups` : ''}, ${records.length} rows exported${unusable > 0 ? `; ${unusable} files unusable` : ''}.\n`,
      );
      context.exitCode = unusable > 0 ? exitCode.unusable : exitCode.ok;
    });
}
