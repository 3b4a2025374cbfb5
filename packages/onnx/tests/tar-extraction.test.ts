import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { lstatSync, readdirSync } from 'node:fs'
import { mkdir, readFile, symlink, writeFile, link } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { tarExtractor } from '../src/tar-extraction.js'
import { scratchDirectory } from './support/onnx-models.js'

// Archives made by GNU tar, the tool a hostile mirror would use, so the entries are real ustar/GNU
// headers (absolute names with -P, symbolic and hard links, names renamed with --transform).
function gnuTar(cwd: string, args: readonly string[]): Buffer {
  return execFileSync('tar', ['-cz', '-f', '-', ...args], { cwd, maxBuffer: 1 << 24 })
}

async function extract(archive: Buffer) {
  const destination = await scratchDirectory('tar-into')
  const extractor = tarExtractor(destination, () => true)
  await pipeline(Readable.from([archive]), createGunzip(), extractor)
  return { destination, files: (await extractor.extraction).files }
}

/** A folder outside the destination, with a file an escaping entry would overwrite. */
async function outside(): Promise<{ directory: string; victim: string }> {
  const directory = await scratchDirectory('tar-outside')
  const victim = join(directory, 'victim.txt')
  await writeFile(victim, 'untouched')
  return { directory, victim }
}

describe('tarExtractor on hostile archives (the onnxruntime install from a registry mirror)', () => {
  it('refuses an absolute path', async () => {
    const { directory, victim } = await outside()
    const archive = gnuTar(directory, ['-P', victim])
    expect(execFileSync('tar', ['-tzf', '-'], { input: archive }).toString()).toContain(
      `${victim}\n`
    )
    await expect(extract(archive)).rejects.toThrow(`the archive holds an unsafe path "${victim}"`)
    expect(await readFile(victim, 'utf8')).toBe('untouched')
  })

  it('refuses a path that climbs out with ..', async () => {
    const { directory, victim } = await outside()
    const source = await scratchDirectory('tar-source')
    await writeFile(join(source, 'evil.txt'), 'overwritten')
    const climb = `package/../../${directory.split('/').at(-1)}/victim.txt`
    const archive = gnuTar(source, ['-P', '--transform', `s,^evil.txt,${climb},`, 'evil.txt'])
    await expect(extract(archive)).rejects.toThrow(`the archive holds an unsafe path "${climb}"`)
    expect(await readFile(victim, 'utf8')).toBe('untouched')
  })

  it('never creates a symbolic link, so a file behind one stays inside the destination', async () => {
    const { directory, victim } = await outside()
    const source = await scratchDirectory('tar-source')
    await mkdir(join(source, 'package'))
    await symlink(directory, join(source, 'package', 'escape'))
    await writeFile(join(source, 'evil.txt'), 'overwritten')
    const archive = gnuTar(source, [
      '--transform',
      's,^evil.txt,package/escape/victim.txt,',
      'package/escape',
      'evil.txt'
    ])
    const { destination, files } = await extract(archive)
    expect(files).toEqual(['escape/victim.txt'])
    expect(lstatSync(join(destination, 'escape')).isSymbolicLink()).toBe(false)
    expect(await readFile(join(destination, 'escape', 'victim.txt'), 'utf8')).toBe('overwritten')
    expect(await readFile(victim, 'utf8')).toBe('untouched')
  })

  it('never creates a hard link to a file outside', async () => {
    const { directory, victim } = await outside()
    await mkdir(join(directory, 'package'))
    await link(victim, join(directory, 'package', 'hard.txt'))
    // The regular entry is renamed into the package; the link entry keeps its absolute target.
    const archive = gnuTar(directory, [
      '-P',
      '--transform',
      's,^/.*victim.txt$,package/real.txt,rH',
      victim,
      'package/hard.txt'
    ])
    expect(execFileSync('tar', ['-tvzf', '-'], { input: archive }).toString()).toMatch(
      /^h.* package\/hard.txt link to /m
    )
    const { destination, files } = await extract(archive)
    expect(files).toEqual(['real.txt'])
    expect(readdirSync(destination)).toEqual(['real.txt'])
    expect(lstatSync(join(destination, 'real.txt')).nlink).toBe(1)
    expect(await readFile(victim, 'utf8')).toBe('untouched')
  })
})
