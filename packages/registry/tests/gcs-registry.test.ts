import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { probeConditionalWrites } from '../src/conditional-write-probe.js'
import { GCS_XML_ENDPOINT, gcsStoreOptions, parseGcsUri } from '../src/gcs-location.js'
import { ModelRegistry } from '../src/model-registry.js'
import { openStore } from '../src/store-uri.js'
import {
  startS3TestServer,
  TEST_BUCKET,
  TEST_CREDENTIALS,
  uniquePrefix,
  type S3TestServer
} from './support/s3-test-server.js'

describe('gs:// registry URI', () => {
  test('maps onto the XML API: endpoint, signing region, path style, required checksums only', () => {
    expect(parseGcsUri('gs://models/team/registry/')).toEqual({
      bucket: 'models',
      prefix: 'team/registry'
    })
    expect(parseGcsUri('gs://models')).toEqual({ bucket: 'models', prefix: '' })
    expect(() => parseGcsUri('gs://')).toThrow(ConfigurationError)
    expect(gcsStoreOptions()).toEqual({
      endpoint: 'https://storage.googleapis.com',
      region: 'auto',
      forcePathStyle: true,
      checksumMode: 'when_required'
    })
    // s3-endpoint / s3-region / s3-path-style still win (a private endpoint, an emulator).
    expect(
      gcsStoreOptions({
        endpoint: 'http://127.0.0.1:4443',
        region: 'europe-west4',
        forcePathStyle: false
      })
    ).toMatchObject({
      endpoint: 'http://127.0.0.1:4443',
      region: 'europe-west4',
      forcePathStyle: false
    })
    expect(GCS_XML_ENDPOINT).toBe('https://storage.googleapis.com')
  })

  test('messages name the gs:// location, and a bare gs: or another scheme is refused', () => {
    expect(openStore('gs://models/registry').location).toBe('gs://models/registry')
    expect(() => openStore('gcs://models')).toThrow(/gs:\/\/bucket\/prefix/)
  })
})

describe('gs:// registry on s3rver (the endpoint pointed at loopback)', () => {
  let server: S3TestServer
  beforeAll(async () => {
    server = await startS3TestServer()
  })
  afterAll(() => server.close())

  const open = (endpoint: string, prefix: string, allowUnsafeAliases = false) =>
    new ModelRegistry(
      openStore(`gs://${TEST_BUCKET}/${prefix}`, {
        s3: { endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
      }),
      { allowUnsafeAliases }
    )

  test('registers, promotes and resolves through the mapping where create-only writes hold', async () => {
    const prefix = uniquePrefix('gcs')
    const registry = open(server.proxiedEndpoint, prefix)
    expect(registry.location).toBe(`gs://${TEST_BUCKET}/${prefix}`)
    expect(await probeConditionalWrites(registry.store)).toMatchObject({
      honoursPreconditions: true
    })
    const { manifest } = await registry.register('m', [{ name: 'model.onnx', content: 'w1' }])
    expect(
      await registry.promote('m', 'production', manifest.version, { expect: null })
    ).toMatchObject({ version: 1 })
    expect((await registry.resolve('m@production')).version).toBe(1)
  })

  test('the probe decides: where create-only writes are ignored, alias moves are refused', async () => {
    const registry = open(server.directEndpoint, uniquePrefix('gcs-unsafe'))
    await registry.register('m', [{ name: 'model.onnx', content: 'w1' }])
    const refusal = await registry.promote('m', 'production', 1).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ConfigurationError)
    expect((refusal as Error).message).toContain(`gs://${TEST_BUCKET}/`)
  })
})
