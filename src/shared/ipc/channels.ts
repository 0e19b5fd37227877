import type { LabEvents, LabInvoke } from './contract'

/** The prefix of every Electron IPC channel name (`lab:datasets:list`), so nothing else is reachable. */
export const IPC_PREFIX = 'lab:'
/** The preload's note to main that a file or folder was dropped on the window (its path on disk). */
export const DROPPED_PATH_CHANNEL = `${IPC_PREFIX}path-dropped`

/** Runtime allow-lists; `satisfies` makes a missing or extra channel a compile error. */
export const INVOKE_CHANNELS = {
  'app:info': true,
  'app:state-get': true,
  'app:state-set': true,
  'app:appearance-set': true,
  'app:open-dialog': true,
  'uploads:create': true,
  'datasets:list': true,
  'datasets:get': true,
  'datasets:import': true,
  'datasets:cancel-import': true,
  'datasets:sample': true,
  'datasets:generate': true,
  'datasets:preview': true,
  'datasets:columns': true,
  'datasets:rename': true,
  'datasets:rename-classes': true,
  'datasets:delete': true,
  'datasets:unregistered': true,
  'datasets:restore': true,
  'training:start': true,
  'training:stop': true,
  'training:pause': true,
  'training:resume': true,
  'training:step': true,
  'training:pace': true,
  'training:continue': true,
  'training:boundary': true,
  'training:branch': true,
  'training:race': true,
  'training:live': true,
  'runs:list': true,
  'runs:get': true,
  'runs:rename': true,
  'runs:annotate': true,
  'runs:delete': true,
  'runs:export': true,
  'runs:report': true,
  'experiments:save': true,
  'experiments:open': true,
  'models:open': true,
  'models:read': true,
  'models:predict': true,
  'results:predict': true,
  'results:evaluate': true,
  'inspect:layer': true,
  'inspect:history': true,
  'inspect:sample': true,
  'inspect:trace': true,
  'inspect:gradcheck': true,
  'inspect:batch-gradients': true,
  'inspect:confusion': true,
  'inspect:confusion-cell': true,
  'inspect:held-out': true,
  'inspect:diagnostics': true,
  'learn:vectorization': true
} as const satisfies Record<keyof LabInvoke, true>

export const EVENT_CHANNELS = {
  'app:command': true,
  'app:open-path': true,
  'app:appearance': true,
  'app:renderer-restarted': true,
  'import:progress': true,
  'training:change': true
} as const satisfies Record<keyof LabEvents, true>
