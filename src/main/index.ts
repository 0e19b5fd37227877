import { app } from 'electron'
import log from 'electron-log/main'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { appPackage } from './app-root'
import { BUNDLED_ASSETS } from './bundled-assets'
import { startDesktopApp } from './electron/desktop-app'
import { createUtilityProcessSpawner } from './electron/engine-spawner'
import { startFileLog } from './electron/logger'
import { openLab } from './lab'
import { CONTENT_SECURITY_POLICY } from './web/static-files'
import iconPath from '../../build/icons/png/512x512.png?asset'

/**
 * The desktop app's composition root: a log file, one lab over the user's home folder (shared
 * with the CLI) with the engine in a utility process, and the app's life (desktop-app.ts).
 */
app.setName('Backprop Lab')
// Main's own kernels (the live boundary's networks, Learn's vectorization) load the WASM built
// beside the bundle, as the engine's utility process does: a packaged app has no checkout.
Object.assign(process.env, BUNDLED_ASSETS)
startFileLog(log, app.getPath('logs'))

startDesktopApp({
  openLab: () => openLab({ spawnEngine: createUtilityProcessSpawner() }),
  page: {
    fileUrl: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href,
    devServerUrl: process.env.ELECTRON_RENDERER_URL
  },
  resourcesDir: join(appPackage().root, 'resources'),
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  icon: iconPath
})
