import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RawSocket } from './support/raw-socket'
import { startTestHost, TOKEN, type TestHost } from './support/test-host'

/** The status of a WebSocket upgrade sent with these credentials and Origin. */
async function upgradeStatus(
  port: number,
  options: { token?: string; origin?: string | null; cookie?: string }
): Promise<number> {
  const { socket, status } = await RawSocket.open(port, options)
  socket.destroy()
  return status
}

describe('browser mode: no other page gets in', () => {
  let first: TestHost
  let second: TestHost

  beforeAll(async () => {
    first = await startTestHost()
    second = await startTestHost()
  })
  afterAll(async () => {
    await first.close()
    await second.close()
  })

  it("opens the socket for the host's own page, the desktop app's, and programs without an Origin", async () => {
    const port = first.host.port
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`, 'file://', null])
      expect(await upgradeStatus(port, { token: TOKEN, origin })).toBe(101)
  })

  it('refuses an upgrade from any other origin, even with the token', async () => {
    const port = first.host.port
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${second.host.port}`,
      `http://localhost:${port}.evil.example`,
      `http://localhost.evil.example:${port}`,
      `https://127.0.0.1:${port}`,
      'null'
    ])
      expect(await upgradeStatus(port, { token: TOKEN, origin }), origin).toBe(403)
  })

  it('refuses another origin that carries the cookie (another port is the same site)', async () => {
    const port = first.host.port
    const cookie = `backprop_lab_token_${port}=${TOKEN}`
    expect(await upgradeStatus(port, { cookie })).toBe(101)
    const origin = `http://127.0.0.1:${second.host.port}`
    expect(await upgradeStatus(port, { cookie, origin })).toBe(403)
  })

  it('gives each server its own cookie, so a second serve does not overwrite the first', async () => {
    const names = await Promise.all(
      [first, second].map(async ({ host }) => {
        const response = await fetch(`http://127.0.0.1:${host.port}/?token=${TOKEN}`)
        return /^([^=]+)=/.exec(response.headers.get('set-cookie') ?? '')?.[1]
      })
    )
    expect(names).toEqual([
      `backprop_lab_token_${first.host.port}`,
      `backprop_lab_token_${second.host.port}`
    ])
    // One server's cookie name means nothing to the other.
    const cookie = `backprop_lab_token_${first.host.port}=${TOKEN}`
    expect(await upgradeStatus(second.host.port, { cookie, origin: null })).toBe(403)
  })

  it('refuses an upload from another origin', async () => {
    const port = first.host.port
    const socket = (await RawSocket.open(port, { token: TOKEN })).socket
    const { value } = (await socket.call(1, 'uploads:create')).reply as {
      value: { uploadId: string }
    }
    socket.destroy()
    const put = (origin: string) =>
      fetch(`http://127.0.0.1:${port}/upload/${value.uploadId}/a.csv?token=${TOKEN}`, {
        method: 'PUT',
        body: 'x,y\n1,2\n',
        headers: { origin }
      })
    expect((await put('http://evil.example')).status).toBe(403)
    expect((await put(`http://127.0.0.1:${port}`)).status).toBe(204)
  })
})
