import { expect, it } from 'vitest';
import * as renderer from './index.ts';

it('exports exactly the public API', () => {
  expect(Object.keys(renderer).sort()).toEqual(['htmlStylesheet', 'toDocx', 'toHtml', 'toMarkdown', 'toText']);
});
