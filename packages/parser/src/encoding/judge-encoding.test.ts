import { describe, expect, it } from 'vitest';
import { judgeEncoding } from './judge-encoding.ts';

const gb18030 = (text: string): Uint8Array => {
  // GB18030 has no TextEncoder: these bytes are 一、总体情况 and 政府信息公开 in GB2312.
  const table: Record<string, number[]> = {
    一: [0xd2, 0xbb], '、': [0xa1, 0xa2], 总: [0xd7, 0xdc], 体: [0xcc, 0xe5], 情: [0xc7, 0xe9], 况: [0xbf, 0xf6],
  };
  return Uint8Array.from([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('judgeEncoding', () => {
  it('passes UTF-8, ASCII and BOM-marked bytes', () => {
    expect(judgeEncoding(new TextEncoder().encode('一、总体情况 12'))).toBe('utf');
    expect(judgeEncoding(latin1('plain ascii'))).toBe('utf');
    expect(judgeEncoding(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).toBe('utf');
  });

  it('believes GB2312 Chinese text', () => {
    expect(new TextDecoder('gb18030').decode(gb18030('一、总体情况'))).toBe('一、总体情况');
    expect(judgeEncoding(gb18030('一、总体情况 12\n'))).toBe('gb18030');
  });

  it('doubts Latin-1, whether or not GB18030 could decode it', () => {
    expect(judgeEncoding(latin1('Le café était fermé; déjà vu.'))).toBe('uncertain');
    expect(judgeEncoding(latin1('Müller süß'))).toBe('uncertain');
    expect(judgeEncoding(Uint8Array.from([0x41, 0x80, 0x41]))).toBe('uncertain');
    expect(judgeEncoding(Uint8Array.from([0x41, 0xd2]))).toBe('uncertain');
  });
});
