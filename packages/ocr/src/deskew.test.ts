import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image.ts';
import { measureSkew } from './deskew.ts';
import { rotate } from './rotate.ts';

/** A page of ruled lines and text-like bars, 600×800, white on black ink. */
function page(): GrayImage {
  const width = 600;
  const height = 800;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 100; y < 700; y += 40) {
    data.fill(0, y * width + 50, y * width + 550);
    for (let x = 60; x < 540; x += 30) for (let dy = 10; dy < 25; dy++) data.fill(0, (y + dy) * width + x, (y + dy) * width + x + 18);
  }
  return { width, height, data };
}

describe('measureSkew', () => {
  it('finds no skew on a level page, not a spike from sampling every few rows', () => {
    expect(Math.abs(measureSkew(page()))).toBeLessThan(0.15);
  });

  it('finds a turn of 1.5° either way to 0.1°', () => {
    const turned = measureSkew(rotate(page(), 1.5));
    const back = measureSkew(rotate(page(), -1.5));
    expect(Math.abs(Math.abs(turned) - 1.5)).toBeLessThanOrEqual(0.15);
    expect(Math.sign(turned)).toBe(-Math.sign(back));
  });
});
