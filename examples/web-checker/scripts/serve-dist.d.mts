/** Serves `root` on 127.0.0.1 (`port` 0 or absent: any free port); `url` ends in `/`. */
export function serveDist(root: string, options?: { port?: number }): Promise<{ url: string; close: () => Promise<void> }>;
