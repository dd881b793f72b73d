import { readFileSync } from 'node:fs';
import { decodeImage } from './src/decode-image.ts';
const img = decodeImage(new Uint8Array(readFileSync(process.argv[2]!)));
const h = new Array(26).fill(0); const hs = new Array(26).fill(0);
const p = img.rgba;
for (let i = 0; i < img.width * img.height; i++) {
  const r = p[i*4]!, g = p[i*4+1]!, b = p[i*4+2]!;
  if (r > 120 && r > g + 50 && r > b + 50) { h[Math.floor(r/10)]++; hs[Math.floor((r - Math.max(g,b))/10)]++; }
}
console.log('r hist of red px', h.map((c, i) => `${i*10}:${c}`).join(' '));
console.log('r-max(g,b) hist', hs.map((c, i) => `${i*10}:${c}`).join(' '));
