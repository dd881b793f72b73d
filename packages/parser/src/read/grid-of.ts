import type { Place } from '@disclosure/core/lite';

/**
 * The grid a place's column index counts in: an HTML or DOCX table; a page of a scan, whose tables the OCR engine
 * found by their rules; all of a text's tab-separated lines. Indices of two grids are not comparable.
 */
export function gridOf(place: Place): string {
  if (place.kind === 'html' || place.kind === 'docx') return `${place.kind} ${place.table}`;
  return place.kind === 'pdf' ? `pdf ${place.page}` : 'text';
}
