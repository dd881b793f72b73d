#!/usr/bin/env node
// The `disclosure` executable: runs the command and leaves the exit code for Node to use once output is flushed.
import { run } from './run.ts';

// `disclosure check … | head` closes the pipe early: stop quietly, as Unix tools do, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2));
