import { open } from 'node:fs/promises';

/** The largest input file the CLI reads: 50 MiB, the parser's own default `maxBytes`. */
export const maxInputBytes = 50 * 1024 * 1024;

/** Why `readBounded` read nothing: the file is over the limit (`size` as far as it is known), or a system error. */
export type ReadBoundedFailure = { readonly tooLarge: number } | { readonly error: NodeJS.ErrnoException };

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/** The words for a refused size: how large the file is and what the limit is. */
export function describeSize(size: number, max = maxInputBytes): string {
  return `${mebibytes(size)} > ${mebibytes(max)}`;
}

/**
 * Reads at most `max` bytes of a file (default `maxInputBytes`). A regular file over the limit is refused from its
 * size alone, before one byte is read; a pipe or device, whose size is unknown, is read until it passes the limit.
 */
export async function readBounded(path: string, max = maxInputBytes): Promise<Uint8Array | ReadBoundedFailure> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
  try {
    const stat = await handle.stat();
    if (stat.isFile() && stat.size > max) return { tooLarge: stat.size };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) return { tooLarge: total };
    }
    return Buffer.concat(chunks);
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  } finally {
    await handle.close();
  }
}
