import type { InspectChannel } from '../../shared/validation/inspect'
import type { HandlerContext, InvokeHandlers } from './handler-types'

/**
 * The Inspect screen's calls (issue 6): each returns one layer's or one sample's numbers of a
 * run's model as it stands (or of a model file), so the renderer never asks for a whole model.
 * The lab's one InspectService keeps its caches across windows and sockets.
 */
export function inspectHandlers({ lab }: HandlerContext): Pick<InvokeHandlers, InspectChannel> {
  const { inspect } = lab
  return {
    'inspect:layer': (request) => inspect.layer(request),
    'inspect:history': (request) => inspect.history(request),
    'inspect:sample': (request) => inspect.sample(request),
    'inspect:trace': (request) => inspect.trace(request),
    'inspect:gradcheck': (request) => inspect.gradientCheck(request),
    'inspect:batch-gradients': (request) => inspect.batchGradients(request),
    'inspect:confusion': (request) => inspect.confusion(request),
    'inspect:confusion-cell': (request) => inspect.confusionCell(request),
    'inspect:diagnostics': (request) => inspect.diagnostics(request),
    'inspect:held-out': (request) => inspect.heldOut(request)
  }
}
