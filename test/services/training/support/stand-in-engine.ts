import type { EngineSpawner } from '../../../../src/main/services/training/engine-host'
import type { EngineEvent, TrainingJob } from '../../../../src/main/worker/protocol'

/** An engine the test speaks for: it hears the job, and says what the test tells it to. */
export function standInEngine() {
  let listener: (event: EngineEvent) => void = () => {}
  let exit: (reason: string | null) => void = () => {}
  let trained: (job: TrainingJob) => void = () => {}
  const job = new Promise<TrainingJob>((resolve) => (trained = resolve))
  const spawn: EngineSpawner = () => {
    setImmediate(() => listener({ type: 'ready' }))
    return {
      send: (command) => {
        if (command.type === 'train') trained(command.job)
      },
      onEvent: (given) => (listener = given),
      onExit: (given) => (exit = given),
      kill: () => setImmediate(() => exit(null))
    }
  }
  return { spawn, job, say: (event: EngineEvent) => listener(event) }
}
