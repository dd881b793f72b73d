import { activeDisclosureTable } from './active-disclosure.ts';
import { applicationsTable } from './applications.ts';
import { reviewAndLitigationTable } from './review-and-litigation.ts';
import type { TableEntry } from './types.ts';

/** The three statistics tables in printed order (表二, 表三, 表四). */
export const tableCatalogue: readonly TableEntry[] = [activeDisclosureTable, applicationsTable, reviewAndLitigationTable];
