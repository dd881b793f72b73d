import { sectionCatalogue, type ProseKey, type ReportProse } from '@disclosure/core/lite';

/**
 * Table 4's figures as the report's prose states them, each as its five outcomes in the table's column order
 * (维持, 纠正, 其他, 尚未审结, 总计): `review` for 行政复议's group; `litigation` for 行政诉讼, the sum of the table's two
 * litigation groups (未经复议直接起诉 and 复议后起诉). Absent where the prose states nothing, or states it twice over
 * differently.
 */
export interface StatedReview {
  readonly review?: readonly number[];
  readonly litigation?: readonly number[];
}

/**
 * The sentence reports use (`行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件`), in the prose as
 * `ReportProse` normalises it (full-width punctuation as ASCII): the count and its four outcomes in order.
 */
const sentence =
  /(行政复议|行政诉讼)(?:案件)?[^。;\d]{0,8}?(\d+)件[,，]?其中[^。;\d]{0,6}?维持(\d+)件[,，、]?[^。;\d]{0,6}?纠正(\d+)件[,，、]?[^。;\d]{0,6}?其他(?:结果)?(\d+)件[,，、]?[^。;\d]{0,6}?尚未审结(\d+)件/gu;

/** The whole prose: the preamble and every section, in the format's order. */
const allProse: readonly ProseKey[] = ['preamble', ...sectionCatalogue.map((entry) => entry.key)];

/**
 * What the prose states of table 4 (see `StatedReview`). A statement whose outcomes do not add up to its count is
 * ignored: it cannot tell a reading apart.
 */
export function findStatedReview(prose: ReportProse): StatedReview {
  const found: Record<'review' | 'litigation', string[]> = { review: [], litigation: [] };
  for (const match of prose.text(allProse).matchAll(sentence)) {
    const [count, ...outcomes] = match.slice(2).map(Number) as [number, ...number[]];
    if (outcomes.reduce((sum, value) => sum + value, 0) !== count) continue;
    found[match[1] === '行政复议' ? 'review' : 'litigation'].push([...outcomes, count].join(','));
  }
  const only = (figures: readonly string[]) => (new Set(figures).size === 1 ? figures[0]!.split(',').map(Number) : undefined);
  const review = only(found.review);
  const litigation = only(found.litigation);
  return { ...(review ? { review } : {}), ...(litigation ? { litigation } : {}) };
}

/** True when a reading of table 4's fifteen cells agrees with what the prose states (a blank cell agrees with nothing). */
export function agreesWithStated(cells: readonly (number | null)[], stated: StatedReview): boolean {
  const outcomes = stated.review?.length ?? stated.litigation?.length ?? 0;
  for (let column = 0; column < outcomes; column++) {
    if (stated.review && cells[column] !== stated.review[column]) return false;
    if (stated.litigation) {
      const [withoutReview, afterReview] = [cells[outcomes + column], cells[2 * outcomes + column]];
      if (withoutReview === null || withoutReview === undefined || afterReview === null || afterReview === undefined) return false;
      if (withoutReview + afterReview !== stated.litigation[column]) return false;
    }
  }
  return true;
}
