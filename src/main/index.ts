import { app, BrowserWindow, dialog, session } from 'electron'
import { fileURLToPath } from 'node:url'
import { createUtilityProcessSpawner } from './electron/engine-spawner'
import { emitToWindows, registerIpc } from './electron/register-ipc'
import { createMainWindow } from './electron/window'
import { createHandlers } from './ipc/handlers'
import { bundledRoots, recordedIn } from './ipc/path-access'
import { PathGrants } from './ipc/path-grants'
import { openLab } from './lab'
import { CONTENT_SECURITY_POLICY } from './web/static-files'

/**
 * The desktop app's composition root: one lab over the user's home folder (shared with the
 * CLI), the engine in a utility process, one typed IPC contract, one window.
 */
app.setName('Backprop Lab')

/** What the open dialog offers per kind: data files, model files, or any folder. */
const DIALOG_FILTERS = {
  file: [{ name: 'Data', extensions: ['csv', 'tsv', 'txt', 'gz', 'ubyte', 'json'] }],
  model: [{ name: 'Backprop Lab model', extensions: ['json'] }],
  folder: undefined
}

app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
  const lab = openLab({ spawnEngine: createUtilityProcessSpawner() })
  const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url))
  // What each window may have main read: what its user chose, dropped or opened (issue 14).
  const grants = new PathGrants({
    roots: () => bundledRoots(resourcesDir),
    isRecorded: recordedIn(lab)
  })
  app.on('web-contents-created', (_event, contents) => {
    const id = contents.id
    contents.once('destroyed', () => grants.forget(id))
  })
  registerIpc(
    createHandlers({
      lab,
      emit: emitToWindows,
      mode: 'electron',
      version: app.getVersion(),
      resourcesDir,
      openDialog: async (kind, caller) => {
        const result = await dialog.showOpenDialog({
          properties: kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
          filters: DIALOG_FILTERS[kind]
        })
        const path = result.canceled ? null : (result.filePaths[0] ?? null)
        if (path !== null && caller.windowId !== null) grants.grant(caller.windowId, path)
        return path
      }
    }),
    grants
  )
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  app.on('will-quit', () => lab.close())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
