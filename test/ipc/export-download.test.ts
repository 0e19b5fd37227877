import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { ExportOutcome } from '../../src/shared/model/exports'
import type { InvokeReply } from '../../src/shared/ipc/contract'
import { startWebHost, type WebHost } from '../../src/main/web/web-host'
import { trainedLab, type TrainedLab } from './support/trained-lab'

const TOKEN = 'download-test-token'

/** One call over the browser-mode WebSocket, as the renderer makes it. */
async function invokeOverSocket(
  host: WebHost,
  channel: string,
  request: unknown
): Promise<InvokeReply<'runs:export'>> {
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=${TOKEN}`)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  const reply = new Promise<InvokeReply<'runs:export'>>((resolve) =>
    socket.once('message', (data) => resolve(JSON.parse(data.toString()).reply))
  )
  socket.send(JSON.stringify({ id: 1, channel, request }))
  try {
    return await reply
  } finally {
    socket.close()
  }
}

/** Browser mode: runs:export writes under the home's exports/ and the host offers a zip. */
describe('export download (browser mode)', () => {
  let trained: TrainedLab
  let host: WebHost
  let outcome: ExportOutcome
  const address = (path: string) => `http://127.0.0.1:${host.port}${path}`

  beforeAll(async () => {
    trained = await trainedLab()
    const runId = await trained.train({ hidden: [4], epochs: 3, name: 'zip me' })
    host = await startWebHost({
      lab: trained.lab,
      rendererDir: trained.home,
      resourcesDir: 'resources',
      version: 'test',
      token: TOKEN
    })
    const reply = await invokeOverSocket(host, 'runs:export', { runId, format: 'numpy' })
    if (!reply.ok) throw new Error(reply.error.message)
    outcome = reply.value!
  })
  afterAll(async () => {
    await host.close()
    trained.close()
  })

  it("writes the export in its own folder under the home's exports/", () => {
    expect(outcome.folder.startsWith(join(trained.home, 'exports') + '/')).toBe(true)
    expect(outcome.folder.endsWith('/zip me-numpy')).toBe(true)
    expect(outcome.download).toMatch(/^\/download\/[0-9a-f-]{36}\.zip$/)
    expect(readdirSync(outcome.folder).sort()).toEqual([...outcome.files].sort())
  })

  it('refuses the download without the token', async () => {
    const response = await fetch(address(outcome.download!))
    expect(response.status).toBe(403)
    const wrong = await fetch(address(outcome.download!), {
      headers: { cookie: `backprop_lab_token_${host.port}=guess` }
    })
    expect(wrong.status).toBe(403)
  })

  it('with the token cookie, gives a zip that unzips to the same files', async () => {
    const response = await fetch(address(outcome.download!), {
      headers: { cookie: `backprop_lab_token_${host.port}=${TOKEN}` }
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toContain('filename="zip me-numpy.zip"')
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()))
    expect(Object.keys(entries).sort()).toEqual(
      outcome.files.map((file) => `zip me-numpy/${file}`).sort()
    )
    for (const file of outcome.files) {
      expect(
        Buffer.from(entries[`zip me-numpy/${file}`]).equals(
          readFileSync(join(outcome.folder, file))
        )
      ).toBe(true)
    }
  })

  it('answers 404 for an unknown export and for paths that try to leave exports/', async () => {
    const cookie = { cookie: `backprop_lab_token_${host.port}=${TOKEN}` }
    for (const path of [
      '/download/00000000-0000-0000-0000-000000000000.zip',
      '/download/..%2F..%2Flab.zip',
      '/download/x.zip'
    ]) {
      expect((await fetch(address(path), { headers: cookie })).status).toBe(404)
    }
  })
})
