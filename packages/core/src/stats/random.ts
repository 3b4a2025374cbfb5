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
  // The state lives in a typed array: as plain fields, every 32-bit word above 2^30 is boxed into
  // a heap number on each store, and the garbage those draws leave cost 5× the arithmetic.
  private readonly state = new Uint32Array(4)

  constructor(seed: number | bigint = DEFAULT_SEED) {
    this.state.set(splitMix64Words(toSeedBigInt(seed), 4))
    this.avoidZeroState()
  }

  /** A generator with exactly this state (test vectors and reproducing a published stream). */
  static fromState(state: readonly [number, number, number, number]): SeededRandom {
    const random = new SeededRandom(0)
    random.state.set(state.map((word) => word >>> 0))
    random.avoidZeroState()
    return random
  }

  /** An all-zero state is the one fixed point of the generator; SplitMix64 cannot produce it, but a state restored by hand could. */
  private avoidZeroState(): void {
    const state = this.state
    if (((state[0] ?? 0) | (state[1] ?? 0) | (state[2] ?? 0) | (state[3] ?? 0)) === 0) state[0] = 1
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    // The multipliers are small, so the products stay below 2^53 and `>>> 0` reduces them
    // exactly mod 2^32: no Math.imul, which is a global lookup per call in sandboxed contexts
    // such as jest's, where it costs ~100× more.
    const state = this.state
    const s0 = state[0] ?? 0
    const s1 = state[1] ?? 0
    const s2 = (state[2] ?? 0) ^ s0
    const s3 = (state[3] ?? 0) ^ s1
    const result = (rotateLeft((s1 * 5) >>> 0, 7) * 9) >>> 0
    state[1] = s1 ^ s2
    state[0] = s0 ^ s3
    state[2] = s2 ^ (s1 << 9)
    state[3] = rotateLeft(s3, 11)
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
