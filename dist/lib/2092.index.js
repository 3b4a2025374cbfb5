"use strict";
exports.id = 2092;
exports.ids = [2092];
exports.modules = {

/***/ 62092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  predictionEvidence: () => (/* binding */ predictionEvidence)
});

// UNUSED EXPORTS: inferStatisticRequests, parseStatisticRequests

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/compare/multi-run.ts
var multi_run = __webpack_require__(40692);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/stats/predictions-reader.ts + 2 modules
var predictions_reader = __webpack_require__(46244);
;// CONCATENATED MODULE: ./packages/core/src/stats/align-predictions.ts

const EXAMPLES_SHOWN = 5;
function alignPredictions(baseline, candidate) {
    const candidateRow = rowOfId(candidate);
    rowOfId(baseline);
    const missingFromCandidate = baseline.ids.filter((id) => !candidateRow.has(id));
    const baselineIds = new Set(baseline.ids);
    const missingFromBaseline = candidate.ids.filter((id) => !baselineIds.has(id));
    if (missingFromCandidate.length > 0 || missingFromBaseline.length > 0) {
        const problems = [];
        if (missingFromCandidate.length > 0) {
            problems.push(`${missingFromCandidate.length} id(s) of ${baseline.source} are missing from ${candidate.source} (${examples(missingFromCandidate)})`);
        }
        if (missingFromBaseline.length > 0) {
            problems.push(`${missingFromBaseline.length} id(s) of ${candidate.source} are missing from ${baseline.source} (${examples(missingFromBaseline)})`);
        }
        throw new errors/* ConfigurationError */.j(`predictions are not paired: ${problems.join('; ')}. Both models must be scored on the same samples.`);
    }
    const order = baseline.ids.map((id) => candidateRow.get(id) ?? 0);
    const reorderedCandidate = reorder(candidate, order);
    const labels = mergeLabels(baseline, candidate.labels && order.map((row) => candidate.labels?.[row] ?? ''), candidate.source);
    return {
        ids: baseline.ids,
        ...(labels ? { labels } : {}),
        baseline: outputsOf(baseline),
        candidate: reorderedCandidate,
        sources: { baseline: baseline.source, candidate: candidate.source }
    };
}
function rowOfId(set) {
    const rows = new Map();
    set.ids.forEach((id, row) => {
        const earlier = rows.get(id);
        if (earlier !== undefined) {
            throw new errors/* ConfigurationError */.j(`${set.source}: duplicate id '${id}' (records ${earlier + 1} and ${row + 1}); each sample must appear once`);
        }
        rows.set(id, row);
    });
    return rows;
}
function examples(ids) {
    const shown = ids.slice(0, EXAMPLES_SHOWN).map((id) => `'${id}'`);
    return ids.length > EXAMPLES_SHOWN ? `e.g. ${shown.join(', ')}, …` : shown.join(', ');
}
function mergeLabels(baseline, candidateLabels, candidateSource) {
    if (baseline.labels === undefined)
        return candidateLabels;
    if (candidateLabels === undefined)
        return baseline.labels;
    for (let row = 0; row < baseline.labels.length; row++) {
        if (baseline.labels[row] !== candidateLabels[row]) {
            throw new errors/* ConfigurationError */.j(`label of id '${baseline.ids[row]}' differs: '${baseline.labels[row]}' in ${baseline.source}, '${candidateLabels[row]}' in ${candidateSource}`);
        }
    }
    return baseline.labels;
}
function outputsOf(set) {
    return {
        ...(set.predictions ? { predictions: set.predictions } : {}),
        ...(set.scores ? { scores: set.scores } : {}),
        ...(set.classScores ? { classScores: set.classScores } : {})
    };
}
function reorder(set, order) {
    const predictions = set.predictions && order.map((row) => set.predictions?.[row] ?? '');
    const scores = set.scores && Float64Array.from(order, (row) => set.scores?.[row] ?? NaN);
    let classScores;
    if (set.classScores) {
        const width = set.classScores.classes.length;
        const values = new Float64Array(order.length * width);
        order.forEach((row, i) => {
            values.set(set.classScores?.values.subarray(row * width, (row + 1) * width) ?? [], i * width);
        });
        classScores = { classes: set.classScores.classes, values };
    }
    return {
        ...(predictions ? { predictions } : {}),
        ...(scores ? { scores } : {}),
        ...(classScores ? { classScores } : {})
    };
}

// EXTERNAL MODULE: ./packages/core/src/stats/random.ts
var stats_random = __webpack_require__(81538);
// EXTERNAL MODULE: ./packages/core/src/stats/normal.ts
var normal = __webpack_require__(33342);
;// CONCATENATED MODULE: ./packages/core/src/stats/bootstrap-interval.ts

/** `sorted` must be ascending. */
function quantileOfSorted(sorted, probability) {
    const last = sorted.length - 1;
    if (last < 0)
        return NaN;
    const position = Math.min(Math.max(probability, 0), 1) * last;
    const below = Math.floor(position);
    const lower = sorted[below] ?? NaN;
    if (below >= last)
        return lower;
    const upper = sorted[below + 1] ?? NaN;
    const fraction = position - below;
    return fraction === 0 ? lower : lower + fraction * (upper - lower);
}
function percentileInterval(sorted, level) {
    const alpha = 1 - level;
    return {
        low: quantileOfSorted(sorted, alpha / 2),
        high: quantileOfSorted(sorted, 1 - alpha / 2),
        interval: 'percentile'
    };
}
function bcaInterval(sorted, estimate, jackknife, level) {
    const bias = biasCorrection(sorted, estimate);
    if (!Number.isFinite(bias))
        return percentileInterval(sorted, level);
    const acceleration = jackknifeAcceleration(jackknife);
    const alpha = 1 - level;
    const adjusted = (tailProbability) => {
        const z = (0,normal/* normalQuantile */.Zl)(tailProbability);
        const shifted = bias + z;
        return (0,normal/* normalCdf */.vr)(bias + shifted / (1 - acceleration * shifted));
    };
    return {
        low: quantileOfSorted(sorted, adjusted(alpha / 2)),
        high: quantileOfSorted(sorted, adjusted(1 - alpha / 2)),
        interval: 'bca'
    };
}
function biasCorrection(sorted, estimate) {
    let below = 0;
    let ties = 0;
    for (let i = 0; i < sorted.length; i++) {
        const value = sorted[i] ?? NaN;
        if (value < estimate)
            below += 1;
        else if (value === estimate)
            ties += 1;
        else
            break;
    }
    return (0,normal/* normalQuantile */.Zl)((below + ties / 2) / sorted.length);
}
function jackknifeAcceleration(jackknife) {
    const { values, weights } = jackknife;
    let totalWeight = 0;
    let weightedSum = 0;
    for (let i = 0; i < values.length; i++) {
        const weight = weights[i] ?? 0;
        totalWeight += weight;
        weightedSum += weight * (values[i] ?? 0);
    }
    const mean = weightedSum / totalWeight;
    let squares = 0;
    let cubes = 0;
    for (let i = 0; i < values.length; i++) {
        const weight = weights[i] ?? 0;
        const deviation = mean - (values[i] ?? 0);
        squares += weight * deviation * deviation;
        cubes += weight * deviation * deviation * deviation;
    }
    return squares > 0 ? cubes / (6 * Math.pow(squares, 1.5)) : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/bootstrap-summary.ts

/** Interval, standard error and bootstrap p-value of a distribution of resampled deltas. */
function summariseDeltas(method, statistic, baseline, candidate, distribution, settings) {
    const delta = candidate - baseline;
    const resamples = distribution.length;
    let sum = 0;
    for (let r = 0; r < resamples; r++)
        sum += distribution[r] ?? 0;
    const mean = sum / resamples;
    let squares = 0;
    let asFar = 0;
    const distance = Math.abs(delta);
    for (let r = 0; r < resamples; r++) {
        const value = distribution[r] ?? 0;
        squares += (value - mean) * (value - mean);
        // Tiny slack: a resample equal to the observed delta up to rounding counts as "as far".
        if (Math.abs(value - delta) >= distance * (1 - 1e-12))
            asFar += 1;
    }
    distribution.sort();
    const interval = percentileInterval(distribution, settings.level);
    return {
        method,
        statistic,
        baseline,
        candidate,
        delta,
        low: interval.low,
        high: interval.high,
        level: settings.level,
        pValue: (1 + asFar) / (1 + resamples),
        standardError: resamples > 1 ? Math.sqrt(squares / (resamples - 1)) : 0,
        resamples,
        seed: settings.seed,
        samples: settings.samples
    };
}

;// CONCATENATED MODULE: ./packages/core/src/stats/classification-report-metrics.ts
/**
 * The count metrics of a classification report, for both models at once, from per-class counts:
 * accuracy and error rate; per class precision, recall and F1; their macro, weighted and micro
 * averages. Conventions are scikit-learn's `classification_report` (zero_division 0; macro over
 * the classes in the truth or that model's predictions; weighted by true support; micro over all
 * samples, which for single-label classification equals accuracy).
 *
 * Metric ids: `accuracy`, `error-rate`, `precision[<class>]`, `recall[<class>]`, `f1[<class>]`,
 * `<macro|weighted|micro>-<precision|recall|f1>`.
 */
const SCORES = ['precision', 'recall', 'f1'];
const AVERAGES = ['macro', 'weighted', 'micro'];
function perClassMetricId(score, className) {
    return `${score}[${className}]`;
}
function averageMetricId(average, score) {
    return `${average}-${score}`;
}
/** The ids in the order `ReportMetricsLayout.evaluate` writes them. */
function reportMetricIds(classes) {
    const ids = ['accuracy', 'error-rate'];
    for (const className of classes)
        for (const score of SCORES)
            ids.push(perClassMetricId(score, className));
    for (const average of AVERAGES)
        for (const score of SCORES)
            ids.push(averageMetricId(average, score));
    return ids;
}
/** Per-class tallies of one resample (or the observed data) for both models. */
class ClassTallies {
    classCount;
    truth;
    /** [model 0 = baseline, model 1 = candidate][class] */
    predicted;
    hits;
    total = 0;
    constructor(classCount) {
        this.classCount = classCount;
        this.truth = new Float64Array(classCount);
        this.predicted = [new Float64Array(classCount), new Float64Array(classCount)];
        this.hits = [new Float64Array(classCount), new Float64Array(classCount)];
    }
    /** Tally cell counts of a contingency (truth, baseline, candidate class index per cell). */
    tally(counts, truthOfCell, baselineOfCell, candidateOfCell) {
        const truth = this.truth;
        const [predictedBaseline, predictedCandidate] = this.predicted;
        const [hitsBaseline, hitsCandidate] = this.hits;
        truth.fill(0);
        predictedBaseline.fill(0);
        predictedCandidate.fill(0);
        hitsBaseline.fill(0);
        hitsCandidate.fill(0);
        let total = 0;
        for (let cell = 0; cell < truthOfCell.length; cell++) {
            const count = counts[cell] ?? 0;
            if (count === 0)
                continue;
            const t = truthOfCell[cell] ?? 0;
            const b = baselineOfCell[cell] ?? 0;
            const c = candidateOfCell[cell] ?? 0;
            total += count;
            truth[t] = (truth[t] ?? 0) + count;
            predictedBaseline[b] = (predictedBaseline[b] ?? 0) + count;
            predictedCandidate[c] = (predictedCandidate[c] ?? 0) + count;
            if (b === t)
                hitsBaseline[t] = (hitsBaseline[t] ?? 0) + count;
            if (c === t)
                hitsCandidate[t] = (hitsCandidate[t] ?? 0) + count;
        }
        this.total = total;
    }
    /**
     * Every metric of `reportMetricIds` for both models: out[2·i] baseline, out[2·i + 1] candidate.
     */
    evaluate(out) {
        const classCount = this.classCount;
        const perClassStart = 2;
        const averagesStart = perClassStart + classCount * SCORES.length;
        for (let model = 0; model < 2; model++) {
            const predicted = this.predicted[model];
            const hits = this.hits[model];
            let hitSum = 0;
            let macroP = 0;
            let macroR = 0;
            let macroF = 0;
            let weightedP = 0;
            let weightedR = 0;
            let weightedF = 0;
            let present = 0;
            for (let k = 0; k < classCount; k++) {
                const truthK = this.truth[k] ?? 0;
                const predictedK = predicted[k] ?? 0;
                const tp = hits[k] ?? 0;
                hitSum += tp;
                const precision = predictedK > 0 ? tp / predictedK : 0;
                const recall = truthK > 0 ? tp / truthK : 0;
                const f1Denominator = predictedK + truthK;
                const f1 = f1Denominator > 0 ? (2 * tp) / f1Denominator : 0;
                const at = 2 * (perClassStart + k * SCORES.length);
                out[at + model] = precision;
                out[at + 2 + model] = recall;
                out[at + 4 + model] = f1;
                if (truthK > 0 || predictedK > 0) {
                    present += 1;
                    macroP += precision;
                    macroR += recall;
                    macroF += f1;
                }
                weightedP += precision * truthK;
                weightedR += recall * truthK;
                weightedF += f1 * truthK;
            }
            const total = this.total;
            const accuracy = total > 0 ? hitSum / total : 0;
            out[model] = accuracy;
            out[2 + model] = 1 - accuracy;
            const averages = [
                present > 0 ? macroP / present : 0,
                present > 0 ? macroR / present : 0,
                present > 0 ? macroF / present : 0,
                total > 0 ? weightedP / total : 0,
                total > 0 ? weightedR / total : 0,
                total > 0 ? weightedF / total : 0,
                accuracy,
                accuracy,
                accuracy
            ];
            for (let i = 0; i < averages.length; i++)
                out[2 * (averagesStart + i) + model] = averages[i] ?? 0;
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/stats/log-gamma.ts
var log_gamma = __webpack_require__(99439);
;// CONCATENATED MODULE: ./packages/core/src/stats/binomial-sampler.ts

/**
 * Exact binomial variates, O(1) expected time for any n.
 *
 * - n·min(p, 1−p) < 10: inversion by sequential search from k = 0 (expected n·p + 1 steps).
 * - otherwise: BTRS, transformed rejection with squeeze (W. Hörmann, "The generation of binomial
 *   random variates", J. Statist. Comput. Simul. 46, 1993). A hat built from a transformed
 *   uniform covers the pmf; about 86 % of proposals are accepted by the squeeze without evaluating
 *   the pmf, and the rest are accepted or rejected against the exact log-pmf ratio
 *   ln(f(k)/f(m)) = ln m! + ln (n−m)! − ln k! − ln (n−k)! + (k−m) ln(p/q).
 *
 * The BTRS proposals take 32-bit uniforms (midpoints of 2^32 bins, so never 0 or 1): half the
 * generator calls of 53-bit ones, and a 2^-32 grid on (u, v) moves the hat and squeeze areas by
 * ≲ 1e-9, below what any bootstrap of realistic length can detect.
 *
 * Both are exact in distribution; the only departure is floating-point rounding. The log-factorials
 * (Stirling series, see log-gamma.ts) carry an absolute error of a few ulps of ln n!, so at
 * n = 10^7 the acceptance probability is off by ≲ 1e-8 relative, far below anything a simulation
 * of realistic length can detect.
 */
const INVERSION_LIMIT = 10;
const TWO_POW_32_INVERSE = 1 / 4294967296;
// Within this distance of the mode, f(k)/f(m) as a product of |k − m| ratios costs less than the
// four logarithms of the log-factorial form. Hörmann's BTRD takes the same shortcut with 15; on the
// report bootstrap's cells (n·p ≈ 170) 40 measured ~5–10 % fewer ns a draw, within the noise of a
// loaded machine, and 40 rounded products stay far below the test's resolution.
const RECURSION_LIMIT = 40;
function sampleBinomial(random, trials, probability) {
    if (trials <= 0 || probability <= 0)
        return 0;
    if (probability >= 1)
        return trials;
    if (probability > 0.5)
        return trials - sampleBinomial(random, trials, 1 - probability);
    if (trials * probability < INVERSION_LIMIT)
        return inversion(random, trials, probability);
    return transformedRejection(random, trials, probability);
}
function inversion(random, trials, probability) {
    const odds = probability / (1 - probability);
    let mass = Math.exp(trials * Math.log1p(-probability));
    let remaining = random.nextDouble();
    let k = 0;
    while (remaining >= mass && k < trials) {
        remaining -= mass;
        k += 1;
        mass *= (odds * (trials - k + 1)) / k;
        // Round-off can leave a sliver of `remaining` after the mass has become negligible.
        if (mass < 1e-300)
            break;
    }
    return k;
}
function transformedRejection(random, trials, probability) {
    const q = 1 - probability;
    const spread = Math.sqrt(trials * probability * q);
    const b = 1.15 + 2.53 * spread;
    const a = -0.0873 + 0.0248 * b + 0.01 * probability;
    const c = trials * probability + 0.5;
    const squeezeLimit = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spread;
    const mode = Math.floor((trials + 1) * probability);
    // The exact-ratio constants cost two Stirling series and a log: only the ~14 % of proposals the
    // squeeze does not accept need them, so they are computed on the first such proposal.
    let logOdds = NaN;
    let logModeMass = NaN;
    for (;;) {
        const u = (random.nextUint32() + 0.5) * TWO_POW_32_INVERSE - 0.5;
        const v = (random.nextUint32() + 0.5) * TWO_POW_32_INVERSE;
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > trials)
            continue;
        if (us >= 0.07 && v <= squeezeLimit)
            return k;
        const hatRatio = (v * alpha) / (a / (us * us) + b);
        if (Math.abs(k - mode) <= RECURSION_LIMIT) {
            if (hatRatio <= massRatio(trials, probability / q, mode, k))
                return k;
            continue;
        }
        if (Number.isNaN(logModeMass)) {
            logOdds = Math.log(probability / q);
            logModeMass = (0,log_gamma/* logFactorial */.kV)(mode) + (0,log_gamma/* logFactorial */.kV)(trials - mode);
        }
        const logHatRatio = Math.log(hatRatio);
        const logMassRatio = logModeMass - (0,log_gamma/* logFactorial */.kV)(k) - (0,log_gamma/* logFactorial */.kV)(trials - k) + (k - mode) * logOdds;
        if (logHatRatio <= logMassRatio)
            return k;
    }
}
/** f(k)/f(m) of Binomial(n, p) by f(i)/f(i − 1) = (n − i + 1)/i · p/q, for k near the mode m. */
function massRatio(trials, odds, mode, k) {
    let ratio = 1;
    if (k > mode)
        for (let i = mode + 1; i <= k; i++)
            ratio *= ((trials - i + 1) / i) * odds;
    else
        for (let i = k + 1; i <= mode; i++)
            ratio /= ((trials - i + 1) / i) * odds;
    return ratio;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/multinomial-sampler.ts

/**
 * Multinomial(n, p) by conditional binomials: cell i receives Binomial(n_left, p_i / p_left).
 * Exact, and O(cells) per draw whatever n is, because each binomial draw is O(1).
 * Writes the counts into `counts` (length ≥ probabilities.length) to avoid allocation in loops.
 */
function multinomial_sampler_sampleMultinomial(random, trials, probabilities, counts) {
    let trialsLeft = trials;
    let massLeft = 1;
    const last = probabilities.length - 1;
    for (let cell = 0; cell < last; cell++) {
        const probability = probabilities[cell] ?? 0;
        if (trialsLeft === 0 || probability <= 0) {
            counts[cell] = 0;
        }
        else {
            const conditional = massLeft > probability ? probability / massLeft : 1;
            const drawn = sampleBinomial(random, trialsLeft, conditional);
            counts[cell] = drawn;
            trialsLeft -= drawn;
        }
        massLeft -= probability;
    }
    if (last >= 0)
        counts[last] = trialsLeft;
}

// EXTERNAL MODULE: ./packages/core/src/stats/resampling-settings.ts
var resampling_settings = __webpack_require__(23251);
;// CONCATENATED MODULE: ./packages/core/src/stats/classification-bootstrap.ts





/**
 * One paired bootstrap for every count metric of a classification report (see
 * classification-report-metrics.ts). Each resample draws the contingency cell counts once,
 * Multinomial(n, observed shares), exactly the distribution of the cells of n samples drawn
 * with replacement, and evaluates all metrics on that one draw: O(cells + classes) per resample
 * whatever n is, and the metrics' intervals come from the same resamples.
 */
function bootstrapClassificationReport(contingency, options = {}) {
    const { resamples, level, seed } = (0,resampling_settings/* resamplingSettings */.KU)(options);
    const total = contingency.total;
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const ids = reportMetricIds(contingency.classes);
    const metricCount = ids.length;
    const tallies = new ClassTallies(contingency.classes.length);
    const values = new Float64Array(2 * metricCount);
    const { truth, baseline, candidate } = contingency;
    tallies.tally(contingency.counts, truth, baseline, candidate);
    tallies.evaluate(values);
    const observed = Float64Array.from(values);
    // Largest cells first: the conditional binomials then leave little mass to the tail.
    const order = Array.from(contingency.counts, (_, cell) => cell).sort((left, right) => (contingency.counts[right] ?? 0) - (contingency.counts[left] ?? 0));
    const probabilities = Float64Array.from(order, (cell) => (contingency.counts[cell] ?? 0) / total);
    const sortedTruth = Int32Array.from(order, (cell) => truth[cell] ?? 0);
    const sortedBaseline = Int32Array.from(order, (cell) => baseline[cell] ?? 0);
    const sortedCandidate = Int32Array.from(order, (cell) => candidate[cell] ?? 0);
    const counts = new Float64Array(order.length);
    const deltas = new Float64Array(metricCount * resamples);
    const random = new stats_random/* SeededRandom */.A(seed);
    for (let r = 0; r < resamples; r++) {
        multinomial_sampler_sampleMultinomial(random, total, probabilities, counts);
        tallies.tally(counts, sortedTruth, sortedBaseline, sortedCandidate);
        tallies.evaluate(values);
        for (let m = 0; m < metricCount; m++)
            deltas[m * resamples + r] = (values[2 * m + 1] ?? 0) - (values[2 * m] ?? 0);
    }
    const results = new Map();
    ids.forEach((id, m) => {
        const distribution = deltas.subarray(m * resamples, (m + 1) * resamples);
        const baselineValue = observed[2 * m] ?? 0;
        const candidateValue = observed[2 * m + 1] ?? 0;
        results.set(id, summariseDeltas('paired-bootstrap-multinomial', id, baselineValue, candidateValue, distribution, { level, seed, samples: total }));
    });
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/midranks.ts
/**
 * Midranks (1-based; tied values share the mean of the ranks they span), O(n log n).
 * Ties must share ranks for the Mann–Whitney form of the AUC to count a tie as one half.
 */
function midranks(values) {
    const size = values.length;
    const order = new Uint32Array(size);
    for (let i = 0; i < size; i++)
        order[i] = i;
    order.sort((left, right) => {
        const a = values[left] ?? 0;
        const b = values[right] ?? 0;
        return a < b ? -1 : a > b ? 1 : 0;
    });
    const ranks = new Float64Array(size);
    let start = 0;
    while (start < size) {
        const value = values[order[start] ?? 0] ?? 0;
        let end = start + 1;
        while (end < size && (values[order[end] ?? 0] ?? 0) === value)
            end += 1;
        const rank = (start + end + 1) / 2;
        for (let i = start; i < end; i++)
            ranks[order[i] ?? 0] = rank;
        start = end;
    }
    return ranks;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/delong.ts



function delongTest(isPositive, baselineScores, candidateScores, options = {}) {
    const level = (0,resampling_settings/* confidenceLevel */.bF)(options.level);
    const size = isPositive.length;
    if (baselineScores.length !== size || candidateScores.length !== size) {
        throw new RangeError(`DeLong inputs differ in length: labels ${size}, baseline ${baselineScores.length}, candidate ${candidateScores.length}`);
    }
    const positiveIndices = [];
    const negativeIndices = [];
    for (let i = 0; i < size; i++) {
        if (isPositive[i])
            positiveIndices.push(i);
        else
            negativeIndices.push(i);
    }
    const m = positiveIndices.length;
    const n = negativeIndices.length;
    if (m < 2 || n < 2) {
        throw new RangeError(`DeLong's test needs at least 2 positive and 2 negative samples, got ${m} and ${n}`);
    }
    const baseline = structuralComponents(baselineScores, positiveIndices, negativeIndices);
    const candidate = structuralComponents(candidateScores, positiveIndices, negativeIndices);
    const varianceBaseline = covariance(baseline.positive, baseline.positive) / m +
        covariance(baseline.negative, baseline.negative) / n;
    const varianceCandidate = covariance(candidate.positive, candidate.positive) / m +
        covariance(candidate.negative, candidate.negative) / n;
    const between = covariance(baseline.positive, candidate.positive) / m +
        covariance(baseline.negative, candidate.negative) / n;
    const delta = candidate.auc - baseline.auc;
    const variance = Math.max(varianceBaseline + varianceCandidate - 2 * between, 0);
    const standardError = Math.sqrt(variance);
    const statistic = standardError > 0 ? delta / standardError : delta === 0 ? 0 : Math.sign(delta) * Infinity;
    const margin = (0,normal/* normalQuantile */.Zl)(1 - (1 - level) / 2) * standardError;
    return {
        method: 'delong',
        baselineAuc: baseline.auc,
        candidateAuc: candidate.auc,
        delta,
        variance,
        standardError,
        statistic,
        pValue: standardError > 0 ? (0,normal/* normalTwoSidedPValue */.OA)(statistic) : delta === 0 ? 1 : 0,
        low: delta - margin,
        high: delta + margin,
        level,
        positives: m,
        negatives: n,
        covariance: { baseline: varianceBaseline, candidate: varianceCandidate, between }
    };
}
function structuralComponents(scores, positiveIndices, negativeIndices) {
    const m = positiveIndices.length;
    const n = negativeIndices.length;
    const positiveScores = Float64Array.from(positiveIndices, (i) => finiteScore(scores, i));
    const negativeScores = Float64Array.from(negativeIndices, (i) => finiteScore(scores, i));
    const combined = new Float64Array(m + n);
    combined.set(positiveScores, 0);
    combined.set(negativeScores, m);
    const rankAll = midranks(combined);
    const rankPositive = midranks(positiveScores);
    const rankNegative = midranks(negativeScores);
    const positive = new Float64Array(m);
    const negative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < m; i++) {
        const component = ((rankAll[i] ?? 0) - (rankPositive[i] ?? 0)) / n;
        positive[i] = component;
        sum += component;
    }
    for (let j = 0; j < n; j++) {
        negative[j] = 1 - ((rankAll[m + j] ?? 0) - (rankNegative[j] ?? 0)) / m;
    }
    return { auc: sum / m, positive, negative };
}
function finiteScore(scores, index) {
    const score = scores[index] ?? NaN;
    if (Number.isNaN(score))
        throw new RangeError(`score of sample ${index} is NaN`);
    return score;
}
function covariance(left, right) {
    const size = left.length;
    let leftMean = 0;
    let rightMean = 0;
    for (let i = 0; i < size; i++) {
        leftMean += left[i] ?? 0;
        rightMean += right[i] ?? 0;
    }
    leftMean /= size;
    rightMean /= size;
    let sum = 0;
    for (let i = 0; i < size; i++)
        sum += ((left[i] ?? 0) - leftMean) * ((right[i] ?? 0) - rightMean);
    return sum / (size - 1);
}

// EXTERNAL MODULE: ./packages/core/src/stats/incomplete-beta.ts
var incomplete_beta = __webpack_require__(40716);
;// CONCATENATED MODULE: ./packages/core/src/stats/mcnemar.ts


/**
 * McNemar's test of paired accuracy: do the two models err on different samples more often in one
 * direction than chance allows? Only the discordant samples matter (b = only the baseline right,
 * c = only the candidate right); under H0 each is a fair coin flip.
 *
 * - exact (b + c < 25 under 'auto'): two-sided binomial test, p = min(1, 2·P(X ≤ min(b, c))) with
 *   X ~ Binomial(b + c, ½); the statistic reported is min(b, c), as statsmodels does.
 * - chi-square: (|b − c| − 1)² / (b + c) with Edwards' continuity correction, p from χ²(1).
 *
 * The switch at 25 discordant pairs is the usual rule (e.g. statsmodels' documentation and
 * Fagerland et al. 2013, who show the corrected chi-square is conservative but adequate beyond it).
 * statsmodels.stats.contingency_tables.mcnemar gives the same numbers with exact=True / exact=False.
 */
const MCNEMAR_EXACT_BELOW = 25;
function mcnemarTest(pairs, options = {}) {
    const b = pairs.baselineOnlyCorrect;
    const c = pairs.candidateOnlyCorrect;
    if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
        throw new RangeError(`McNemar counts must be non-negative integers, got ${b} and ${c}`);
    }
    const discordant = b + c;
    const method = options.method ?? 'auto';
    const exact = method === 'exact' || (method === 'auto' && discordant < MCNEMAR_EXACT_BELOW);
    const delta = options.samples !== undefined && options.samples > 0 ? (c - b) / options.samples : undefined;
    const common = {
        baselineOnlyCorrect: b,
        candidateOnlyCorrect: c,
        ...(delta === undefined ? {} : { delta })
    };
    if (exact) {
        const smaller = Math.min(b, c);
        return {
            method: 'mcnemar-exact',
            statistic: smaller,
            pValue: Math.min(1, 2 * binomialHalfCdf(smaller, discordant)),
            ...common
        };
    }
    // Not clamped at b = c, matching R's mcnemar.test and statsmodels.
    const excess = Math.abs(b - c) - 1;
    const statistic = discordant > 0 ? (excess * excess) / discordant : 0;
    return {
        method: 'mcnemar-chi-square',
        statistic,
        // χ²(1) survival: P(Z² ≥ s) = erfc(√(s/2))
        pValue: (0,normal/* erfc */.Lr)(Math.sqrt(statistic / 2)),
        ...common
    };
}
/** P(X ≤ k) for X ~ Binomial(n, ½), via P(X ≤ k) = I_{1/2}(n − k, k + 1). */
function binomialHalfCdf(k, n) {
    if (k >= n)
        return 1;
    return (0,incomplete_beta/* regularizedIncompleteBeta */.Vt)(0.5, n - k, k + 1);
}

// EXTERNAL MODULE: ./packages/core/src/compare/direction.ts
var direction = __webpack_require__(65496);
// EXTERNAL MODULE: ./packages/core/src/stats/prediction-set.ts
var prediction_set = __webpack_require__(61053);
;// CONCATENATED MODULE: ./packages/core/src/stats/metric-statistic-names.ts


const AVERAGE_WORDS = new Set(['macro', 'weighted', 'micro']);
const COUNT_WORDS = new Set(['support', 'samples', 'count', 'num']);
function scoreOf(words) {
    const last = words.at(-1) ?? '';
    const previous = words.at(-2) ?? '';
    if (last === 'precision')
        return 'precision';
    if (last === 'recall' || last === 'sensitivity' || last === 'tpr')
        return 'recall';
    if (last === 'f1' || (last === 'score' && previous === 'f1'))
        return 'f1';
    return undefined;
}
function statisticForMetricName(name, context) {
    const words = (0,direction/* nameWords */.Lo)(name);
    const last = words.at(-1) ?? '';
    const previous = words.at(-2) ?? '';
    const has = (word) => words.includes(word);
    // neg_* are scikit-learn scorers' negated losses: a recomputed loss would have the wrong sign.
    if (COUNT_WORDS.has(last) || words.some((word) => /^top\d*$/.test(word)) || has('neg'))
        return undefined;
    const average = words.find((word) => AVERAGE_WORDS.has(word));
    if (last === 'accuracy' || last === 'acc') {
        if (has('balanced'))
            return 'macro-recall';
        return 'accuracy';
    }
    if (last === 'rate' && previous === 'error')
        return 'error-rate';
    if (last === 'auc' || last === 'auroc')
        return has('pr') || has('precision') ? undefined : 'roc-auc';
    if ((last === 'loss' && previous === 'log') || last === 'logloss')
        return 'log-loss';
    if (last === 'entropy' && previous === 'cross')
        return 'log-loss';
    if (has('brier'))
        return 'brier';
    if (last === 'mae' || (last === 'error' && previous === 'absolute'))
        return 'mae';
    if (last === 'rmse' || (last === 'error' && previous === 'squared' && has('root')))
        return 'rmse';
    if (last === 'mse' || (last === 'error' && previous === 'squared'))
        return 'mse';
    if (last === 'r2' || (last === 'score' && previous === 'r2'))
        return 'r2';
    if ((last === 'squared' && previous === 'r') || last === 'rsquared')
        return 'r2';
    // scikit-learn's scorer names put the average last: f1_macro, precision_weighted, recall_micro.
    const score = scoreOf(AVERAGE_WORDS.has(last) ? words.slice(0, -1) : words);
    if (score === undefined)
        return undefined;
    if (average !== undefined)
        return `${average}-${score}`;
    if (context.format === 'mwml-evaluation' && words[0] === 'overall')
        return `weighted-${score}`;
    return context.classes.length > 2 ? `macro-${score}` : score;
}
/** A group cell: the per-class statistic when the member names a class of the predictions. */
function statisticForGroupCell(member, field, context) {
    const className = (0,prediction_set/* canonicalClassName */.m)(member);
    if (!context.classes.includes(className))
        return undefined;
    const score = scoreOf((0,direction/* nameWords */.Lo)(field));
    return score === undefined ? undefined : `${score}[${className}]`;
}
const COUNT_STATISTIC = /^(?:accuracy|error-rate|(?:precision|recall|f1)(?:\[.*\])?|(?:macro|weighted|micro)-(?:precision|recall|f1))$/;
function isCountStatistic(id) {
    return COUNT_STATISTIC.test(id);
}
const SCORE_STATISTICS = ['roc-auc', 'log-loss', 'brier'];
const REGRESSION_STATISTICS = ['mae', 'mse', 'rmse', 'r2'];
function isStatisticId(id) {
    return (isCountStatistic(id) ||
        SCORE_STATISTICS.includes(id) ||
        REGRESSION_STATISTICS.includes(id));
}

;// CONCATENATED MODULE: ./packages/core/src/stats/paired-bootstrap.ts






function settingsOf(options) {
    return {
        ...(0,resampling_settings/* resamplingSettings */.KU)(options),
        interval: options.interval ?? 'percentile',
        keepDistribution: options.keepDistribution ?? false
    };
}
function bootstrapCountMetricDelta(contingency, metric, options = {}) {
    const settings = settingsOf(options);
    const total = contingency.total;
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const reduced = reduceForMetric(contingency, metric, options);
    const probabilities = reduced.counts.map((count) => count / total);
    const observed = reduced.evaluate(reduced.counts);
    const random = new SeededRandom(settings.seed);
    const counts = new Float64Array(reduced.counts.length);
    const deltas = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        sampleMultinomial(random, total, probabilities, counts);
        const pair = reduced.evaluate(counts);
        deltas[r] = pair.candidate - pair.baseline;
    }
    const jackknife = () => {
        const values = new Float64Array(reduced.counts.length);
        const leaveOneOut = Float64Array.from(reduced.counts);
        for (let cell = 0; cell < values.length; cell++) {
            if ((reduced.counts[cell] ?? 0) === 0)
                continue;
            leaveOneOut[cell] = (leaveOneOut[cell] ?? 0) - 1;
            const pair = reduced.evaluate(leaveOneOut);
            values[cell] = pair.candidate - pair.baseline;
            leaveOneOut[cell] = (leaveOneOut[cell] ?? 0) + 1;
        }
        return { values, weights: reduced.counts };
    };
    return summarise('paired-bootstrap-multinomial', metric, observed, observed.candidate - observed.baseline, deltas, settings, total, jackknife);
}
/** The O(n)-per-resample bootstrap of the same statistic: draw samples, then count cells. */
function bootstrapCountMetricDeltaBySample(classes, truth, baseline, candidate, metric, options = {}) {
    const settings = settingsOf(options);
    const contingency = contingencyFromClassIndices(classes, truth, baseline, candidate);
    const total = contingency.total;
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const reduced = reduceForMetric(contingency, metric, options);
    const originalCells = cellOfEachSample(contingency, truth, baseline, candidate);
    const reducedCellOfSample = originalCells.map((cell) => reduced.cellOfOriginal[cell] ?? 0);
    const observed = reduced.evaluate(reduced.counts);
    const random = new SeededRandom(settings.seed);
    const counts = new Float64Array(reduced.counts.length);
    const deltas = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        counts.fill(0);
        for (let draw = 0; draw < total; draw++) {
            const cell = reducedCellOfSample[random.nextInt(total)] ?? 0;
            counts[cell] = (counts[cell] ?? 0) + 1;
        }
        const pair = reduced.evaluate(counts);
        deltas[r] = pair.candidate - pair.baseline;
    }
    const jackknife = () => {
        throw new RangeError('the per-sample reference bootstrap computes percentile intervals only');
    };
    return summarise('paired-bootstrap', metric, observed, observed.candidate - observed.baseline, deltas, settings, total, jackknife);
}
/**
 * Paired bootstrap of the mean of a per-sample quantity (loss, squared error, latency): the delta
 * is mean(candidateᵢ − baselineᵢ). Generic, so O(n) per resample.
 */
function bootstrapMeanDelta(baselineValues, candidateValues, options = {}) {
    const settings = settingsOf(options);
    const total = baselineValues.length;
    if (candidateValues.length !== total) {
        throw new RangeError(`paired values differ in length: baseline ${total}, candidate ${candidateValues.length}`);
    }
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const differences = new Float64Array(total);
    let baselineSum = 0;
    let candidateSum = 0;
    let differenceSum = 0;
    for (let i = 0; i < total; i++) {
        const b = baselineValues[i] ?? NaN;
        const c = candidateValues[i] ?? NaN;
        if (!Number.isFinite(b) || !Number.isFinite(c)) {
            throw new RangeError(`per-sample value ${i} is not a finite number`);
        }
        baselineSum += b;
        candidateSum += c;
        differences[i] = c - b;
        differenceSum += c - b;
    }
    const observed = { baseline: baselineSum / total, candidate: candidateSum / total };
    const random = new stats_random/* SeededRandom */.A(settings.seed);
    const deltas = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        let sum = 0;
        for (let draw = 0; draw < total; draw++)
            sum += differences[random.nextInt(total)] ?? 0;
        deltas[r] = sum / total;
    }
    const jackknife = () => ({
        values: differences.map((difference) => (differenceSum - difference) / (total - 1)),
        weights: new Float64Array(total).fill(1)
    });
    const delta = differenceSum / total;
    return summarise('paired-bootstrap', 'mean', observed, delta, deltas, settings, total, jackknife);
}
function summarise(method, statistic, observed, delta, deltas, settings, samples, jackknife) {
    deltas.sort();
    const interval = settings.interval === 'bca' && samples > 1
        ? bcaInterval(deltas, delta, jackknife(), settings.level)
        : percentileInterval(deltas, settings.level);
    return {
        method,
        statistic,
        baseline: observed.baseline,
        candidate: observed.candidate,
        delta,
        low: interval.low,
        high: interval.high,
        level: settings.level,
        interval: interval.interval,
        resamples: settings.resamples,
        standardError: standardDeviation(deltas),
        seed: settings.seed,
        samples,
        ...(settings.keepDistribution ? { distribution: deltas } : {})
    };
}
function standardDeviation(values) {
    if (values.length < 2)
        return 0;
    let mean = 0;
    for (let i = 0; i < values.length; i++)
        mean += values[i] ?? 0;
    mean /= values.length;
    let squares = 0;
    for (let i = 0; i < values.length; i++) {
        const deviation = (values[i] ?? 0) - mean;
        squares += deviation * deviation;
    }
    return Math.sqrt(squares / (values.length - 1));
}

// EXTERNAL MODULE: ./packages/core/src/stats/paired-contingency.ts
var paired_contingency = __webpack_require__(58358);
// EXTERNAL MODULE: ./packages/core/src/stats/positive-class.ts
var positive_class = __webpack_require__(48647);
;// CONCATENATED MODULE: ./packages/core/src/stats/probability-losses.ts
/**
 * Per-sample losses of predicted probabilities, whose means are scikit-learn's log_loss and
 * brier_score_loss; a paired bootstrap of the mean difference then gives their statistics.
 * Rows of class scores are normalised to sum 1 and probabilities clipped to [ε, 1 − ε] with
 * ε = 2.22e-16 (float64 machine epsilon), as scikit-learn ≥ 1.5 does.
 * Undefined when the outputs hold no usable scores.
 */
const EPSILON = Number.EPSILON;
function clip(probability) {
    return Math.min(1 - EPSILON, Math.max(EPSILON, probability));
}
/** Probability of `className` for each sample, from class scores or the positive-class score. */
function probabilitiesOf(outputs, samples, className, positive) {
    const classScores = outputs.classScores;
    if (classScores !== undefined) {
        const width = classScores.classes.length;
        const column = new Map(classScores.classes.map((name, index) => [name, index]));
        const result = new Float64Array(samples);
        for (let i = 0; i < samples; i++) {
            let rowSum = 0;
            for (let j = 0; j < width; j++)
                rowSum += classScores.values[i * width + j] ?? 0;
            const at = column.get(className(i));
            const value = at === undefined ? 0 : (classScores.values[i * width + at] ?? 0);
            result[i] = rowSum > 0 ? value / rowSum : NaN;
        }
        return result;
    }
    if (outputs.scores !== undefined && positive !== undefined) {
        const scores = outputs.scores;
        return Float64Array.from({ length: samples }, (_, i) => className(i) === positive ? (scores[i] ?? NaN) : 1 - (scores[i] ?? NaN));
    }
    return undefined;
}
function perSampleLogLoss(labels, outputs, positive) {
    const p = probabilitiesOf(outputs, labels.length, (i) => labels[i] ?? '', positive);
    return p?.map((value) => -Math.log(clip(value)));
}
/** Binary only (scikit-learn's brier_score_loss): (p(positive) − [label is positive])². */
function perSampleBrier(labels, outputs, positive) {
    const p = probabilitiesOf(outputs, labels.length, () => positive, positive);
    return p?.map((value, i) => {
        const outcome = labels[i] === positive ? 1 : 0;
        return (value - outcome) * (value - outcome);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/stats/regression-bootstrap.ts



/**
 * Paired bootstrap over the residuals of two regression models on the same samples: MAE, MSE,
 * RMSE and R² (scikit-learn's r2_score: 1 − SSE/SST, SST around the resample's own mean) of both
 * models on each resample of the samples. O(n) per resample: these are not count metrics.
 */
const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2'];
function bootstrapRegressionMetrics(truth, baseline, candidate, options = {}) {
    const { resamples, level, seed } = (0,resampling_settings/* resamplingSettings */.KU)(options);
    const n = truth.length;
    if (baseline.length !== n || candidate.length !== n)
        throw new RangeError('paired regression outputs differ in length');
    if (n < 2)
        throw new RangeError('a regression bootstrap needs at least two paired samples');
    const metricsOf = (pick) => {
        let absB = 0;
        let absC = 0;
        let sqB = 0;
        let sqC = 0;
        let sum = 0;
        let sumSquares = 0;
        for (let draw = 0; draw < n; draw++) {
            const i = pick(draw);
            const y = truth[i] ?? 0;
            const eb = (baseline[i] ?? 0) - y;
            const ec = (candidate[i] ?? 0) - y;
            absB += Math.abs(eb);
            absC += Math.abs(ec);
            sqB += eb * eb;
            sqC += ec * ec;
            sum += y;
            sumSquares += y * y;
        }
        const sst = sumSquares - (sum * sum) / n;
        // scikit-learn: R² of a constant truth is 1 for a perfect fit, else 0.
        const r2 = (sse) => (sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0);
        return Float64Array.of(absB / n, absC / n, sqB / n, sqC / n, Math.sqrt(sqB / n), Math.sqrt(sqC / n), r2(sqB), r2(sqC));
    };
    const observed = metricsOf((draw) => draw);
    const random = new stats_random/* SeededRandom */.A(seed);
    const deltas = REGRESSION_METRICS.map(() => new Float64Array(resamples));
    for (let r = 0; r < resamples; r++) {
        const values = metricsOf(() => random.nextInt(n));
        REGRESSION_METRICS.forEach((_, m) => {
            const series = deltas[m];
            if (series)
                series[r] = (values[2 * m + 1] ?? 0) - (values[2 * m] ?? 0);
        });
    }
    const results = new Map();
    REGRESSION_METRICS.forEach((metric, m) => {
        results.set(metric, summariseDeltas('paired-bootstrap', metric, observed[2 * m] ?? 0, observed[2 * m + 1] ?? 0, deltas[m] ?? new Float64Array(0), { level, seed, samples: n }));
    });
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/prediction-statistics.ts












/**
 * `skip`: when given, a request the predictions cannot support (a ConfigurationError: no
 * labels, no scores, an unknown class) is passed to it and left out instead of thrown.
 */
function statisticsFromPredictions(aligned, requests, options = {}, skip) {
    const cache = new Map();
    const once = (key, compute) => {
        let value = cache.get(key);
        if (value === undefined) {
            value = compute();
            cache.set(key, value);
        }
        return value;
    };
    const results = new Map();
    for (const request of requests) {
        try {
            results.set(request.metric, statisticFor(request));
        }
        catch (error) {
            if (skip === undefined || !(error instanceof errors/* ConfigurationError */.j))
                throw error;
            skip(request, error);
        }
    }
    return results;
    function statisticFor(request) {
        const id = resolveBinaryShorthand(aligned, request);
        let result;
        if (isCountStatistic(id)) {
            result = once('count', () => countStatistics(aligned, request.metric, options)).get(id);
            if (result === undefined) {
                throw new errors/* ConfigurationError */.j(`statistics for '${request.metric}': '${id}' names a class that is in neither the labels nor the predictions`);
            }
        }
        else if (id === 'roc-auc') {
            result = aucStatistic(aligned, request, options);
        }
        else if (id === 'log-loss' || id === 'brier') {
            result = lossStatistic(aligned, request, id, options);
        }
        else if (id === 'mae' || id === 'mse' || id === 'rmse' || id === 'r2') {
            result = once('regression', () => regressionStatistics(aligned, request.metric, options)).get(id);
        }
        if (result === undefined)
            throw new errors/* ConfigurationError */.j(`statistics for '${request.metric}': unknown statistic '${id}'`);
        return result;
    }
}
function resolveBinaryShorthand(aligned, request) {
    const id = request.statistic;
    if (id !== 'precision' && id !== 'recall' && id !== 'f1')
        return id;
    const classes = classesOf(aligned);
    return `${id}[${(0,positive_class/* choosePositiveClass */.z)(classes, request.positiveClass)}]`;
}
function classesOf(aligned) {
    const classes = new Set(aligned.labels ?? []);
    for (const outputs of [aligned.baseline, aligned.candidate])
        for (const prediction of outputs.predictions ?? [])
            classes.add(prediction);
    return [...classes].sort();
}
function requireLabels(aligned, metric) {
    if (aligned.labels === undefined) {
        throw new errors/* ConfigurationError */.j(`statistics for '${metric}' need true labels, but neither ${aligned.sources.baseline} nor ${aligned.sources.candidate} has a label column`);
    }
    return aligned.labels;
}
function requirePredictions(aligned, metric) {
    const predictionsOf = (outputs, source) => {
        if (outputs.predictions === undefined) {
            throw new errors/* ConfigurationError */.j(`statistics for '${metric}' need predicted classes, but ${source} has no prediction or score_<class> column`);
        }
        return outputs.predictions;
    };
    return {
        baseline: predictionsOf(aligned.baseline, aligned.sources.baseline),
        candidate: predictionsOf(aligned.candidate, aligned.sources.candidate)
    };
}
function contingencyOf(aligned, metric) {
    const labels = requireLabels(aligned, metric);
    const predictions = requirePredictions(aligned, metric);
    return (0,paired_contingency/* contingencyFromLabels */.nM)(labels, predictions.baseline, predictions.candidate);
}
function countStatistics(aligned, metric, options) {
    const contingency = contingencyOf(aligned, metric);
    const report = bootstrapClassificationReport(contingency, {
        ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
        ...(options.level !== undefined ? { level: options.level } : {}),
        seed: options.seed ?? stats_random/* DEFAULT_SEED */.K
    });
    let baselineOnlyCorrect = 0;
    let candidateOnlyCorrect = 0;
    for (let cell = 0; cell < contingency.counts.length; cell++) {
        const truth = contingency.truth[cell];
        const baselineRight = contingency.baseline[cell] === truth;
        const candidateRight = contingency.candidate[cell] === truth;
        const count = contingency.counts[cell] ?? 0;
        if (baselineRight && !candidateRight)
            baselineOnlyCorrect += count;
        if (candidateRight && !baselineRight)
            candidateOnlyCorrect += count;
    }
    const mcnemar = mcnemarTest({ baselineOnlyCorrect, candidateOnlyCorrect }, { ...(options.mcnemar ? { method: options.mcnemar } : {}), samples: contingency.total });
    const results = new Map();
    for (const [id, delta] of report) {
        const exact = id === 'accuracy' || id === 'error-rate';
        results.set(id, {
            ...delta,
            ...(exact ? { method: `${delta.method} + ${mcnemar.method}`, pValue: mcnemar.pValue } : {})
        });
    }
    return results;
}
function regressionStatistics(aligned, metric, options) {
    const labels = requireLabels(aligned, metric);
    const predictions = requirePredictions(aligned, metric);
    const numbers = (values, source) => Float64Array.from(values, (value) => {
        const number = Number(value);
        if (value.trim() === '' || !Number.isFinite(number)) {
            throw new errors/* ConfigurationError */.j(`statistics for '${metric}' need numeric labels and predictions, but ${source} holds '${value}'`);
        }
        return number;
    });
    const results = bootstrapRegressionMetrics(numbers(labels, `${aligned.sources.baseline}/${aligned.sources.candidate} labels`), numbers(predictions.baseline, aligned.sources.baseline), numbers(predictions.candidate, aligned.sources.candidate), {
        ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
        ...(options.level !== undefined ? { level: options.level } : {}),
        seed: options.seed ?? stats_random/* DEFAULT_SEED */.K
    });
    return new Map([...results].map(([id, result]) => [id, result]));
}
function lossStatistic(aligned, request, id, options) {
    const labels = requireLabels(aligned, request.metric);
    const classes = classesOf(aligned);
    const positive = classes.length <= 2 || request.positiveClass !== undefined
        ? tryPositive(classes, request.positiveClass)
        : undefined;
    const lossesOf = (outputs, source) => {
        const losses = id === 'log-loss'
            ? perSampleLogLoss(labels, outputs, positive)
            : positive !== undefined
                ? perSampleBrier(labels, outputs, positive)
                : undefined;
        if (losses === undefined) {
            throw new errors/* ConfigurationError */.j(id === 'brier' && positive === undefined
                ? `Brier statistics for '${request.metric}' are binary only: name the positive class`
                : `${id} statistics for '${request.metric}' need probability scores (score or score_<class> columns) in ${source}`);
        }
        return losses;
    };
    const baseline = lossesOf(aligned.baseline, aligned.sources.baseline);
    const candidate = lossesOf(aligned.candidate, aligned.sources.candidate);
    const bootstrap = bootstrapMeanDelta(baseline, candidate, { ...options, keepDistribution: true });
    return summariseDeltas('paired-bootstrap', id, bootstrap.baseline, bootstrap.candidate, bootstrap.distribution ?? new Float64Array(0), { level: bootstrap.level, seed: bootstrap.seed, samples: bootstrap.samples });
}
function tryPositive(classes, named) {
    try {
        return (0,positive_class/* choosePositiveClass */.z)(classes, named);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j && named === undefined)
            return undefined;
        throw error;
    }
}
function aucStatistic(aligned, request, options) {
    const labels = requireLabels(aligned, request.metric);
    const classes = [...new Set(labels)];
    const positive = (0,positive_class/* choosePositiveClass */.z)(classes, request.positiveClass);
    const scoresOf = (outputs, source) => {
        if (outputs.scores !== undefined)
            return outputs.scores;
        const classScores = outputs.classScores;
        const column = classScores?.classes.indexOf(positive) ?? -1;
        if (classScores !== undefined && column >= 0) {
            const width = classScores.classes.length;
            return Float64Array.from({ length: labels.length }, (_, i) => classScores.values[i * width + column] ?? NaN);
        }
        throw new errors/* ConfigurationError */.j(`ROC AUC statistics for '${request.metric}' need a score (or score_${positive}) column in ${source}`);
    };
    const result = delongTest(labels.map((label) => label === positive), scoresOf(aligned.baseline, aligned.sources.baseline), scoresOf(aligned.candidate, aligned.sources.candidate), { ...(options.level === undefined ? {} : { level: options.level }) });
    return {
        method: result.method,
        statistic: 'roc-auc',
        baseline: result.baselineAuc,
        candidate: result.candidateAuc,
        delta: result.delta,
        low: result.low,
        high: result.high,
        level: result.level,
        pValue: result.pValue,
        ...(Number.isFinite(result.standardError) ? { standardError: result.standardError } : {}),
        samples: labels.length
    };
}

;// CONCATENATED MODULE: ./actions/compare-metrics/src/prediction-evidence.ts





async function predictionEvidence(request) {
    const read = async (path, input) => {
        const absolute = (0,external_node_path_.resolve)(request.cwd, path);
        const bytes = await (0,promises_.readFile)(absolute).catch((error) => {
            throw new errors/* ConfigurationError */.j(`${input} "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, input);
        });
        return (0,predictions_reader/* readPredictions */.R_)(new Uint8Array(bytes), path);
    };
    const aligned = alignPredictions(await read(request.baselinePath, 'baseline-predictions'), await read(request.candidatePath, 'candidate-predictions'));
    const options = {
        seed: request.seed ?? stats_random/* DEFAULT_SEED */.K,
        resamples: request.resamples,
        level: request.level
    };
    const skipped = [];
    const statistics = new Map();
    const keep = (results) => {
        for (const [metric, result] of results)
            statistics.set(metric, {
                ...result,
                recomputed: { baseline: result.baseline, candidate: result.candidate }
            });
    };
    if (request.explicit.length > 0) {
        keep(statisticsFromPredictions(aligned, parseStatisticRequests(request.explicit, request.positiveClass), options));
    }
    else {
        // Inferred statistics the files cannot support (no scores for AUC, no labels) are left out,
        // not errors: those metrics are labelled "no statistics" in the report.
        const inferred = inferStatisticRequests(request.candidate, { classes: prediction_evidence_classesOf(aligned), format: request.candidate.format }, request.positiveClass);
        keep(statisticsFromPredictions(aligned, inferred, options, (one, error) => skipped.push(`${one.metric}: ${error.message}`)));
    }
    return { statistics, samples: aligned.ids.length, skipped };
}
function parseStatisticRequests(entries, positiveClass) {
    return entries.map((entry) => {
        const at = entry.lastIndexOf('=');
        const metric = entry.slice(0, at).trim();
        const statistic = entry.slice(at + 1).trim();
        if (at <= 0 || !isStatisticId(statistic)) {
            throw new errors/* ConfigurationError */.j(`statistics: "${entry}" should be metric=statistic with statistic one of accuracy, error-rate, precision, recall, f1, precision[<class>], recall[<class>], f1[<class>], macro-|weighted-|micro-precision/recall/f1, roc-auc, log-loss, brier, mae, mse, rmse, r2`, 'statistics');
        }
        return { metric, statistic, ...(positiveClass ? { positiveClass } : {}) };
    });
}
function inferStatisticRequests(candidate, context, positiveClass) {
    const requests = [];
    const add = (metric, statistic) => {
        if (statistic)
            requests.push({ metric, statistic, ...(positiveClass ? { positiveClass } : {}) });
    };
    for (const metric of Object.keys(candidate.metrics))
        add(metric, statisticForMetricName(metric, context));
    for (const [groupName, group] of Object.entries(candidate.groups)) {
        for (const [member, row] of Object.entries(group.rows)) {
            for (const field of Object.keys(row))
                add((0,multi_run/* cellName */.I4)(groupName, member, field), statisticForGroupCell(member, field, context));
        }
    }
    return requests;
}
function prediction_evidence_classesOf(aligned) {
    const classes = new Set(aligned.labels ?? []);
    for (const prediction of aligned.candidate.predictions ?? [])
        classes.add(prediction);
    for (const prediction of aligned.baseline.predictions ?? [])
        classes.add(prediction);
    return [...classes];
}


/***/ }),

/***/ 40716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ incompleteBeta),
/* harmony export */   Vt: () => (/* binding */ regularizedIncompleteBeta)
/* harmony export */ });
/* unused harmony export complementedIncompleteBeta */
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99439);

/**
 * Regularized incomplete beta I_x(a, b) by its continued fraction (modified Lentz), evaluated on
 * whichever of I_x(a, b) and 1 − I_{1−x}(b, a) converges quickly: the fraction converges fast for
 * x < (a + 1) / (a + b + 2). The prefactor x^a (1 − x)^b / (a B(a, b)) is formed in log space.
 * Callers that know 1 − x more precisely than by subtraction (Student's t) pass both, because
 * with a = 5e5 an error of one ulp in ln x would already cost 1e-10 of relative accuracy.
 * Measured against mpmath: ~1e-15 relative for small shape parameters, ~2e-13 at the mean of
 * Beta(200, 200); see student-t.ts for the behaviour at very large a.
 */
const CONVERGED = 2.5e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;
function regularizedIncompleteBeta(x, a, b) {
    return incompleteBeta(x, 1 - x, a, b).value;
}
/** 1 − I_x(a, b) without cancellation when I_x(a, b) is close to 1. */
function complementedIncompleteBeta(x, a, b) {
    return incompleteBeta(x, 1 - x, a, b).complement;
}
/** I_x(a, b) and its complement, given x and y = 1 − x each computed as precisely as possible. */
function incompleteBeta(x, y, a, b) {
    if (!(a > 0 && b > 0) || Number.isNaN(x) || Number.isNaN(y)) {
        return { value: NaN, complement: NaN };
    }
    if (x <= 0)
        return { value: 0, complement: 1 };
    if (y <= 0)
        return { value: 1, complement: 0 };
    if (x < (a + 1) / (a + b + 2)) {
        const value = lowerTail(x, y, a, b);
        return { value, complement: 1 - value };
    }
    const complement = lowerTail(y, x, b, a);
    return { value: 1 - complement, complement };
}
function lowerTail(x, y, a, b) {
    const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
    const logPrefactor = a * logX + b * logY - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logBeta */ .ln)(a, b) - Math.log(a);
    return Math.exp(logPrefactor) * continuedFraction(x, y, a, b);
}
function continuedFraction(x, y, a, b) {
    let c = 1;
    // 1 − (a + b) x / (a + 1); near x = 1 the form in y = 1 − x avoids cancellation
    let d = x < 0.5 ? 1 - ((a + b) * x) / (a + 1) : (1 - b + (a + b) * y) / (a + 1);
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let result = d;
    for (let m = 1; m <= MAX_ITERATIONS; m++) {
        const twoM = 2 * m;
        const even = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
        d = 1 + even * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + even / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        result *= d * c;
        const odd = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
        d = 1 + odd * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + odd / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const step = d * c;
        result *= step;
        if (Math.abs(step - 1) < CONVERGED)
            return result;
    }
    return result;
}


/***/ }),

/***/ 99439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   kV: () => (/* binding */ logFactorial),
/* harmony export */   ln: () => (/* binding */ logBeta)
/* harmony export */ });
/**
 * ln Γ(x) for x > 0 by the Stirling series with Bernoulli-number terms up to B14, after shifting
 * x up to at least 10 with the recurrence Γ(x) = Γ(x + n) / (x (x + 1) … (x + n − 1)).
 * At x ≥ 10 the first omitted term is below 3e-17, so the result carries an absolute error of a
 * few ulps of ln Γ(x + n) (≈ 1e-15 for moderate x, relative 2e-16 for large x).
 */
const HALF_LOG_TWO_PI = 0.9189385332046728;
const SHIFT_THRESHOLD = 10;
function logGamma(x) {
    if (!(x > 0)) {
        if (x === 0)
            return Infinity;
        return NaN;
    }
    if (x === Infinity)
        return Infinity;
    let product = 1;
    let shifted = x;
    while (shifted < SHIFT_THRESHOLD) {
        product *= shifted;
        shifted += 1;
    }
    return stirling(shifted) - Math.log(product);
}
function stirling(x) {
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
}
/** ω(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], valid for x ≥ 10. */
function stirlingCorrection(x) {
    const inverse = 1 / x;
    const inverseSquared = inverse * inverse;
    return (inverse *
        (1 / 12 +
            inverseSquared *
                (-1 / 360 +
                    inverseSquared *
                        (1 / 1260 +
                            inverseSquared *
                                (-1 / 1680 +
                                    inverseSquared *
                                        (1 / 1188 + inverseSquared * (-691 / 360360 + inverseSquared / 156)))))));
}
const FACTORIAL_TABLE_SIZE = 1024;
const logFactorialTable = buildLogFactorialTable();
function buildLogFactorialTable() {
    const table = new Float64Array(FACTORIAL_TABLE_SIZE);
    for (let k = 0; k < FACTORIAL_TABLE_SIZE; k++)
        table[k] = logGamma(k + 1);
    return table;
}
/** ln k! for a non-negative integer k; a table lookup for k < 1024 because samplers call it in loops. */
function logFactorial(k) {
    if (k < FACTORIAL_TABLE_SIZE) {
        const cached = logFactorialTable[k];
        if (cached !== undefined)
            return cached;
    }
    // k + 1 > 10: logGamma would shift nothing and subtract ln 1; the series alone is the same value.
    return stirling(k + 1);
}
/**
 * ln B(a, b). When the larger argument is ≥ 10 the Stirling leading terms of ln Γ(a), ln Γ(b) and
 * ln Γ(a + b) are combined algebraically before evaluation, because subtracting three values of
 * size a ln a would lose about log10(a ln a) digits (1e-10 relative error at a = 1e6).
 */
function logBeta(a, b) {
    const large = Math.max(a, b);
    const small = Math.min(a, b);
    if (!(small > 0))
        return small === 0 ? Infinity : NaN;
    if (large < SHIFT_THRESHOLD)
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    const sum = large + small;
    const largeTerms = -(large - 0.5) * Math.log1p(small / large) + stirlingCorrection(large) - stirlingCorrection(sum);
    if (small < SHIFT_THRESHOLD) {
        return logGamma(small) + largeTerms - small * Math.log(sum) + small;
    }
    return (HALF_LOG_TWO_PI +
        largeTerms +
        (small - 0.5) * Math.log(small) -
        small * Math.log(sum) +
        stirlingCorrection(small));
}


/***/ }),

/***/ 58358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h2: () => (/* binding */ contingencyFromCells),
/* harmony export */   nM: () => (/* binding */ contingencyFromLabels)
/* harmony export */ });
/* unused harmony exports contingencyFromClassIndices, cellOfEachSample */
/** Build from class indices (fast path for large arrays, e.g. decoded .npy files). */
function contingencyFromClassIndices(classes, truth, baseline, candidate) {
    const size = truth.length;
    if (baseline.length !== size || candidate.length !== size) {
        throw new RangeError(`paired arrays differ in length: truth ${size}, baseline ${baseline.length}, candidate ${candidate.length}`);
    }
    const classCount = classes.length;
    const cellOfKey = new Map();
    const truthOfCell = [];
    const baselineOfCell = [];
    const candidateOfCell = [];
    const countOfCell = [];
    for (let i = 0; i < size; i++) {
        const t = truth[i] ?? 0;
        const b = baseline[i] ?? 0;
        const c = candidate[i] ?? 0;
        const key = (t * classCount + b) * classCount + c;
        const cell = cellOfKey.get(key);
        if (cell === undefined) {
            cellOfKey.set(key, countOfCell.length);
            truthOfCell.push(t);
            baselineOfCell.push(b);
            candidateOfCell.push(c);
            countOfCell.push(1);
        }
        else {
            countOfCell[cell] = (countOfCell[cell] ?? 0) + 1;
        }
    }
    return {
        classes,
        total: size,
        truth: Int32Array.from(truthOfCell),
        baseline: Int32Array.from(baselineOfCell),
        candidate: Int32Array.from(candidateOfCell),
        counts: Float64Array.from(countOfCell)
    };
}
/** Build from per-sample class names (labels and predictions of two aligned prediction sets). */
function contingencyFromLabels(truth, baseline, candidate) {
    const classes = [];
    const indexOf = new Map();
    const encode = (values) => {
        const encoded = new Int32Array(values.length);
        for (let i = 0; i < values.length; i++) {
            const value = values[i] ?? '';
            let index = indexOf.get(value);
            if (index === undefined) {
                index = classes.length;
                indexOf.set(value, index);
                classes.push(value);
            }
            encoded[i] = index;
        }
        return encoded;
    };
    const truthIndices = encode(truth);
    const baselineIndices = encode(baseline);
    const candidateIndices = encode(candidate);
    return contingencyFromClassIndices(classes, truthIndices, baselineIndices, candidateIndices);
}
/** Build from already-aggregated cells, e.g. counts published in a paper or kept from a report. */
function contingencyFromCells(cells) {
    const classes = [];
    const indexOf = new Map();
    const classIndex = (name) => {
        let index = indexOf.get(name);
        if (index === undefined) {
            index = classes.length;
            indexOf.set(name, index);
            classes.push(name);
        }
        return index;
    };
    const kept = cells.filter((cell) => cell.count > 0);
    for (const cell of kept) {
        if (!Number.isInteger(cell.count)) {
            throw new RangeError(`contingency counts must be whole numbers, got ${cell.count}`);
        }
    }
    return {
        classes,
        total: kept.reduce((sum, cell) => sum + cell.count, 0),
        truth: Int32Array.from(kept, (cell) => classIndex(cell.truth)),
        baseline: Int32Array.from(kept, (cell) => classIndex(cell.baseline)),
        candidate: Int32Array.from(kept, (cell) => classIndex(cell.candidate)),
        counts: Float64Array.from(kept, (cell) => cell.count)
    };
}
/** The contingency cell of every sample: what a per-sample bootstrap draws from. */
function cellOfEachSample(contingency, truth, baseline, candidate) {
    const classCount = contingency.classes.length;
    const cellOfKey = new Map();
    for (let cell = 0; cell < contingency.counts.length; cell++) {
        const key = ((contingency.truth[cell] ?? 0) * classCount + (contingency.baseline[cell] ?? 0)) *
            classCount +
            (contingency.candidate[cell] ?? 0);
        cellOfKey.set(key, cell);
    }
    const cells = new Int32Array(truth.length);
    for (let i = 0; i < truth.length; i++) {
        const key = ((truth[i] ?? 0) * classCount + (baseline[i] ?? 0)) * classCount + (candidate[i] ?? 0);
        const cell = cellOfKey.get(key);
        if (cell === undefined)
            throw new RangeError(`sample ${i} has no cell in this contingency`);
        cells[i] = cell;
    }
    return cells;
}


/***/ }),

/***/ 48647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ choosePositiveClass)
/* harmony export */ });
/* unused harmony export POSITIVE_CLASS_INPUT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Which class is "positive" for binary precision, recall, F1 and ROC AUC: the one named, or for
 * two-class problems the conventional one ('1' — which is also what true/True read as —, 'yes',
 * 'positive', 'pos'). Guessing between arbitrary names such as 'cat' and 'dog' would silently flip
 * the metric, so that is refused.
 */
const CONVENTIONAL_POSITIVES = ['1', 'yes', 'positive', 'pos'];
const POSITIVE_CLASS_INPUT = 'positive-class';
function choosePositiveClass(classes, named) {
    if (named !== undefined) {
        if (!classes.includes(named)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`positive class '${named}' does not occur in the labels or predictions (classes: ${preview(classes)})`, POSITIVE_CLASS_INPUT);
        }
        return named;
    }
    if (classes.length <= 2) {
        for (const conventional of CONVENTIONAL_POSITIVES) {
            const match = classes.find((name) => name.toLowerCase() === conventional);
            if (match !== undefined)
                return match;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`cannot tell which class is positive among ${preview(classes)}: name the positive class, or use a macro average for multiclass labels`, POSITIVE_CLASS_INPUT);
}
function preview(classes) {
    const shown = classes.slice(0, 10).map((name) => `'${name}'`);
    return classes.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}


/***/ }),

/***/ 81538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SeededRandom),
/* harmony export */   K: () => (/* binding */ DEFAULT_SEED)
/* harmony export */ });
/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021):
 * 128 bits of state, period 2^128 − 1, passes BigCrush, and needs only 32-bit integer
 * arithmetic, which JavaScript does natively through its 32-bit bitwise operators.
 * The state is seeded with SplitMix64, as the authors recommend, so that nearby seeds
 * (0, 1, 2 …) give unrelated streams.
 */
const DEFAULT_SEED = 20240601;
const TWO_POW_32 = 4294967296;
const TWO_POW_53_INVERSE = 1 / 9007199254740992;
class SeededRandom {
    // The state lives in a typed array: as plain fields, every 32-bit word above 2^30 is boxed into
    // a heap number on each store, and the garbage those draws leave cost 5× the arithmetic.
    state = new Uint32Array(4);
    constructor(seed = DEFAULT_SEED) {
        this.state.set(splitMix64Words(toSeedBigInt(seed), 4));
        this.avoidZeroState();
    }
    /** A generator with exactly this state (test vectors and reproducing a published stream). */
    static fromState(state) {
        const random = new SeededRandom(0);
        random.state.set(state.map((word) => word >>> 0));
        random.avoidZeroState();
        return random;
    }
    /** An all-zero state is the one fixed point of the generator; SplitMix64 cannot produce it, but a state restored by hand could. */
    avoidZeroState() {
        const state = this.state;
        if (((state[0] ?? 0) | (state[1] ?? 0) | (state[2] ?? 0) | (state[3] ?? 0)) === 0)
            state[0] = 1;
    }
    /** The next 32 random bits as an unsigned integer. */
    nextUint32() {
        // The multipliers are small, so the products stay below 2^53 and `>>> 0` reduces them
        // exactly mod 2^32: no Math.imul, which is a global lookup per call in sandboxed contexts
        // such as jest's, where it costs ~100× more.
        const state = this.state;
        const s0 = state[0] ?? 0;
        const s1 = state[1] ?? 0;
        const s2 = (state[2] ?? 0) ^ s0;
        const s3 = (state[3] ?? 0) ^ s1;
        const result = (rotateLeft((s1 * 5) >>> 0, 7) * 9) >>> 0;
        state[1] = s1 ^ s2;
        state[0] = s0 ^ s3;
        state[2] = s2 ^ (s1 << 9);
        state[3] = rotateLeft(s3, 11);
        return result;
    }
    /** Uniform on [0, 1) with the full 53-bit resolution of a double (two 32-bit draws). */
    nextDouble() {
        const high = this.nextUint32() >>> 5;
        const low = this.nextUint32() >>> 6;
        return (high * 67108864 + low) * TWO_POW_53_INVERSE;
    }
    /** Uniform integer in [0, bound) for bound ≤ 2^32: rejection of the top partial block removes modulo bias. */
    nextInt(bound) {
        if (!(bound >= 1 && bound <= TWO_POW_32 && Number.isInteger(bound))) {
            throw new RangeError(`nextInt bound must be an integer in [1, 2^32], got ${bound}`);
        }
        const limit = TWO_POW_32 - (TWO_POW_32 % bound);
        for (;;) {
            const value = this.nextUint32();
            if (value < limit)
                return value % bound;
        }
    }
}
function rotateLeft(value, bits) {
    return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
function toSeedBigInt(seed) {
    if (typeof seed === 'bigint')
        return BigInt.asUintN(64, seed);
    if (!Number.isSafeInteger(seed)) {
        throw new RangeError(`random seed must be a safe integer, got ${seed}`);
    }
    return BigInt.asUintN(64, BigInt(seed));
}
function splitMix64Words(seed, count) {
    const mask = (1n << 64n) - 1n;
    let state = seed;
    const words = [];
    while (words.length < count) {
        state = (state + 0x9e3779b97f4a7c15n) & mask;
        let z = state;
        z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
        z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
        z = z ^ (z >> 31n);
        words.push(Number(z & 0xffffffffn), Number(z >> 32n));
    }
    return words.slice(0, count);
}


/***/ }),

/***/ 23251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KU: () => (/* binding */ resamplingSettings),
/* harmony export */   bF: () => (/* binding */ confidenceLevel)
/* harmony export */ });
/* unused harmony exports DEFAULT_RESAMPLES, DEFAULT_LEVEL */
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81538);

const DEFAULT_RESAMPLES = 10_000;
const DEFAULT_LEVEL = 0.95;
/** A confidence level, 0.95 when absent; anything outside (0, 1) is a caller's bug. */
function confidenceLevel(level = DEFAULT_LEVEL) {
    if (!(level > 0 && level < 1)) {
        throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
    }
    return level;
}
/** What every bootstrap of this package is asked for, defaulted and checked in one place. */
function resamplingSettings(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`bootstrap resamples must be a positive integer, got ${resamples}`);
    }
    return {
        resamples,
        level: confidenceLevel(options.level),
        seed: options.seed ?? _random_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SEED */ .K
    };
}


/***/ })

};
;