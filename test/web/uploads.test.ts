import { existsSync, readdirSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { overrideLimit } from '../../src/shared/limits'
import { RawSocket } from './support/raw-socket'
import { startTestHost, TOKEN, type TestHost } from './support/test-host'

const IRIS =
  'sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,versicolor\n6.3,6.0,virginica\n4.9,1.4,setosa\n'

/** A PUT of `chunks` to /upload/…, chunked (no content-length) unless `length` is given. */
function put(
  port: number,
  path: string,
  chunks: Buffer[],
  options: { length?: number; abortAfter?: number } = {}
): Promise<{ status: number; body: string } | 'aborted'> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = {
      cookie: `backprop_lab_token_${port}=${TOKEN}`
    }
    if (options.length !== undefined) headers['content-length'] = options.length
    const call = request({ port, host: '127.0.0.1', path, method: 'PUT', headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (text) => (body += text))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    call.on('error', () => resolve('aborted'))
    let sent = 0
    for (const chunk of chunks) {
      if (options.abortAfter !== undefined && sent >= options.abortAfter) {
        // Cut off once the host has had time to start writing what came.
        setTimeout(() => {
          call.destroy()
          resolve('aborted')
        }, 300)
        return
      }
      call.write(chunk)
      sent += chunk.length
    }
    call.end()
  })
}

/** The HTTP status of an upload's answer (0: the connection was cut). */
function statusOf(answer: Awaited<ReturnType<typeof put>>): number {
  return answer === 'aborted' ? 0 : answer.status
}

describe('browser-mode uploads', () => {
  let context: TestHost
  let socket: RawSocket
  let nextId = 1
  const call = async (channel: string, request?: unknown) =>
    (
      (await socket.call(nextId++, channel, request)) as {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies of any channel
        reply: { ok: boolean; value?: any; error?: { message: string } }
      }
    ).reply

  beforeAll(async () => {
    context = await startTestHost()
    socket = (await RawSocket.open(context.host.port, { token: TOKEN })).socket
  })
  afterAll(async () => {
    socket.destroy()
    await context.close()
  })
  afterEach(() => {
    overrideLimit('uploadFileBytes', null)
    overrideLimit('uploadsFolderBytes', null)
  })

  const newUpload = async () =>
    (await call('uploads:create')).value as { uploadId: string; folder: string }
  const files = (folder: string) =>
    existsSync(folder) ? readdirSync(folder, { recursive: true }) : []

  it('holds the size limit for a chunked body too, and keeps nothing of it', async () => {
    overrideLimit('uploadFileBytes', 1024 * 1024)
    const { uploadId, folder } = await newUpload()
    const chunks = Array.from({ length: 48 }, () => Buffer.alloc(64 * 1024, 0x61))
    const answer = await put(context.host.port, `/upload/${uploadId}/big.csv`, chunks)
    expect(answer).toEqual({
      status: 413,
      body: "big.csv: over the lab's limit of 1 MiB per uploaded file (set BACKPROP_LAB_MAX_UPLOAD_BYTES to raise it)"
    })
    expect(files(folder)).toEqual([])
    // An announced length over the limit is refused before any byte is read.
    const announced = await put(context.host.port, `/upload/${uploadId}/big.csv`, [], {
      length: 2 * 1024 * 1024
    })
    expect(announced).toMatchObject({ status: 413 })
    expect((await call('app:info')).ok).toBe(true)
  })

  it('leaves no partial file when the upload is cut off', async () => {
    const { uploadId, folder } = await newUpload()
    const chunks = Array.from({ length: 16 }, () => Buffer.alloc(64 * 1024, 0x62))
    const answer = await put(context.host.port, `/upload/${uploadId}/cut.csv`, chunks, {
      length: 16 * 64 * 1024,
      abortAfter: 4 * 64 * 1024
    })
    expect(answer).toBe('aborted')
    for (let wait = 0; wait < 200 && files(folder).length > 0; wait++) await sleep(50)
    expect(files(folder)).toEqual([])
    expect((await call('app:info')).ok).toBe(true)
  })

  it('removes an upload once it is imported, unless it is a CSV dataset’s source', async () => {
    const port = context.host.port
    const images = await newUpload()
    const bad = [Buffer.from('just one line\n')]
    expect(statusOf(await put(port, `/upload/${images.uploadId}/bad.csv`, bad))).toBe(204)
    const failed = await call('datasets:import', {
      importId: 'bad',
      path: join(images.folder, 'bad.csv')
    })
    expect(failed.ok).toBe(false)
    expect(existsSync(images.folder)).toBe(false)

    const csv = await newUpload()
    expect(statusOf(await put(port, `/upload/${csv.uploadId}/iris.csv`, [Buffer.from(IRIS)]))).toBe(
      204
    )
    const imported = await call('datasets:import', {
      importId: 'iris',
      path: join(csv.folder, 'iris.csv')
    })
    expect(imported.ok).toBe(true)
    expect(files(csv.folder)).toEqual(['iris.csv'])
    const columns = await call('datasets:columns', { datasetId: imported.value.dataset.datasetId })
    expect(columns.value.map((column: { name: string }) => column.name)).toEqual([
      'sepal',
      'petal',
      'species'
    ])

    // The same file again is the same dataset: this second upload is not its source.
    const again = await newUpload()
    expect(
      statusOf(await put(port, `/upload/${again.uploadId}/iris.csv`, [Buffer.from(IRIS)]))
    ).toBe(204)
    const reused = await call('datasets:import', {
      importId: 'again',
      path: join(again.folder, 'iris.csv')
    })
    expect(reused.value.reused).toBe(true)
    expect(existsSync(again.folder)).toBe(false)
  })

  it('bounds what the uploads folder holds at once', async () => {
    overrideLimit('uploadsFolderBytes', 200 * 1024)
    const port = context.host.port
    const first = await newUpload()
    const block = [Buffer.alloc(150 * 1024, 0x63)]
    expect(statusOf(await put(port, `/upload/${first.uploadId}/a.csv`, block))).toBe(204)
    const second = await newUpload()
    const refused = await put(port, `/upload/${second.uploadId}/b.csv`, block)
    expect(refused).toMatchObject({ status: 413 })
    if (refused !== 'aborted')
      expect(refused.body).toMatch(
        /^b\.csv: .*over the lab's limit of 200 KiB of uploads waiting to be imported \(set BACKPROP_LAB_MAX_UPLOADS_BYTES to raise it\)$/
      )
    expect(files(second.folder)).toEqual([])
    // Once the first is imported (here: refused, so removed), there is room again.
    await call('datasets:import', { importId: 'a', path: join(first.folder, 'a.csv') })
    expect(statusOf(await put(port, `/upload/${second.uploadId}/b.csv`, block))).toBe(204)
  })
})
