import { describe, expect, it } from 'vitest';
import { Recognizer } from './recognizer.ts';

const dictionary = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '元'];
const classes = dictionary.length + 1;

/** Model output: per step, the probability of each class named (`blank` for class 0, else a character); the rest 0. */
function output(steps: ReadonlyArray<Record<string, number>>): Float32Array {
  const probs = new Float32Array(steps.length * classes);
  steps.forEach((step, t) => {
    for (const [name, p] of Object.entries(step)) probs[t * classes + (name === 'blank' ? 0 : dictionary.indexOf(name) + 1)] = p;
  });
  return probs;
}

describe('Recognizer.decode', () => {
  const recognizer = new Recognizer(async () => ({ data: new Float32Array(), steps: 0, classes }), dictionary);

  it('offers the reading without a character the blank nearly won (a seal stroke beside a 0 read as 01)', () => {
    const probs = output([{ '0': 0.97, blank: 0.02 }, { blank: 0.99 }, { '1': 0.6, blank: 0.38 }, { blank: 0.99 }]);
    expect(recognizer.decode(probs, 4, classes, 'digits')).toMatchObject({ text: '01', candidates: ['0'] });
  });

  it('offers the figure with a digit the blank outweighed, or one greedy decoding merged (a faint 11 read 1)', () => {
    // the second 1 lost to the blank where it stood
    const lost = output([{ '1': 0.9, blank: 0.1 }, { blank: 0.55, '1': 0.4 }, { blank: 0.99 }]);
    expect(recognizer.decode(lost, 3, classes, 'digits')).toMatchObject({ text: '1', candidates: ['11'] });
    // no step of blank between the two 1s: one run of 1, the blank runner-up inside it
    const merged = output([{ '1': 0.9, blank: 0.1 }, { '1': 0.6, blank: 0.35 }, { '1': 0.9, blank: 0.1 }]);
    expect(recognizer.decode(merged, 3, classes, 'digits').candidates).toContain('11');
    // in text mode (labels), no such guess
    expect(recognizer.decode(lost, 3, classes, 'text').candidates).toEqual([]);
  });

  it("offers a doubted digit's runner-up in its place, most likely first, and nothing for a sure reading", () => {
    const doubted = output([{ '2': 0.6, '7': 0.3, blank: 0.1 }, { blank: 0.99 }, { '9': 0.8, '0': 0.15, blank: 0.05 }]);
    expect(recognizer.decode(doubted, 3, classes, 'digits').candidates).toEqual(['79', '20']);
    const sure = output([{ '4': 0.99, blank: 0.01 }]);
    expect(recognizer.decode(sure, 1, classes, 'digits')).toMatchObject({ text: '4', candidates: [] });
  });
});
