import type { OpenedPath } from '@shared/ipc/contract'
import { lab } from '@renderer/api/lab'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { importUnitOf, useDatasetsStore } from '@renderer/stores/datasets'
import { useInspectStore } from '@renderer/stores/inspect'
import { runCommand } from './app-commands'
import { showAppearance } from './appearance'
import { useDataActions } from './use-data-actions'
import { openExperimentPath } from './use-experiment-files'

/** A path's last part, to name what is imported. */
const lastPart = (path: string) => path.split(/[\\/]/).filter(Boolean).at(-1) ?? path

/**
 * What main tells the window beyond the lab's data (call once, in App's setup): a menu command
 * to run, a file opened from the file manager or Open Recent (a model opens in Inspect, an
 * experiment file is opened, data is imported), the appearance chosen elsewhere, and that the page was reloaded after a crash.
 */
export function useDesktopEvents(): void {
  const app = useAppStore()
  const datasets = useDatasetsStore()
  const inspect = useInspectStore()
  const actions = useDataActions()

  function openPath(opened: OpenedPath): void {
    if (opened.kind === 'experiment') {
      void openExperimentPath(opened.path)
      return
    }
    if (opened.kind === 'model') {
      inspect.choose({ kind: 'preset', path: opened.path })
      app.view = 'inspect'
      return
    }
    app.view = 'data'
    const unit = importUnitOf(opened.path, opened.kind === 'folder')
    void actions.runImport(() => datasets.importPath(opened.path, {}, lastPart(opened.path), unit))
  }

  lab.on('app:command', ({ command }) => void runCommand(command))
  lab.on('app:open-path', openPath)
  lab.on('app:appearance', ({ appearance }) => showAppearance(appearance))
  lab.on('app:renderer-restarted', ({ reason }) =>
    app.notify('error', i18n.global.t('app.rendererRestarted', { reason }))
  )
}
