/** 1 mm in twentieths of a point (twips), OOXML's page unit. */
const mm = 1440 / 25.4;

/** A4 and the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
export const a4Page = {
  size: { width: Math.round(210 * mm), height: Math.round(297 * mm) },
  margin: { top: Math.round(37 * mm), bottom: Math.round(35 * mm), left: Math.round(28 * mm), right: Math.round(26 * mm) },
} as const;

/** Width between the margins, in twips: what the tables are spread over. */
export const textWidth = a4Page.size.width - a4Page.margin.left - a4Page.margin.right;
