import { fileURLToPath } from 'node:url';
import { run } from '@disclosure/cli';

/** The repository root, so tests name corpus files as a user in a clone would. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the command in this process (from source) with captured output. */
export async function capture(argv: readonly string[], env: Record<string, string> = { LANG: 'zh_CN.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const chunks: Uint8Array[] = [];
  const code = await run(argv, {
    cwd: root,
    env,
    stdout: {
      write(chunk: string | Uint8Array) {
        if (typeof chunk === 'string') stdout += chunk;
        else chunks.push(chunk);
      },
    },
    stderr: { write: (chunk: string | Uint8Array) => void (stderr += String(chunk)) },
  });
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}
