import {
  details,
  displayPath,
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

const VERDICT_ICON: Record<VerificationResult, string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️'
}

const number = (value: number | undefined, digits = 4): string =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : formatNumber(value, { significantDigits: digits })
const code = (text: string) => trustedMarkdown(inlineCode(text))
const mark = (ok: boolean) => trustedMarkdown(ok ? '✅ pass' : '❌ fail')

/**
 * The report in the layout every ml-actions comment has: line 1 the verdict and why, one compact
 * table of the checks (load, parity per output, batch, latency, size, contract), and the rest
 * folded: parity in full, signature, latency, structure, provenance. Every name that came from the
 * model or the user's files is escaped.
 */
export function renderReportMarkdown(report: OnnxVerificationReport): string {
  const sections = [
    `## ${VERDICT_ICON[report.verdict.result]} ONNX export verification: ${report.verdict.result} — ${whySentence(report)}`,
    report.verdict.reasons.length > 1 ? renderReasons(report) : '',
    renderChecks(report),
    renderParityDetails(report),
    renderSignature(report),
    renderFindings('Structure findings', report.findings),
    report.contract
      ? renderFindings(
          `Signature contract (against ${report.contract.source})`,
          report.contract.findings,
          'No breaking changes.'
        )
      : '',
    renderBatch(report),
    report.latency ? renderLatency(report.latency) : '',
    renderStructureDetails(report),
    renderProvenance(report)
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

/** Escaped: the first reason it failed, or what passed in a few words. */
function whySentence(report: OnnxVerificationReport): string {
  const [first, ...more] = report.verdict.reasons
  if (first !== undefined) {
    return `${escapeText(first)}${more.length > 0 ? ` (and ${more.length} more)` : ''}`
  }
  const parts: string[] = []
  const parity = report.parity
  if (parity && !('skipped' in parity)) {
    const worst = Math.max(...parity.outputs.map((output) => output.maxAbsError))
    parts.push(
      `${parity.outputs.length === 1 ? 'the output matches' : `all ${parity.outputs.length} outputs match`} the reference (max abs error ${number(worst, 3)})`
    )
  } else if (report.load.ok) {
    parts.push('the model loads in onnxruntime')
  }
  const latency = report.latency
  if (latency && !latency.error) parts.push(`p95 ${number(latency.candidate.p95Ms, 3)} ms`)
  parts.push(`${number(report.size.totalMb, 3)} MB`)
  return parts.join(', ')
}

/** One row per check a reader looks at: what was measured, the limit, the result. */
function renderChecks(report: OnnxVerificationReport): string {
  const rows: Cell[][] = []
  const { load } = report
  rows.push([
    'load',
    load.ok
      ? `session in ${number(load.createMs, 3)} ms`
      : trustedMarkdown(escapeText(load.error ? load.error.kind : (load.skipped ?? 'not loaded'))),
    'onnxruntime accepts it',
    mark(load.ok)
  ])
  const structureErrors = report.findings.filter((entry) => entry.severity === 'error').length
  if (report.findings.length > 0) {
    rows.push([
      'structure',
      `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${structureErrors} error${structureErrors === 1 ? '' : 's'}`,
      'no errors',
      mark(structureErrors === 0)
    ])
  }
  if (report.contract) {
    const breaking = report.contract.findings.filter((entry) => entry.severity === 'error').length
    rows.push([
      'signature contract',
      breaking === 0 ? 'no breaking change' : `${breaking} breaking`,
      'as the baseline',
      mark(breaking === 0)
    ])
  }
  rows.push(...parityRows(report.parity))
  const batch = report.batchConsistency
  if (batch?.status === 'checked') {
    rows.push([
      'batch consistency',
      `batch of ${batch.batchSize} vs one at a time`,
      'same outputs',
      mark(batch.passed)
    ])
  }
  rows.push(...latencyRows(report.latency))
  const { size } = report
  rows.push([
    'size',
    `${number(size.totalMb, 3)} MB`,
    size.maxSizeMb !== undefined ? `≤ ${number(size.maxSizeMb)} MB` : 'reported',
    mark(size.maxSizeMb === undefined || size.totalMb <= size.maxSizeMb)
  ])
  return table(['Check', 'Observed', 'Limit', 'Result'], rows, ['left', 'right', 'left', 'left'])
}

/** The parity rows: one per output (and its argmax agreement), or why parity did not run. */
function parityRows(parity: OnnxVerificationReport['parity']): Cell[][] {
  const rows: Cell[][] = []
  if (parity && 'skipped' in parity) rows.push(['parity', 'skipped', '–', '⏭️ skipped'])
  else if (parity) {
    if (parity.runError) rows.push(['parity', 'reference inputs rejected', '–', mark(false)])
    for (const output of parity.outputs) {
      rows.push([
        trustedMarkdown(`parity ${inlineCode(output.name)}`),
        `max abs ${number(output.maxAbsError, 3)}`,
        `atol ${number(output.atol)}, rtol ${number(output.rtol)}`,
        mark(output.passed)
      ])
      if (output.argmax) {
        rows.push([
          trustedMarkdown(`argmax ${inlineCode(output.name)}`),
          `${output.argmax.agreeing} of ${output.argmax.rows} rows agree`,
          'reported',
          trustedMarkdown(
            output.argmax.agreeing === output.argmax.rows ? '✅ all' : 'ℹ️ some differ'
          )
        ])
      }
    }
  }
  return rows
}

/** The latency rows: p95 against its limit and, given a baseline, the median ratio's verdict. */
function latencyRows(latency: OnnxVerificationReport['latency']): Cell[][] {
  const rows: Cell[][] = []
  if (latency) {
    rows.push([
      'latency p95',
      latency.error ? 'not measured' : `${number(latency.candidate.p95Ms, 3)} ms`,
      latency.maxP95Ms !== undefined ? `≤ ${number(latency.maxP95Ms)} ms` : 'reported',
      latency.error
        ? mark(false)
        : mark(latency.maxP95Ms === undefined || latency.candidate.p95Ms <= latency.maxP95Ms)
    ])
    if (latency.comparison) {
      rows.push([
        'latency vs baseline',
        `median × ${number(latency.comparison.medianRatio, 3)}`,
        `≤ × ${number(1 + latency.comparison.tolerance, 3)}`,
        trustedMarkdown(
          latency.comparison.verdict === 'pass'
            ? '✅ pass'
            : latency.comparison.verdict === 'fail'
              ? '❌ fail'
              : '⚠️ inconclusive'
        )
      ])
    }
  }
  return rows
}

function renderReasons(report: OnnxVerificationReport): string {
  return report.verdict.reasons.map((reason) => `- ${escapeText(reason)}`).join('\n')
}

/** Where the numbers come from: the file, its digest, the runtime, the commit, the baseline. */
function renderProvenance(report: OnnxVerificationReport): string {
  const { model, runtime } = report
  const lines = [
    `**Model:** ${inlineCode(displayPath(model.path))}, sha256 ${shaCode(model.sha256, 12)} (of the .onnx file)${report.gitSha ? ` at commit ${shaCode(report.gitSha, 7)}` : ''}.`,
    `**Runtime:** onnxruntime-node ${escapeText(runtime.version)} (${escapeText(runtime.source)}, ${escapeText(`${runtime.platform}-${runtime.arch}`)}).`
  ]
  if (report.baseline) {
    const from =
      report.baseline.source === 'registry' && report.baseline.model
        ? `${inlineCode(`${report.baseline.model}/${report.baseline.version ?? '?'}`)}${report.baseline.alias ? ` (alias ${inlineCode(report.baseline.alias)})` : ''} from the registry`
        : inlineCode(displayPath(report.baseline.path))
    lines.push(`**Baseline:** ${from}, sha256 ${shaCode(report.baseline.sha256, 12)}.`)
  }
  return details('Provenance', lines.join('\n\n'))
}

/** A digest or commit cut to `length`, the whole value in the title a mouse-over shows. */
function shaCode(sha: string, length: number): string {
  const safe = sha.replace(/[^0-9a-fA-F]/g, '')
  return `<code title="${safe}">${safe.slice(0, length)}</code>`
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
  return details('Signature', table(['', 'Name', 'Type', 'Shape'], rows))
}

function renderFindings(title: string, findings: readonly Finding[], whenEmpty = ''): string {
  if (findings.length === 0) return whenEmpty ? details(title, whenEmpty) : ''
  const rows = findings.map((entry): Cell[] => [entry.severity, code(entry.code), entry.message])
  return details(
    `${title}: ${findings.length}`,
    table(['Severity', 'Code', 'Message'], rows),
    findings.some((entry) => entry.severity === 'error') ? { open: true } : {}
  )
}

/** How parity was judged and every figure of it, folded; a load error in full. */
function renderParityDetails(report: OnnxVerificationReport): string {
  const { load } = report
  const loadError =
    !load.ok && load.error
      ? `**${escapeText(load.error.kind)}**: ${escapeText(load.error.message)}`
      : ''
  const parity = report.parity
  if (!parity) return loadError
  if ('skipped' in parity)
    return [loadError, `Parity skipped: ${escapeText(parity.skipped)}.`]
      .filter(Boolean)
      .join('\n\n')
  const { atol, rtol } = parity.tolerance
  const overrides = Object.keys(parity.tolerance.perOutput ?? {}).length
  const feeds = `${parity.samples} reference feed${parity.samples === 1 ? '' : 's'}`
  const method = `${feeds}; ${escapeText(parity.semantics)}; atol ${number(atol)}, rtol ${number(rtol)}${overrides ? `, ${overrides} output${overrides === 1 ? '' : 's'} with their own tolerance` : ''}. "atol needed" / "rtol needed": the smallest value that would pass with the other one unchanged.`
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
  const body = [method, ...notes, parityTable(parity.outputs), worstElements(parity.outputs)]
  return [loadError, details('Parity in full', body.filter(Boolean).join('\n\n'))]
    .filter(Boolean)
    .join('\n\n')
}

/** Outputs per table of error figures: more columns would not fit a comment's 860 px. */
const OUTPUTS_PER_TABLE = 4

/** Every error figure of each output, one column per output (pass or fail is in the checks). */
function parityTable(outputs: readonly OutputParity[]): string {
  const tables: string[] = []
  for (let start = 0; start < outputs.length; start += OUTPUTS_PER_TABLE) {
    const chunk = outputs.slice(start, start + OUTPUTS_PER_TABLE)
    const figure = (label: string, value: (output: OutputParity) => Cell): Cell[] => [
      label,
      ...chunk.map(value)
    ]
    const rows: Cell[][] = [
      figure('result', (output) =>
        trustedMarkdown(output.passed ? '✅ pass' : `❌ ${escapeText(output.failure ?? 'fail')}`)
      ),
      figure('max abs error', (output) => number(output.maxAbsError, 3)),
      figure('mean abs error', (output) => number(output.meanAbsError, 3)),
      figure('p99 abs error', (output) => number(output.p99AbsError, 3)),
      figure('max rel error', (output) => number(output.maxRelError, 3)),
      figure('atol needed', (output) => number(output.minPassingAtol, 3)),
      figure('rtol needed', (output) => number(output.minPassingRtol, 3)),
      figure('tolerance', (output) => `atol ${number(output.atol)}, rtol ${number(output.rtol)}`)
    ]
    tables.push(
      table(['', ...chunk.map((output) => code(output.name))], rows, [
        'left',
        ...chunk.map(() => 'right' as const)
      ])
    )
  }
  return tables.join('\n\n')
}

function worstElements(outputs: readonly OutputParity[]): string {
  const rows = outputs.flatMap((output) =>
    output.worst.map((element): Cell[] => [
      code(output.name),
      element.sample,
      code(`[${element.index.join(', ')}]`),
      number(element.actual, 6),
      number(element.expected, 6),
      number(element.absError, 3),
      number(element.relError, 3)
    ])
  )
  if (rows.length === 0) return ''
  return `Largest differences:\n\n${table(
    ['Output', 'Sample', 'Index', 'ONNX', 'Reference', 'abs', 'rel'],
    rows,
    ['left', 'left', 'left', 'right', 'right', 'right', 'right']
  )}`
}

function renderBatch(report: OnnxVerificationReport): string {
  const batch = report.batchConsistency
  if (!batch) return ''
  if (batch.status === 'skipped')
    return details('Batch consistency: skipped', `${escapeText(batch.reason)}.`)
  const verdict = batch.passed ? '✅ consistent' : '❌ inconsistent'
  const summary = `${verdict}: batch of ${batch.batchSize} (${inlineCode(batch.batchDimension)}) vs one sample at a time.`
  return details(
    'Batch consistency',
    [summary, batch.runError ? escapeText(batch.runError) : '', parityTable(batch.outputs)]
      .filter(Boolean)
      .join('\n\n')
  )
}

function renderLatency(latency: LatencySection): string {
  if (latency.error) return details('Latency', `❌ ${escapeText(latency.error)}`)
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
    table(
      ['Model', 'session', 'first run', 'p50', 'p90', 'p95', 'p99', 'mean', 'std', 'runs/s'],
      rows,
      ['left', ...Array<'right'>(9).fill('right')]
    ),
    `Milliseconds. ${latency.candidate.runs} timed runs after ${latency.candidate.warmupRuns} warm-up runs on ${latency.inputs} inputs, in a worker thread; percentiles: ${escapeText(latency.candidate.percentileMethod)}. Peak RSS ${number(latency.peakRssMb)} MB.${latency.maxP95Ms !== undefined ? ` Budget: p95 ≤ ${number(latency.maxP95Ms)} ms.` : ''}`
  ]
  if (latency.comparison) {
    lines.push(
      `Against the baseline (${latency.comparison.verdict}): ${escapeText(latency.comparison.reason)}; median ratio ${number(latency.comparison.medianRatio, 3)}, p95 ratio ${number(latency.comparison.p95Ratio, 3)}.`
    )
  }
  return details('Latency', lines.join('\n\n'))
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
