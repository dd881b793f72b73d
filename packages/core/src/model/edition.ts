import { z } from 'zod';
import { editions } from '../edition.ts';

/** The zod schema of an `Edition`: `'2019'` or `'2021'`. Kept apart from `editions` so that the rules load without zod. */
export const EditionSchema = z.enum(editions);
