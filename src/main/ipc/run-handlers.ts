import type { HandlerContext, InvokeHandlers } from './handler-types'

type RunChannels = 'runs:list' | 'runs:get' | 'runs:rename' | 'runs:annotate' | 'runs:delete'

/** The Experiments screen's calls. */
export function runHandlers({ lab }: HandlerContext): Pick<InvokeHandlers, RunChannels> {
  return {
    'runs:list': () => lab.runs.items(),
    'runs:get': ({ runId }) => lab.runs.page(runId),
    'runs:rename': ({ runId, name }) => lab.runs.rename(runId, name),
    'runs:annotate': ({ runId, notes, tags }) => lab.runs.annotate(runId, notes, tags),
    'runs:delete': ({ runId }) => lab.runs.delete(runId)
  }
}
