import { app, BrowserWindow, dialog, session } from 'electron'
import { fileURLToPath } from 'node:url'
import { createUtilityProcessSpawner } from './electron/engine-spawner'
import { emitToWindows, registerIpc } from './electron/register-ipc'
import { createMainWindow } from './electron/window'
import { createHandlers } from './ipc/handlers'
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
  registerIpc(
    createHandlers({
      lab,
      emit: emitToWindows,
      mode: 'electron',
      version: app.getVersion(),
      resourcesDir: fileURLToPath(new URL('../../resources', import.meta.url)),
      openDialog: async (kind) => {
        const result = await dialog.showOpenDialog({
          properties: kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
          filters: DIALOG_FILTERS[kind]
        })
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }
    })
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
