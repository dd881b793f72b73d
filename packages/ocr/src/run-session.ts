import type { RunModel } from './recognizer.ts';

/** The part of an ONNX Runtime `InferenceSession` the recogniser uses: `onnxruntime-node`'s and `onnxruntime-web`'s both fit. */
export interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, never>): Promise<Record<string, { readonly dims: readonly number[]; readonly data: unknown }>>;
}

/** Makes a float32 tensor of the runtime the session belongs to (each runtime takes only its own). */
export type MakeTensor = (data: Float32Array, dims: readonly number[]) => unknown;

/** The recogniser's {@link RunModel} on an ONNX Runtime session: `[1, 3, 48, width]` in, the first output out. */
export function runSession(session: OnnxSession, makeTensor: MakeTensor): RunModel {
  const inputName = session.inputNames[0]!;
  const outputName = session.outputNames[0]!;
  return async (input, width) => {
    const result = await session.run({ [inputName]: makeTensor(input, [1, 3, 48, width]) as never });
    const output = result[outputName]!;
    const [, steps, classes] = output.dims;
    return { data: output.data as Float32Array, steps: steps!, classes: classes! };
  };
}
