import { describe, expect, it, vi } from 'vitest'
import type { InvokeHandlers } from '../../src/main/ipc/handler-types'
import { PathGrants } from '../../src/main/ipc/path-grants'

/** A stand-in for Electron's ipcMain: the handlers and listeners main registers, by channel. */
const registered = vi.hoisted(() => ({
  handle: new Map<string, (event: unknown, request: unknown) => unknown>(),
  on: new Map<string, (event: unknown, payload: unknown) => void>()
}))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, request: unknown) => unknown) =>
      registered.handle.set(channel, listener),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      registered.on.set(channel, listener)
  },
  BrowserWindow: { getAllWindows: () => [] }
}))

const { registerIpc } = await import('../../src/main/electron/register-ipc')
const { onPathGranted } = await import('../../src/main/electron/granted-paths')
const { DROPPED_PATH_CHANNEL } = await import('../../src/shared/ipc/channels')

const page = { fileUrl: 'file:///app/index.html' }

/** An IPC event from window `id` showing the lab's page. */
const fromWindow = (id: number) => ({
  sender: { id },
  senderFrame: { url: page.fileUrl, parent: null }
})

/**
 * The desktop app's IPC registration: each window's calls are checked against the paths granted
 * to that window, and a dropped file's path (reported by the preload) is granted to it.
 */
describe('registerIpc with path grants', () => {
  const imported: string[] = []
  const handlers = {
    'datasets:import': ({ path }: { path: string }) => {
      imported.push(path)
      return null
    }
  } as unknown as InvokeHandlers
  const grants = new PathGrants({ roots: () => [], isRecorded: () => false })
  onPathGranted((id, path) => grants.grant(id, path))
  registerIpc(handlers, page, grants)
  const importFrom = (window: number, path: string) =>
    registered.handle.get('lab:datasets:import')!(fromWindow(window), { importId: 'i', path })

  it('refuses a path no one granted, then takes it once dropped on that window', async () => {
    const refused = (await importFrom(3, '/home/user/iris.csv')) as {
      ok: boolean
      error: { message: string }
    }
    expect(refused.ok).toBe(false)
    expect(refused.error.message).toBe(
      'datasets:import: path: /home/user/iris.csv is not a file given to the lab; choose it with Open… or drop it on the window'
    )
    registered.on.get(DROPPED_PATH_CHANNEL)!(fromWindow(3), '/home/user/iris.csv')
    expect(await importFrom(3, '/home/user/iris.csv')).toEqual({ ok: true, value: null })
    expect(imported).toEqual(['/home/user/iris.csv'])
    // Another window was given nothing.
    expect(((await importFrom(4, '/home/user/iris.csv')) as { ok: boolean }).ok).toBe(false)
  })

  it('takes no grant from a page that is not the lab, or of something that is not a path', () => {
    registered.on.get(DROPPED_PATH_CHANNEL)!(
      { sender: { id: 5 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      '/etc/passwd'
    )
    registered.on.get(DROPPED_PATH_CHANNEL)!(fromWindow(5), { path: '/etc/passwd' })
    expect(grants.grantedTo(5)).toEqual([])
  })
})
