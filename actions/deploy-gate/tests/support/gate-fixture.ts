import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { manifestSha256, ModelRegistry, type Manifest } from '@ml-actions/registry'

/** GITHUB_SHA of every bundle run (tests/support/run-bundle.ts). */
export const RUN_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
export const OLD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
export const MODEL = 'classifier'

export const POLICY = `
rules:
  - name: reports present
    require-reports: [train-evaluate, metrics-comparison, onnx-verification]
  - name: comparison passed
    report: metrics-comparison
    field: overall
    equals: pass
  - name: accuracy floor
    report: train-evaluate
    field: metrics.accuracy
    min: 0.9
  - name: accuracy vs production
    report: candidate-model
    field: metrics.accuracy
    compare-to: {report: baseline-model}
    direction: higher
    tolerance: 1%
  - name: onnx parity
    report: onnx-verification
    field: verdict.result
    in: [pass]
  - name: lineage
    require-lineage: [git.sha]
  - name: release branch
    allowed-refs: [main]
`

export interface GateWorkspace {
  readonly dir: string
  readonly registryDir: string
  readonly registry: ModelRegistry
  readonly versions: Record<number, Manifest>
  /** Registers a version built from RUN_SHA (unless told otherwise) with the given accuracy. */
  register(
    accuracy: number,
    gitSha?: string,
    files?: ReadonlyArray<{ name: string; content: string | Buffer }>
  ): Promise<Manifest>
  /** Writes the three reports the pipeline would have written for `candidate`, compared with `baseline`. */
  writeReports(
    candidate: Manifest,
    baseline: number | null,
    edit?: Partial<Record<ReportName, (report: Record<string, unknown>) => void>>
  ): Promise<string[]>
}

export type ReportName = 'train-evaluate' | 'metrics-comparison' | 'onnx-verification'

/** A local registry with classifier/1 in production, as a previous release left it. */
export async function createGateWorkspace(
  registryUri?: string,
  registry?: ModelRegistry,
  firstFiles?: ReadonlyArray<{ name: string; content: string | Buffer }>
): Promise<GateWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'deploy-gate-e2e-'))
  const registryDir = registryUri ?? join(dir, 'registry')
  const opened = registry ?? ModelRegistry.open(registryDir)
  const versions: Record<number, Manifest> = {}
  const register: GateWorkspace['register'] = async (accuracy, gitSha = RUN_SHA, files) => {
    const count = Object.keys(versions).length + 1
    const { manifest } = await opened.register(
      MODEL,
      files ?? [{ name: 'model.onnx', content: `onnx weights ${count} ${accuracy}` }],
      {
        metrics: { accuracy },
        lineage: { git: { repository: 'octo-org/models', sha: gitSha, ref: 'refs/heads/main' } }
      }
    )
    versions[manifest.version] = manifest
    return manifest
  }
  const first = await register(0.91, OLD_SHA, firstFiles)
  await opened.promote(MODEL, 'production', first.version, { expect: null, actor: 'release-bot' })

  const writeReports: GateWorkspace['writeReports'] = async (candidate, baseline, edit = {}) => {
    const folder = join(dir, `reports-${candidate.version}`)
    await mkdir(folder, { recursive: true })
    const envelope = (kind: ReportName, sha256: string) => ({
      schemaVersion: 1,
      kind,
      gitSha: RUN_SHA,
      runId: '4242',
      runAttempt: 1,
      runUrl: 'https://github.com/octo-org/models/actions/runs/4242/attempts/1',
      createdAt: '2026-12-01T10:00:00.000Z',
      subject: { model: MODEL, version: candidate.version, sha256 }
    })
    const accuracy = candidate.metrics.accuracy as number
    const reports: Record<ReportName, Record<string, unknown>> = {
      'train-evaluate': {
        ...envelope('train-evaluate', manifestSha256(candidate)),
        status: 'succeeded',
        metrics: { accuracy },
        lineage: candidate.lineage
      },
      'metrics-comparison': {
        ...envelope('metrics-comparison', candidate.contentDigest),
        overall: 'pass',
        reasons: [],
        metrics: [{ name: 'accuracy', candidate: accuracy, baseline: 0.91, verdict: 'improved' }],
        baseline:
          baseline === null
            ? { source: 'none' }
            : { source: 'registry', model: MODEL, version: baseline, alias: 'production' }
      },
      'onnx-verification': {
        ...envelope('onnx-verification', candidate.files[0]!.sha256),
        verdict: { result: 'pass', reasons: [] },
        latency: { candidate: { p95Ms: 1.2 } }
      }
    }
    const paths: string[] = []
    for (const [name, report] of Object.entries(reports) as Array<
      [ReportName, Record<string, unknown>]
    >) {
      edit[name]?.(report)
      const path = join(folder, `${name}.json`)
      await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
      paths.push(path)
    }
    return paths
  }
  return { dir, registryDir, registry: opened, versions, register, writeReports }
}

export const sha256Of = (text: string | Buffer): string =>
  createHash('sha256').update(text).digest('hex')
