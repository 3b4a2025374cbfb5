import { describe, expect, test } from '@jest/globals'
import { xyChart } from '../../src/markdown/index.js'

describe('xyChart', () => {
  test('writes an xychart-beta block with quoted labels and plain decimals', () => {
    const chart = xyChart({
      title: 'Loss',
      xLabels: [0, 1, 2],
      xLabel: 'epoch',
      yLabel: 'loss',
      series: [
        { name: 'train_loss', values: [0.58164, 0.49, 1.23456e-7] },
        { name: 'val_loss', values: [0.6, 0.5, 0.45], kind: 'bar' }
      ]
    })
    expect(chart).toBe(
      [
        '```mermaid',
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2f81f7, #e5534b, #3fb950, #d29922, #a371f7"}}}}%%',
        'xychart-beta',
        '  title "Loss"',
        '  x-axis "epoch" ["0", "1", "2"]',
        '  y-axis "loss"',
        '  line "train_loss" [0.5816, 0.49, 0.0000001235]',
        '  bar "val_loss" [0.6, 0.5, 0.45]',
        '```'
      ].join('\n')
    )
  })

  test('labels cannot end their string, start a comment or a markdown string, or break the line', () => {
    const chart = xyChart({
      title: '%%{init}%% "quoted"\n```',
      xLabels: ['`a`', 'b"c'],
      series: [{ name: 'x', values: [1, 2] }]
    })
    expect(chart).toContain(`  title "% %{init}% % 'quoted' '''"`)
    expect(chart).toContain(`  x-axis ["'a'", "b'c"]`)
    expect(chart.split('\n')).toHaveLength(7)
  })

  test('draws a fixed y range so that a small change is drawn small', () => {
    const chart = xyChart({
      xLabels: ['v1', 'candidate'],
      series: [{ name: 'accuracy', values: [0.9444, 0.9481] }],
      yRange: { min: 0.92, max: 0.975 }
    })
    expect(chart).toContain('\n  y-axis 0.92 --> 0.975\n')
  })

  test('leaves out x positions where any series is not finite', () => {
    const chart = xyChart({
      xLabels: ['a', 'b', 'c'],
      series: [
        { name: 's', values: [1, NaN, 3] },
        { name: 't', values: [4, 5, -Infinity] }
      ]
    })
    expect(chart).toContain('  x-axis ["a"]')
    expect(chart).toContain('  line "s" [1]')
    expect(chart).toContain('  line "t" [4]')
  })

  test('thins long histories to maxPoints, keeping the first and last', () => {
    const values = Array.from({ length: 1000 }, (_, index) => index)
    const chart = xyChart({ xLabels: values, series: [{ name: 'v', values }], maxPoints: 5 })
    expect(chart).toContain('  x-axis ["0", "250", "500", "749", "999"]')
  })

  test('returns nothing when there is nothing to draw', () => {
    expect(xyChart({ xLabels: [], series: [{ name: 'v', values: [] }] })).toBe('')
    expect(xyChart({ xLabels: ['a'], series: [{ name: 'v', values: [NaN] }] })).toBe('')
  })

  test('rejects series that do not match the x labels', () => {
    expect(() => xyChart({ xLabels: ['a'], series: [{ name: 'v', values: [1, 2] }] })).toThrow(
      RangeError
    )
  })
})
