import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageImage } from '@disclosure/parser';
import { startOcrPool, type OcrRequest } from './ocr-pool.ts';

/** A stand-in for the browser's `Worker`: it records what it is sent, and the test answers for it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: OcrRequest[] = [];
  private readonly listeners: Array<(event: { data: unknown }) => void> = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listener: (event: { data: unknown }) => void) {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(request: OcrRequest) {
    this.sent.push(request);
  }
  /** Answers the job it was sent last. */
  answer() {
    const job = this.sent.at(-1)!;
    if (!('id' in job)) throw new Error('no job to answer');
    for (const listener of this.listeners) listener({ data: { id: job.id, ok: true, lines: [] } });
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

const image: PageImage = { width: 1, height: 1, rgba: new Uint8Array(4), dpi: 200 };
const jobs = (worker: FakeWorker) => worker.sent.filter((request) => 'id' in request);

test('the first worker loads its model while the pages are drawn; the others start once page 1 is read', async () => {
  const pool = startOcrPool(3, 200);
  const started: number[] = [];
  const engine = pool.engineFor({ started: (page) => started.push(page) });
  expect(FakeWorker.made).toHaveLength(0);

  engine.prepare!(4);
  expect(FakeWorker.made).toHaveLength(1);
  expect(FakeWorker.made[0]!.sent).toEqual([{ type: 'warm', dpi: 200 }]);

  const reading = engine.readPages!([image, image, image, image]);
  // Page 1 has the machine to itself: no second worker before it is read.
  expect(FakeWorker.made).toHaveLength(1);
  expect(started).toEqual([1]);

  FakeWorker.made[0]!.answer();
  // Then the pool grows to its size, each new worker taking a page.
  expect(FakeWorker.made).toHaveLength(3);
  expect(started).toEqual([1, 2, 3, 4]);
  expect(FakeWorker.made.map((worker) => jobs(worker).map((job) => ('page' in job ? job.page : 0)))).toEqual([[1, 2], [3], [4]]);

  for (const worker of FakeWorker.made) worker.answer();
  await expect(reading).resolves.toHaveLength(4);
});
