import { describe, expect, it } from 'vitest';
import { grayFromRgba } from './gray-image.ts';

/** A seal's red laid over `under` (0–255 gray) with opacity 0.75, as a scanner sees a translucent stamp. */
const sealOver = (under: number): [number, number, number] => {
  const mix = (ink: number) => Math.round(0.75 * ink + 0.25 * under);
  return [mix(220), mix(30), mix(30)];
};

function image(pixels: ReadonlyArray<readonly [number, number, number]>): Uint8Array {
  return new Uint8Array(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));
}

describe('grayFromRgba', () => {
  it('keeps black and blue print dark and paper white', () => {
    const { data } = grayFromRgba(3, 1, image([[255, 255, 255], [20, 20, 20], [30, 40, 160]]));
    expect([...data]).toEqual([255, 20, 30]);
  });

  it('turns a translucent red seal white over paper and keeps the print under it dark', () => {
    // Mostly seal over paper (its plain strokes), some seal over a black rule.
    const pixels = [...Array.from({ length: 20 }, () => sealOver(255)), ...Array.from({ length: 4 }, () => sealOver(0)), [255, 255, 255] as const];
    const { data } = grayFromRgba(pixels.length, 1, image(pixels));
    expect(data[0]).toBeGreaterThan(240);
    expect(data[20]).toBeLessThan(60);
    expect(data[24]).toBe(255);
  });
});
