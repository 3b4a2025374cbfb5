import type { InferenceSession, Tensor } from 'onnxruntime-node'
import type { ClassifiedLoadError } from './load-error-classification.js'
import { isNumericDtype } from './nd-array.js'
import type { NdArray } from './nd-array.js'
import type { OnnxRuntimeModule } from './onnx-runtime-loader.js'

export type SessionLoad =
  | { readonly ok: true; readonly session: InferenceSession; readonly createMs: number }
  | { readonly ok: false; readonly error: ClassifiedLoadError; readonly createMs: number }

/** Options every session of a verification shares; ORT's own error log would only repeat what we report. */
export const QUIET_SESSION_OPTIONS: InferenceSession.SessionOptions = { logSeverityLevel: 4 }

/**
 * Create a session from the file path, so external data resolves next to the model: onnxruntime's
 * loader is the authoritative check that the model can be served.
 */
export async function createSession(
  ort: OnnxRuntimeModule,
  modelPath: string,
  options: InferenceSession.SessionOptions = {}
): Promise<SessionLoad> {
  const started = performance.now()
  try {
    const session = await ort.InferenceSession.create(modelPath, {
      ...QUIET_SESSION_OPTIONS,
      ...options
    })
    return { ok: true, session, createMs: performance.now() - started }
  } catch (error) {
    const createMs = performance.now() - started
    const message = error instanceof Error ? error.message : String(error)
    // A model that does not load is the rare case: its classifier loads only then.
    const { classifyLoadError } = await import('./load-error-classification.js')
    return { ok: false, error: classifyLoadError(message), createMs }
  }
}

export function toTensor(ort: OnnxRuntimeModule, array: NdArray): Tensor {
  return new ort.Tensor(array.dtype, array.data as never, array.shape)
}

export function fromTensor(tensor: Tensor, name: string): NdArray {
  if (!isNumericDtype(tensor.type))
    throw new Error(`output "${name}" has type ${tensor.type}, which cannot be compared`)
  return { dtype: tensor.type, shape: [...tensor.dims], data: tensor.data as NdArray['data'] }
}

export async function runSession(
  ort: OnnxRuntimeModule,
  session: InferenceSession,
  inputs: ReadonlyMap<string, NdArray>
): Promise<Map<string, NdArray>> {
  const feeds: Record<string, Tensor> = {}
  for (const [name, array] of inputs) feeds[name] = toTensor(ort, array)
  const results = await session.run(feeds)
  const outputs = new Map<string, NdArray>()
  for (const name of session.outputNames) {
    const tensor = results[name]
    if (tensor) outputs.set(name, fromTensor(tensor, name))
  }
  return outputs
}
