import { afterAll, beforeAll } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  InvokeChannel,
  InvokeReply,
  InvokeRequest,
  InvokeResult
} from '../../../src/shared/ipc/contract'
import type { RunConfig } from '../../../src/shared/model/run'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import type { HandlerContext } from '../../../src/main/ipc/handler-types'
import { openLab, type Lab } from '../../../src/main/lab'
import { browserModeCaller } from '../../../src/main/web/web-host'
import { completeRunConfig, trainRowsOf } from '../../../src/shared/model/run-defaults'

/** The real iris sample (150 rows, 4 features, 3 species). */
export const IRIS_CSV = '/work/shared/datasets/iris/iris.csv'

/** A lab on a temporary home with one dataset imported and runs trained through its services. */
export interface TrainedLab {
  home: string
  lab: Lab
  datasetId: string
  /** Trains a run to its end and returns its id. */
  train(given: Partial<RunConfig>): Promise<string>
  close(): void
}

/** Opens a lab on a fresh home and imports `source` (iris by default). */
export async function trainedLab(source = IRIS_CSV): Promise<TrainedLab> {
  const home = mkdtempSync(join(tmpdir(), 'backprop-lab-ipc-'))
  const lab = openLab({ home })
  const dataset = (await lab.imports.importPath(source)).dataset
  return {
    home,
    lab,
    datasetId: dataset.datasetId,
    train: async (given) => {
      const config = completeRunConfig(given, trainRowsOf(dataset, given.split ?? [0.8, 0.2]))
      const run = lab.training.start({ datasetId: dataset.datasetId, config, initialModel: null })
      const outcome = await run.finished
      if (outcome.status !== 'completed') throw new Error(`the test run ended ${outcome.status}`)
      return run.runId
    },
    close: () => {
      lab.close()
      rmSync(home, { recursive: true, force: true })
    }
  }
}

/** A typed call through dispatch (validation included), as a renderer makes it. */
export type Call = <C extends InvokeChannel>(
  channel: C,
  request?: InvokeRequest<C>
) => Promise<InvokeReply<C>>

/** Handlers over `lab` for one host (`context` fills in the dialog or upload helpers). */
export function caller(
  lab: Lab,
  context: Partial<HandlerContext> & Pick<HandlerContext, 'mode'>
): Call {
  const handlers = createHandlers({
    lab,
    emit: () => {},
    version: 'test',
    resourcesDir: 'resources',
    ...context
  })
  const from = browserModeCaller(lab, 'resources')
  return async (channel, request) => (await dispatch(handlers, channel, request, from)) as never
}

/** The value of a successful reply (fails the test with main's message otherwise). */
export function valueOf<C extends InvokeChannel>(reply: InvokeReply<C>): InvokeResult<C> {
  if (!reply.ok) throw new Error(`the call failed (${reply.error.kind}): ${reply.error.message}`)
  return reply.value as InvokeResult<C>
}

/**
 * A trained lab (iris imported) and a browser-mode caller over it for a describe block: opened
 * before its tests, closed after them. `ready` receives them.
 */
export function useTrainedLab(ready: (opened: { trained: TrainedLab; call: Call }) => void): void {
  let trained: TrainedLab | undefined
  beforeAll(async () => {
    trained = await trainedLab()
    ready({ trained, call: caller(trained.lab, { mode: 'browser' }) })
  })
  afterAll(() => trained?.close())
}
