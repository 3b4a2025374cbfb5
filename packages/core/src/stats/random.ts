/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021):
 * 128 bits of state, period 2^128 − 1, passes BigCrush, and needs only 32-bit integer
 * arithmetic, which JavaScript does natively through its 32-bit bitwise operators.
 * The state is seeded with SplitMix64, as the authors recommend, so that nearby seeds
 * (0, 1, 2 …) give unrelated streams.
 */
export const DEFAULT_SEED = 20240601

const TWO_POW_32 = 4294967296
const TWO_POW_53_INVERSE = 1 / 9007199254740992

export class SeededRandom {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: number | bigint = DEFAULT_SEED) {
    const words = splitMix64Words(toSeedBigInt(seed), 4)
    this.s0 = words[0] ?? 0
    this.s1 = words[1] ?? 0
    this.s2 = words[2] ?? 0
    this.s3 = words[3] ?? 0
    // An all-zero state is the one fixed point of the generator; SplitMix64 cannot produce it,
    // but a state restored by hand could.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1
  }

  /** A generator with exactly this state (test vectors and reproducing a published stream). */
  static fromState(state: readonly [number, number, number, number]): SeededRandom {
    const random = new SeededRandom(0)
    random.s0 = state[0] >>> 0
    random.s1 = state[1] >>> 0
    random.s2 = state[2] >>> 0
    random.s3 = state[3] >>> 0
    return random
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    // The multipliers are small, so the products stay below 2^53 and `>>> 0` reduces them
    // exactly mod 2^32: no Math.imul, which is a global lookup per call in sandboxed contexts
    // such as jest's, where it costs ~100× more.
    const result = (rotateLeft((this.s1 * 5) >>> 0, 7) * 9) >>> 0
    const shifted = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= shifted
    this.s3 = rotateLeft(this.s3, 11)
    return result
  }

  /** Uniform on [0, 1) with the full 53-bit resolution of a double (two 32-bit draws). */
  nextDouble(): number {
    const high = this.nextUint32() >>> 5
    const low = this.nextUint32() >>> 6
    return (high * 67108864 + low) * TWO_POW_53_INVERSE
  }

  /** Uniform integer in [0, bound) for bound ≤ 2^32: rejection of the top partial block removes modulo bias. */
  nextInt(bound: number): number {
    if (!(bound >= 1 && bound <= TWO_POW_32 && Number.isInteger(bound))) {
      throw new RangeError(`nextInt bound must be an integer in [1, 2^32], got ${bound}`)
    }
    const limit = TWO_POW_32 - (TWO_POW_32 % bound)
    for (;;) {
      const value = this.nextUint32()
      if (value < limit) return value % bound
    }
  }
}

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0
}

function toSeedBigInt(seed: number | bigint): bigint {
  if (typeof seed === 'bigint') return BigInt.asUintN(64, seed)
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`random seed must be a safe integer, got ${seed}`)
  }
  return BigInt.asUintN(64, BigInt(seed))
}

function splitMix64Words(seed: bigint, count: number): number[] {
  const mask = (1n << 64n) - 1n
  let state = seed
  const words: number[] = []
  while (words.length < count) {
    state = (state + 0x9e3779b97f4a7c15n) & mask
    let z = state
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask
    z = z ^ (z >> 31n)
    words.push(Number(z & 0xffffffffn), Number(z >> 32n))
  }
  return words.slice(0, count)
}
