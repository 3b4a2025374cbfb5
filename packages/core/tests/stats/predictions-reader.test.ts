import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '../../src/errors.js'
import {
  alignPredictions,
  canonicalClassName,
  parseNpy,
  predictionsFromNpyFiles,
  readPredictions
} from '../../src/stats/index.js'

const fixtures = fileURLToPath(new URL('../../../../tests/fixtures/compare/', import.meta.url))
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixtures + name))

describe('.npy reader', () => {
  // Fixtures written by numpy 1.24.2 np.save (labels-v2.npy with np.lib.format.write_array(version=(2, 0))).
  it('reads float32 1-D', () => {
    const array = parseNpy(bytes('scores-f32.npy'), 'scores-f32.npy')
    expect(array.dtype).toBe('float32')
    expect(array.shape).toEqual([4])
    expect(Array.from(array.data)).toEqual([0.1, 0.9, 0.35, 0.8].map(Math.fround))
  })

  it('reads float64 2-D in C order, int64, int32, bool and format version 2', () => {
    expect(parseNpy(bytes('class-scores-f64.npy'), 'x')).toMatchObject({
      dtype: 'float64',
      shape: [3, 3]
    })
    expect(Array.from(parseNpy(bytes('class-scores-f64.npy'), 'x').data.slice(0, 4))).toEqual([
      0.7, 0.2, 0.1, 0.1
    ])
    expect(Array.from(parseNpy(bytes('labels-i64.npy'), 'x').data)).toEqual([0, 2, 1])
    expect(Array.from(parseNpy(bytes('labels-i32.npy'), 'x').data)).toEqual([1, 0, 1, 1])
    expect(parseNpy(bytes('preds-bool.npy'), 'x')).toMatchObject({ dtype: 'bool' })
    expect(Array.from(parseNpy(bytes('preds-bool.npy'), 'x').data)).toEqual([0, 1, 0, 1])
    expect(Array.from(parseNpy(bytes('labels-v2.npy'), 'x').data)).toEqual([3, 1, 2])
  })

  it.each([
    ['fortran.npy', /Fortran/],
    ['big-endian.npy', /big-endian/],
    ['strings.npy', /dtype '<U1' is not supported/],
    ['baseline-predictions.csv', /magic/]
  ])('refuses %s with a message naming the file', (name, problem) => {
    expect(() => parseNpy(bytes(name), name)).toThrow(ConfigurationError)
    expect(() => parseNpy(bytes(name), name)).toThrow(problem)
    expect(() => parseNpy(bytes(name), name)).toThrow(name)
  })

  it('refuses truncated data', () => {
    const whole = bytes('labels-i64.npy')
    expect(() => parseNpy(whole.subarray(0, whole.length - 3), 'cut.npy')).toThrow(
      /cut.npy.*truncated/
    )
  })

  it('builds prediction sets from arrays, argmax when only class scores are given', () => {
    const set = predictionsFromNpyFiles({
      labels: { path: 'labels.npy', bytes: bytes('labels-i64.npy') },
      scores: { path: 'scores.npy', bytes: bytes('class-scores-f64.npy') }
    })
    expect(set.ids).toEqual(['0', '1', '2'])
    expect(set.labels).toEqual(['0', '2', '1'])
    expect(set.predictions).toEqual(['0', '2', '1'])
    expect(set.classScores?.classes).toEqual(['0', '1', '2'])
    expect(() =>
      predictionsFromNpyFiles({
        labels: { path: 'labels.npy', bytes: bytes('labels-i32.npy') },
        scores: { path: 'scores.npy', bytes: bytes('class-scores-f64.npy') }
      })
    ).toThrow(/scores.npy has 3 rows but labels.npy has 4/)
    expect(readPredictions(bytes('preds-bool.npy'), 'preds.npy').predictions).toEqual([
      '0',
      '1',
      '0',
      '1'
    ])
    expect(
      Array.from(readPredictions(bytes('scores-f32.npy'), 'scores.npy').scores ?? [])
    ).toHaveLength(4)
  })
})

describe('CSV, TSV and JSON Lines predictions', () => {
  it('reads CSV with quoted ids and per-class scores', () => {
    const set = readPredictions(bytes('baseline-predictions.csv'), 'baseline-predictions.csv')
    expect(set.ids).toEqual(['s1', 's2', 's,3', 's4'])
    expect(set.labels).toEqual(['cat', 'dog', 'dog', 'cat'])
    expect(set.predictions).toEqual(['cat', 'cat', 'dog', 'dog'])
    expect(set.classScores?.classes).toEqual(['cat', 'dog'])
    expect(Array.from(set.classScores?.values ?? [])).toEqual([
      0.8, 0.2, 0.6, 0.4, 0.1, 0.9, 0.45, 0.55
    ])
  })

  it('reads TSV and JSON Lines, booleans and integral numbers naming the same classes', () => {
    const tsv = readPredictions(bytes('candidate-predictions.tsv'), 'candidate-predictions.tsv')
    expect(tsv.ids).toEqual(['s4', 's2', 's1', 's,3'])
    expect(Array.from(tsv.scores ?? [])).toEqual([0.3, 0.7, 0.1, 0.95])
    const jsonl = readPredictions(bytes('predictions.jsonl'), 'predictions.jsonl')
    expect(jsonl.labels).toEqual(['1', '0', '1'])
    expect(jsonl.predictions).toEqual(['1', '0', '0'])
    const classScores = readPredictions(bytes('class-scores.jsonl'), 'class-scores.jsonl')
    expect(classScores.ids).toEqual(['1', '2'])
    expect(classScores.predictions).toEqual(['b', 'a'])
    expect(['1.0', 'True', ' +1 ', 1, true].map(canonicalClassName)).toEqual([
      '1',
      '1',
      '1',
      '1',
      '1'
    ])
    expect(canonicalClassName('01')).toBe('01')
  })

  it.each([
    ['a.csv', 'id,label\nx,1\n', /no prediction, score or score_<class>/],
    ['a.csv', 'id,prediction\nx,1\ny\n', /a.csv:3: 1 fields, but the header has 2/],
    ['a.csv', 'id,prediction,score\nx,1,high\n', /a.csv:2: score "high" is not a finite number/],
    ['a.jsonl', '{"id": "x", "prediction": 1}\n{"id": "y"}\n', /a.jsonl:2: fields \{id\} differ/],
    ['a.jsonl', '{"id": "x", "prediction": 1}\nnot json\n', /a.jsonl:2: not valid JSON/],
    ['a.txt', 'id,prediction\n', /cannot tell the predictions format/]
  ])('reports %s problems with the file and line', (name, text, problem) => {
    expect(() => readPredictions(text, name)).toThrow(ConfigurationError)
    expect(() => readPredictions(text, name)).toThrow(problem)
  })
})

describe('alignPredictions', () => {
  const baseline = readPredictions(bytes('baseline-predictions.csv'), 'baseline-predictions.csv')
  const candidate = readPredictions(bytes('candidate-predictions.tsv'), 'candidate-predictions.tsv')

  it("pairs samples by id in the baseline's order", () => {
    const aligned = alignPredictions(baseline, candidate)
    expect(aligned.ids).toEqual(['s1', 's2', 's,3', 's4'])
    expect(aligned.candidate.predictions).toEqual(['cat', 'dog', 'dog', 'cat'])
    expect(Array.from(aligned.candidate.scores ?? [])).toEqual([0.1, 0.7, 0.95, 0.3])
    expect(aligned.labels).toEqual(['cat', 'dog', 'dog', 'cat'])
  })

  it('names the files for missing, extra and duplicate ids and for conflicting labels', () => {
    const short = readPredictions('id,prediction\ns1,cat\ns2,dog\nzz,cat\n', 'short.csv')
    expect(() => alignPredictions(baseline, short)).toThrow(
      /2 id\(s\) of baseline-predictions.csv are missing from short.csv \('s,3', 's4'\); 1 id\(s\) of short.csv are missing from baseline-predictions.csv \('zz'\)/
    )
    const duplicated = readPredictions('id,prediction\ns1,cat\ns1,dog\n', 'dup.csv')
    expect(() => alignPredictions(baseline, duplicated)).toThrow(
      /dup.csv: duplicate id 's1' \(records 1 and 2\)/
    )
    const conflicting = readPredictions(
      'id,label,prediction\ns1,dog,cat\ns2,dog,cat\n"s,3",dog,dog\ns4,cat,cat\n',
      'other.csv'
    )
    expect(() => alignPredictions(baseline, conflicting)).toThrow(
      /label of id 's1' differs: 'cat' in baseline-predictions.csv, 'dog' in other.csv/
    )
  })
})
