import { workerData, parentPort } from 'node:worker_threads'
import { openLabDatabase } from '../../../src/main/db/lab-database'

/**
 * Opens the lab database in a worker thread once every worker is ready (a shared barrier), so
 * several connections open a new file at the same moment, like CLI commands started together.
 */
const { file, barrier } = workerData as { file: string; barrier: SharedArrayBuffer }
const waiting = new Int32Array(barrier)
Atomics.sub(waiting, 0, 1)
while (Atomics.load(waiting, 0) > 0) Atomics.wait(waiting, 0, Atomics.load(waiting, 0), 5)
try {
  openLabDatabase(file).close()
  parentPort!.postMessage('opened')
} catch (error) {
  parentPort!.postMessage((error as Error).message)
}
