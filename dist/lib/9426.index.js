"use strict";
exports.id = 9426;
exports.ids = [9426];
exports.modules = {

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


/***/ }),

/***/ 49426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  welchTTest: () => (/* binding */ welchTTest)
});

// EXTERNAL MODULE: ./packages/core/src/stats/resampling-settings.ts
var resampling_settings = __webpack_require__(23251);
// EXTERNAL MODULE: ./packages/core/src/stats/incomplete-beta.ts
var incomplete_beta = __webpack_require__(40716);
// EXTERNAL MODULE: ./packages/core/src/stats/log-gamma.ts
var log_gamma = __webpack_require__(99439);
// EXTERNAL MODULE: ./packages/core/src/stats/normal.ts
var normal = __webpack_require__(33342);
;// CONCATENATED MODULE: ./packages/core/src/stats/student-t.ts



/**
 * Student's t distribution with real degrees of freedom (Welch's df is rarely an integer).
 * P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2), with ν/(ν+t²) and its complement t²/(ν+t²) both formed
 * directly, so neither tail is computed as 1 − (something close to 1).
 * Measured against mpmath (50 digits): relative error ≤ 2e-14 for ν ≤ 1e3, 1e-13 at ν = 1e4 and
 * 3e-11 at ν = 1e6, where the continued fraction is evaluated near the mean of the beta
 * distribution. Beyond ν = 1e12 the normal distribution is used.
 */
const NORMAL_LIMIT_DF = 1e12;
function studentTTwoSidedPValue(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (!Number.isFinite(t))
        return 0;
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalTwoSidedPValue */.OA)(t);
    const squared = t * t;
    const total = df + squared;
    return (0,incomplete_beta/* incompleteBeta */.J7)(df / total, squared / total, df / 2, 0.5).value;
}
/** P(T ≤ t). */
function studentTCdf(t, df) {
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalCdf */.vr)(t);
    const halfTail = studentTTwoSidedPValue(t, df) / 2;
    return t > 0 ? 1 - halfTail : halfTail;
}
/** P(T > t), accurate in the upper tail. */
function studentTSurvival(t, df) {
    return studentTCdf(-t, df);
}
function studentTPdf(t, df) {
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalPdf */.E7)(t);
    const logDensity = (0,log_gamma/* logGamma */.SX)((df + 1) / 2) -
        (0,log_gamma/* logGamma */.SX)(df / 2) -
        0.5 * Math.log(df * Math.PI) -
        ((df + 1) / 2) * Math.log1p((t * t) / df);
    return Math.exp(logDensity);
}
/**
 * The t value with P(T ≤ t) = p. Newton steps on the upper tail, kept inside a bracket that
 * falls back to bisection, so heavy tails (ν = 1) cannot throw an iterate out of range.
 */
function studentTQuantile(p, df) {
    if (!(p >= 0 && p <= 1) || !(df > 0))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalQuantile */.Zl)(p);
    if (p < 0.5)
        return -upperQuantile(p, df);
    return upperQuantile(1 - p, df);
}
function upperQuantile(tail, df) {
    let t = Math.max(cornishFisherStart(tail, df), 1e-3);
    let low = 0;
    let high = Math.max(2 * t, 1);
    while (studentTSurvival(high, df) > tail) {
        low = high;
        high *= 2;
        if (!Number.isFinite(high))
            return Infinity;
    }
    for (let iteration = 0; iteration < 200; iteration++) {
        const excess = studentTSurvival(t, df) - tail;
        if (excess === 0)
            return t;
        if (excess > 0)
            low = t;
        else
            high = t;
        const density = studentTPdf(t, df);
        let next = density > 0 ? t + excess / density : NaN;
        if (!(next > low && next < high))
            next = (low + high) / 2;
        if (Math.abs(next - t) <= 4e-16 * Math.abs(next) || high - low <= 4e-16 * high)
            return next;
        t = next;
    }
    return t;
}
function cornishFisherStart(tail, df) {
    const z = -(0,normal/* normalQuantile */.Zl)(tail);
    const z3 = z * z * z;
    const z5 = z3 * z * z;
    return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

;// CONCATENATED MODULE: ./packages/core/src/stats/welch.ts


function welchTTest(baselineValues, candidateValues, options = {}) {
    const level = (0,resampling_settings/* confidenceLevel */.bF)(options.level);
    const baseline = moments(baselineValues, 'baseline');
    const candidate = moments(candidateValues, 'candidate');
    const delta = candidate.mean - baseline.mean;
    const baselineShare = baseline.variance / baseline.count;
    const candidateShare = candidate.variance / candidate.count;
    const squaredError = baselineShare + candidateShare;
    const standardError = Math.sqrt(squaredError);
    const common = {
        method: 'welch-t',
        baselineMean: baseline.mean,
        candidateMean: candidate.mean,
        baselineVariance: baseline.variance,
        candidateVariance: candidate.variance,
        baselineRuns: baseline.count,
        candidateRuns: candidate.count,
        delta,
        standardError,
        level
    };
    if (squaredError === 0) {
        return {
            ...common,
            statistic: delta === 0 ? 0 : Math.sign(delta) * Infinity,
            degreesOfFreedom: baseline.count + candidate.count - 2,
            pValue: delta === 0 ? 1 : 0,
            low: delta,
            high: delta,
            degenerate: true
        };
    }
    const degreesOfFreedom = (squaredError * squaredError) /
        ((baselineShare * baselineShare) / (baseline.count - 1) +
            (candidateShare * candidateShare) / (candidate.count - 1));
    const statistic = delta / standardError;
    const margin = studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
    return {
        ...common,
        statistic,
        degreesOfFreedom,
        pValue: studentTTwoSidedPValue(statistic, degreesOfFreedom),
        low: delta - margin,
        high: delta + margin,
        degenerate: false
    };
}
function moments(values, side) {
    const count = values.length;
    if (count < 2)
        throw new RangeError(`Welch's t-test needs at least 2 ${side} runs, got ${count}`);
    let mean = 0;
    for (let i = 0; i < count; i++) {
        const value = values[i] ?? NaN;
        if (!Number.isFinite(value))
            throw new RangeError(`${side} run ${i} is not a finite number`);
        mean += value;
    }
    mean /= count;
    let squares = 0;
    for (let i = 0; i < count; i++) {
        const deviation = (values[i] ?? 0) - mean;
        squares += deviation * deviation;
    }
    return { count, mean, variance: squares / (count - 1) };
}


/***/ })

};
;