import { describe, expect, it } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConcurrencyError, ModelRegistry } from '../src/index.js'

describe('rollback with expect', () => {
  it('refuses to roll back over a move it did not see', async () => {
    const registry = ModelRegistry.open(await mkdtemp(join(tmpdir(), 'rollback-expect-')))
    for (const content of ['one', 'two', 'three']) {
      await registry.register('m', [{ name: 'w.bin', content }])
    }
    await registry.promote('m', 'prod', 1, { expect: null })
    await registry.promote('m', 'prod', 2, { expect: 1 })
    await registry.promote('m', 'prod', 3, { expect: 2 })

    const stale = registry.rollback('m', 'prod', { to: 1, expect: 2 })
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError)
    await expect(stale).rejects.toMatchObject({ expected: 2, actual: 3 })

    const entry = await registry.rollback('m', 'prod', { to: 1, expect: 3 })
    expect(entry).toMatchObject({ action: 'rollback', version: 1, previousVersion: 3 })
  })
})
