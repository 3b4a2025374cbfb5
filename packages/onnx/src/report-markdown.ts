import {
  details,
  escapeText,
  formatNumber,
  inlineCode,
  table,
  trustedMarkdown
} from '@ml-actions/core/markdown'
import type { Cell } from '@ml-actions/core/markdown'
import type { Finding } from './finding.js'
import { formatShape } from './model-signature.js'
import type { OutputParity } from './output-parity.js'
import type {
  LatencySection,
  OnnxVerificationReport,
  VerificationResult
} from './verification-report.js'

const VERDICT_LABEL: Record<VerificationResult, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '⚠️ inconclusive'
}

const number = (value: number | undefined, digits = 4): string =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : formatNumber(value, { significantDigits: digits })
const code = (text: string) => trustedMarkdown(inlineCode(text))

/** The job-summary view of a report. Every name that came from the model or the user's files is escaped. */
export function renderReportMarkdown(report: OnnxVerificationReport): string {
  const sections = [
    `## ONNX export verification: ${VERDICT_LABEL[report.verdict.result]}`,
    renderHeadline(report),
    renderReasons(report),
    renderSignature(report),
    renderFindings('Structure findings', report.findings),
    renderLoad(report),
    report.contract
      ? renderFindings(
          `Signature contract (against ${report.contract.source})`,
          report.contract.findings,
          'No breaking changes.'
        )
      : '',
    renderParity(report),
    renderBatch(report),
    report.latency ? renderLatency(report.latency) : '',
    renderStructureDetails(report)
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function renderHeadline(report: OnnxVerificationReport): string {
  const { model, runtime, size } = report
  const parts = [
    `Model ${inlineCode(model.path)}`,
    `sha256 ${inlineCode(model.sha256.slice(0, 16))}…`,
    `${number(size.totalMb)} MB${size.maxSizeMb !== undefined ? ` (budget ${number(size.maxSizeMb)} MB)` : ''}${size.baselineMb !== undefined ? `, baseline ${number(size.baselineMb)} MB` : ''}`,
    `onnxruntime-node ${escapeText(runtime.version)} (${runtime.source}, ${runtime.platform}-${runtime.arch})`
  ]
  if (report.baseline?.source === 'registry' && report.baseline.model) {
    const alias = report.baseline.alias ? ` (alias ${inlineCode(report.baseline.alias)})` : ''
    parts.push(
      `baseline ${inlineCode(`${report.baseline.model}/${report.baseline.version ?? '?'}`)}${alias} from the registry`
    )
  }
  if (report.gitSha) parts.push(`commit ${inlineCode(report.gitSha.slice(0, 12))}`)
  return parts.join(' · ')
}

function renderReasons(report: OnnxVerificationReport): string {
  if (report.verdict.reasons.length === 0) return ''
  return report.verdict.reasons.map((reason) => `- ${escapeText(reason)}`).join('\n')
}

function renderSignature(report: OnnxVerificationReport): string {
  const rows: Cell[][] = [
    ...report.signature.inputs.map((value) => [
      'input',
      code(value.name),
      value.dtype,
      code(formatShape(value.shape))
    ]),
    ...report.signature.outputs.map((value) => [
      'output',
      code(value.name),
      value.dtype,
      code(formatShape(value.shape))
    ])
  ]
  if (rows.length === 0) return ''
  return `### Signature\n\n${table(['', 'Name', 'Type', 'Shape'], rows)}`
}

function renderFindings(title: string, findings: readonly Finding[], whenEmpty = ''): string {
  if (findings.length === 0) return whenEmpty ? `### ${title}\n\n${whenEmpty}` : ''
  const rows = findings.map((entry): Cell[] => [entry.severity, code(entry.code), entry.message])
  return `### ${title}\n\n${table(['Severity', 'Code', 'Message'], rows)}`
}

function renderLoad(report: OnnxVerificationReport): string {
  const { load } = report
  if (load.ok) return `### Load\n\nonnxruntime created a session in ${number(load.createMs, 3)} ms.`
  if (load.error)
    return `### Load\n\n**${escapeText(load.error.kind)}**: ${escapeText(load.error.message)}`
  return `### Load\n\n${escapeText(load.skipped ?? 'not loaded')}`
}

function renderParity(report: OnnxVerificationReport): string {
  const parity = report.parity
  if (!parity) return ''
  if ('skipped' in parity) return `### Parity\n\nSkipped: ${escapeText(parity.skipped)}.`
  const { atol, rtol } = parity.tolerance
  const overrides = Object.keys(parity.tolerance.perOutput ?? {}).length
  const header = `### Parity\n\n${parity.samples} sample(s); ${escapeText(parity.semantics)}; atol ${number(atol)}, rtol ${number(rtol)}${overrides ? `, ${overrides} output(s) with their own tolerance` : ''}. "atol needed" / "rtol needed": the smallest value that would pass with the other one unchanged.`
  const notes = [
    parity.runError
      ? `onnxruntime rejected the reference inputs: ${escapeText(parity.runError)}`
      : '',
    parity.casts.length
      ? `Inputs converted: ${parity.casts.map((cast) => escapeText(cast)).join(', ')}.`
      : '',
    parity.uncompared.length
      ? `Outputs without reference data (not compared): ${parity.uncompared.map((name) => inlineCode(name)).join(', ')}.`
      : ''
  ].filter(Boolean)
  return [header, ...notes, parityTable(parity.outputs), worstElements(parity.outputs)]
    .filter(Boolean)
    .join('\n\n')
}

function parityTable(outputs: readonly OutputParity[]): string {
  if (outputs.length === 0) return ''
  const rows = outputs.map((output): Cell[] => [
    code(output.name),
    output.passed ? '✅' : `❌ ${output.failure ?? ''}`,
    `${number(output.atol)} / ${number(output.rtol)}`,
    number(output.maxAbsError),
    number(output.meanAbsError),
    number(output.p99AbsError),
    number(output.maxRelError),
    number(output.minPassingAtol),
    number(output.minPassingRtol),
    output.argmax ? `${number(output.argmax.rate * 100)}% of ${output.argmax.rows}` : null
  ])
  return table(
    [
      'Output',
      'Result',
      'atol / rtol',
      'max abs',
      'mean abs',
      'p99 abs',
      'max rel',
      'atol needed',
      'rtol needed',
      'argmax agreement'
    ],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']
  )
}

function worstElements(outputs: readonly OutputParity[]): string {
  const rows = outputs.flatMap((output) =>
    output.worst.map((element): Cell[] => [
      code(output.name),
      element.sample,
      code(`[${element.index.join(', ')}]`),
      number(element.actual, 6),
      number(element.expected, 6),
      number(element.absError),
      number(element.relError)
    ])
  )
  if (rows.length === 0) return ''
  return details(
    'Largest differences',
    table(['Output', 'Sample', 'Index', 'ONNX', 'Reference', 'abs', 'rel'], rows)
  )
}

function renderBatch(report: OnnxVerificationReport): string {
  const batch = report.batchConsistency
  if (!batch) return ''
  if (batch.status === 'skipped')
    return `### Batch consistency\n\nSkipped: ${escapeText(batch.reason)}.`
  const verdict = batch.passed ? '✅ consistent' : '❌ inconsistent'
  const summary = `### Batch consistency\n\n${verdict}: batch of ${batch.batchSize} (${inlineCode(batch.batchDimension)}) vs one sample at a time.`
  return [summary, batch.runError ? escapeText(batch.runError) : '', parityTable(batch.outputs)]
    .filter(Boolean)
    .join('\n\n')
}

function renderLatency(latency: LatencySection): string {
  if (latency.error) return `### Latency\n\n❌ ${escapeText(latency.error)}`
  const rows = [latency.candidate, ...(latency.baseline ? [latency.baseline] : [])].map(
    (stats): Cell[] => [
      stats.label,
      number(stats.sessionCreateMs, 3),
      number(stats.firstInferenceMs, 3),
      number(stats.p50Ms, 3),
      number(stats.p90Ms, 3),
      number(stats.p95Ms, 3),
      number(stats.p99Ms, 3),
      number(stats.meanMs, 3),
      number(stats.stddevMs, 3),
      number(stats.throughputPerSecond, 4)
    ]
  )
  const lines = [
    `### Latency (ms)`,
    table(
      ['Model', 'session', 'first run', 'p50', 'p90', 'p95', 'p99', 'mean', 'std', 'runs/s'],
      rows,
      ['left', ...Array<'right'>(9).fill('right')]
    ),
    `${latency.candidate.runs} timed runs after ${latency.candidate.warmupRuns} warm-up runs on ${latency.inputs} inputs, in a worker thread; percentiles: ${escapeText(latency.candidate.percentileMethod)}. Peak RSS ${number(latency.peakRssMb)} MB.${latency.maxP95Ms !== undefined ? ` Budget: p95 ≤ ${number(latency.maxP95Ms)} ms.` : ''}`
  ]
  if (latency.comparison) {
    lines.push(
      `Against the baseline (${latency.comparison.verdict}): ${escapeText(latency.comparison.reason)}; median ratio ${number(latency.comparison.medianRatio)}, p95 ratio ${number(latency.comparison.p95Ratio)}.`
    )
  }
  return lines.join('\n\n')
}

function renderStructureDetails(report: OnnxVerificationReport): string {
  const structure = report.structure
  if (!structure) return ''
  const facts: Cell[][] = [
    ['IR version', String(structure.irVersion ?? '–')],
    [
      'Opsets',
      structure.opsetImports
        .map((opset) => `${opset.domain || 'ai.onnx'} ${opset.version}`)
        .join(', ')
    ],
    ['Producer', `${structure.producer.name} ${structure.producer.version}`.trim()],
    ['Nodes', String(structure.nodeCount)],
    [
      'Parameters',
      `${structure.initializers.parameters} in ${structure.initializers.count} initializers (${number(structure.initializers.bytes / 1024 / 1024)} MB, ${number(structure.initializers.externalBytes / 1024 / 1024)} MB external)`
    ],
    ...Object.entries(structure.metadata).map(([key, value]): Cell[] => [`metadata ${key}`, value])
  ]
  const ops = Object.entries(structure.opHistogram)
    .sort((a, b) => b[1] - a[1])
    .map(([op, count]): Cell[] => [code(op), String(count)])
  const largest = structure.initializers.largest.map((initializer): Cell[] => [
    code(initializer.name),
    initializer.dtype,
    code(`[${initializer.dims.join(', ')}]`),
    String(initializer.bytes),
    initializer.external ? 'external' : ''
  ])
  const body = [
    table(['', 'Value'], facts),
    ops.length ? table(['Op', 'Count'], ops) : '',
    largest.length ? table(['Largest initializers', 'Type', 'Shape', 'Bytes', ''], largest) : ''
  ]
  return details('Model structure', body.filter(Boolean).join('\n\n'))
}
