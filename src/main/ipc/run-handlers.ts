import { UserError } from '../../shared/errors'
import { listRunItems, runPage } from '../services/run-pages'
import type { HandlerContext, InvokeHandlers } from './handler-types'

type RunChannels = 'runs:list' | 'runs:get' | 'runs:rename' | 'runs:annotate' | 'runs:delete'

/** The Experiments screen's calls. */
export function runHandlers({ lab }: HandlerContext): Pick<InvokeHandlers, RunChannels> {
  const existing = (runId: string) => {
    const run = lab.db.runs.get(runId)
    if (!run) throw new UserError(`no run with id ${runId}`)
    return run
  }
  return {
    'runs:list': () => listRunItems(lab.db),
    'runs:get': ({ runId }) => runPage(lab.db, runId),
    'runs:rename': ({ runId, name }) => {
      existing(runId)
      lab.db.runs.rename(runId, name)
    },
    'runs:annotate': ({ runId, notes, tags }) => {
      existing(runId)
      lab.db.runs.annotate(runId, notes, tags)
    },
    'runs:delete': ({ runId }) => {
      if (existing(runId).status === 'running')
        throw new UserError(`run ${runId} is still training; stop it first`)
      lab.db.runs.delete(runId)
    }
  }
}
