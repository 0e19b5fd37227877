import { ENGINE_VERSION } from '../engine'
import { setAppearance } from '../appearance'
import { UnsupportedError } from './unsupported-error'
import { datasetHandlers } from './dataset-handlers'
import { exportHandlers } from './export-handlers'
import { experimentHandlers } from './experiment-handlers'
import type { HandlerContext, InvokeHandlers } from './handler-types'
import { timeVectorization } from '../services/learn/vectorization'
import { inspectHandlers } from './inspect-handlers'
import { modelHandlers } from './model-handlers'
import { resultsHandlers } from './results-handlers'
import { runHandlers } from './run-handlers'
import { trainingHandlers } from './training-handlers'

/**
 * Every channel's handler, for Electron IPC and the browser-mode WebSocket alike. Handlers are
 * thin: requests arrive validated (see dispatch.ts) and go straight to a service.
 */
export function createHandlers(context: HandlerContext): InvokeHandlers {
  const { lab } = context
  return {
    'app:info': () => ({
      version: context.version,
      mode: context.mode,
      home: lab.home.root,
      engineVersion: ENGINE_VERSION,
      appearance: lab.settings.appearance()
    }),
    'app:state-get': () => lab.settings.uiState(),
    'app:state-set': (state) => {
      lab.settings.saveUiState(state)
      context.onUiState?.(state)
    },
    'app:appearance-set': ({ appearance }) =>
      setAppearance(lab.settings, appearance, context.emit, context.applyAppearance),
    'app:open-dialog': ({ kind }, caller) => {
      if (!context.openDialog)
        throw new UnsupportedError(
          'the open dialog exists only in the desktop app; choose files in the browser instead'
        )
      return context.openDialog(kind, caller)
    },
    'uploads:create': () => {
      if (!context.uploads) throw new UnsupportedError('uploads exist only in browser mode')
      return context.uploads.create()
    },
    ...datasetHandlers(context),
    ...trainingHandlers(context),
    ...runHandlers(context),
    ...exportHandlers(context),
    ...experimentHandlers(context),
    ...modelHandlers(context),
    ...resultsHandlers(context),
    ...inspectHandlers(context),
    'learn:vectorization': () => timeVectorization(lab, context.resourcesDir)
  }
}
