import { createServer } from 'node:net'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportModel } from '../../../src/main/services/export'
import { temporaryFolders } from './support/folders'
import { expectLabWeights, trainInTheLab } from './support/lab-training'
import { runPython, runPythonPeer } from './support/python'
import { CASES, exportData, STARTING_MODELS } from './support/training-cases'

/**
 * train.py under torchrun with two gloo processes on loopback (DistributedDataParallel), which
 * splits each batch evenly here and so must give the lab's weights, as a single process does.
 */
const folder = temporaryFolders('train-ddp')
const trainingCase = CASES[0]
const model = STARTING_MODELS[0]
let exported: string

beforeAll(async () => {
  const result = await exportModel({
    model,
    format: 'pytorch',
    outDir: folder(trainingCase.name),
    referenceInputs: trainingCase.inputs.slice(0, 3),
    training: trainingCase.training,
    data: exportData(trainingCase)
  })
  exported = result.outDir
})

describe('train.py under torchrun', () => {
  it('runs under torchrun with DistributedDataParallel (2 gloo processes) and gives the same weights', async () => {
    const out = join(exported, 'ddp.npz')
    // Debian's torch 1.13 under Python 3.11 cannot parse torchrun's default --redirects/--tee "0"
    // (an enum bug); "2" (stderr to a log and the console) avoids it.
    const torchrun = runPython(
      [
        '-m',
        'torch.distributed.run',
        '--nproc_per_node=2',
        '--master_addr=127.0.0.1',
        `--master_port=${await freePort()}`,
        '--redirects',
        '2',
        '--tee',
        '2',
        '--log_dir',
        join(exported, 'torchrun-logs'),
        join(exported, 'train.py'),
        '--epochs',
        '1',
        '--cpu',
        '--out',
        out
      ],
      { env: { ...process.env, GLOO_SOCKET_IFNAME: 'lo', OMP_NUM_THREADS: '1' }, timeout: 55_000 }
    )
    expect(torchrun.status, torchrun.stderr).toBe(0)
    const { arrays } = runPythonPeer<{ arrays: Record<string, number[]> }>('read-npz.py', {
      path: out
    })
    expectLabWeights(arrays, trainInTheLab(model, trainingCase).network, 'torchrun')
  })
})

/** A TCP port on 127.0.0.1 that is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
