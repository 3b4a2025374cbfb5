import fc from 'fast-check'

/**
 * Bytes a hostile or broken writer could leave: either anything at all, or a valid file with a few
 * bytes overwritten, inserted or cut off, which reaches far deeper into a parser than noise does.
 */
export function hostileBytes(...validFiles: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const edits = fc.array(
    fc.record({
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      kind: fc.constantFrom('set', 'insert', 'delete')
    }),
    { maxLength: 6 }
  )
  const mutated = fc
    .tuple(fc.constantFrom(...validFiles), edits, fc.option(fc.nat(), { nil: undefined }))
    .map(([file, changes, cut]) => {
      const bytes = [...file]
      for (const { at, byte, kind } of changes) {
        const index = bytes.length === 0 ? 0 : at % bytes.length
        if (kind === 'set') bytes[index] = byte
        else if (kind === 'insert') bytes.splice(index, 0, byte)
        else bytes.splice(index, 1)
      }
      const kept = cut === undefined ? bytes : bytes.slice(0, cut % (bytes.length + 1))
      return Uint8Array.from(kept)
    })
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }) },
    { weight: 3, arbitrary: mutated }
  )
}

/** A parser may return or throw one of the errors it names; anything else (TypeError, RangeError) is a bug. */
export async function outcomeOf(
  read: () => unknown,
  named: ReadonlyArray<new (...args: never[]) => Error>
): Promise<'result' | 'named error'> {
  try {
    await read()
    return 'result'
  } catch (error) {
    if (named.some((kind) => error instanceof kind)) return 'named error'
    throw error
  }
}
