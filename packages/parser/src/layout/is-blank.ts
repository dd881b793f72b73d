/**
 * True for the UTF-16 code units `\s` matches — white space and line terminators, the characters `trim` removes —
 * all in the BMP, so a surrogate half is never one. For scans that test each character without a pattern; CJK
 * text, most of a report, is ruled out by the first comparison.
 */
export function isBlank(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff;
  if (code > 0x20) {
    return code >= 0xa0 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && (code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000)));
  }
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
