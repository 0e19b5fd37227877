import { getCurrentInstance, nextTick, onBeforeUnmount } from 'vue'
import { APP_COMMANDS, type RendererCommandName } from '@shared/app-commands'
import { i18n } from '@renderer/i18n'
import { useAppStore, VIEW_NAMES, type ViewName } from '@renderer/stores/app'
import { useTrainingStore } from '@renderer/stores/training'
import { pickExperiment } from './use-experiment-files'

/**
 * The window's side of the command table (src/shared/app-commands.ts): what each command does,
 * whether it comes from the desktop app's menu (an `app:command` event) or from the button on
 * screen. Buttons call `runCommand`, so a menu item and its button always do the same thing.
 */

type Action = () => unknown

/** Actions of mounted components (their buttons' own), by command. */
const provided = new Map<RendererCommandName, Action>()

/** Where the button of a component's command lives, to go to when it is not on screen. */
const HOME_VIEW: Partial<Record<RendererCommandName, ViewName>> = {
  'open-data-file': 'data',
  'open-image-folder': 'data',
  'save-experiment': 'experiments',
  'export-model': 'experiments',
  'lab-report': 'experiments'
}

/** Lets a component carry out a command while it is mounted (call it in `setup`). */
export function provideCommand(name: RendererCommandName, action: Action): void {
  provided.set(name, action)
  if (getCurrentInstance())
    onBeforeUnmount(() => {
      if (provided.get(name) === action) provided.delete(name)
    })
}

/** The commands the stores carry out themselves: the screens and the training run. */
function storeAction(name: RendererCommandName): Action | null {
  const app = useAppStore()
  const view = VIEW_NAMES.find((candidate) => name === `view-${candidate}`)
  if (view) return () => (app.view = view)
  if (name === 'open-experiment') return pickExperiment
  const training = useTrainingStore()
  const when = (allowed: boolean, action: () => Promise<void>) => () =>
    allowed ? action() : unavailable(name)
  switch (name) {
    case 'training-start':
      return when(training.controls.start, () => training.start())
    case 'training-pause-resume':
      return training.phase === 'paused'
        ? when(training.controls.resume, () => training.resume())
        : when(training.controls.pause, () => training.pause())
    case 'training-step':
      return when(training.controls.step, () => training.step())
    case 'training-stop':
      return when(training.controls.stop, () => training.stop())
    default:
      return null
  }
}

/** Says that a command cannot be used now (no run to pause, no run open to export…). */
function unavailable(name: RendererCommandName): void {
  const { t, locale } = i18n.global
  const label = APP_COMMANDS[name].label[locale.value as 'en' | 'zh-CN'] ?? name
  useAppStore().notify('info', t('app.commands.unavailable', { command: label }))
}

/**
 * Carries out a command: a store's action, else the mounted component's, going first to the
 * screen that has its button when it is not on screen. A failure shows as a notice.
 */
export async function runCommand(name: RendererCommandName): Promise<void> {
  const app = useAppStore()
  try {
    let action = storeAction(name) ?? provided.get(name) ?? null
    const home = HOME_VIEW[name]
    if (!action && home) {
      app.view = home
      await nextTick()
      action = provided.get(name) ?? null
    }
    if (action) await action()
    else unavailable(name)
  } catch (error) {
    app.reportError(error)
  }
}
