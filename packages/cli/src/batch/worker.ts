// The worker thread of the batch pool: reads the files it is sent, one at a time, and posts the results back.
import { parentPort } from 'node:worker_threads';
import { runTask, type BatchTask } from './task.ts';

parentPort?.on('message', (message: { id: number; task: BatchTask }) => {
  void runTask(message.task).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
