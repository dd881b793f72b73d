const compoundMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file (the container of Word 97 `.doc`, Excel 97 `.xls`, Works `.wps` and others), by its header. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return compoundMagic.every((b, i) => bytes[i] === b);
}
