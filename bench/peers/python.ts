import { spawnSync } from 'node:child_process'
import type { BenchCase, BenchResult } from '../support/bench-case'

/** Debian's Python, which has python3-torch and python3-numpy (the python3 on PATH may not). */
const PYTHON = '/usr/bin/python3'
const SCRIPT = new URL('./torch_peer.py', import.meta.url).pathname
/** The single-thread setting the numbers were taken with (for probing the install). */
const ONE_THREAD = { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' }

/** Which Python peers can run here, and if not, how to get them. */
export interface PythonPeers {
  torch: boolean
  numpy: boolean
  /** The BLAS NumPy uses (the peers use OpenBLAS, not the reference BLAS). */
  blas: string
  advice: string[]
}

/**
 * Checks for numpy and torch under /usr/bin/python3 and for OpenBLAS as the system BLAS. When
 * something is missing and apt-get can run (as root), installs it; otherwise says how.
 */
export function preparePythonPeers(log: (line: string) => void): PythonPeers {
  let peers = probe()
  const packages = [
    ...(peers.numpy ? [] : ['python3-numpy']),
    ...(peers.torch ? [] : ['python3-torch']),
    ...(/openblas/i.test(peers.blas) ? [] : ['libopenblas0-pthread'])
  ]
  if (packages.length === 0) return peers
  const command = `apt-get install -y ${packages.join(' ')}`
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    log(`installing the Python peers: ${command}`)
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
    const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
    if (install.status !== 0) log(`${command} failed; continuing without what is missing`)
    peers = probe()
  }
  if (!peers.torch || !peers.numpy || !/openblas/i.test(peers.blas)) {
    peers.advice.push(
      `For the PyTorch/NumPy peers as the issue measured them: ${command} (as root).`
    )
  }
  return peers
}

function probe(): PythonPeers {
  const check = (code: string) =>
    spawnSync(PYTHON, ['-c', code], { encoding: 'utf8', env: { ...process.env, ...ONE_THREAD } })
  const numpy = check('import numpy').status === 0
  const torch = check('import torch').status === 0
  const blas = numpy
    ? check(
        'import numpy.core._multiarray_umath as m, re, sys\n' +
          'maps = open("/proc/self/maps").read()\n' +
          'print("openblas" if "openblas" in maps else "reference BLAS")'
      ).stdout.trim()
    : 'none'
  return { torch, numpy, blas, advice: [] }
}

/**
 * Runs the torch or numpy peer on a case, on one BLAS thread or `threads`; a string says why it
 * could not.
 */
export function runPythonPeer(
  peer: 'torch' | 'numpy',
  benchCase: BenchCase,
  threads = 1
): BenchResult | string {
  const count = String(threads)
  const run = spawnSync(PYTHON, [SCRIPT, peer, count], {
    input: JSON.stringify(benchCase),
    encoding: 'utf8',
    env: {
      ...process.env,
      OPENBLAS_NUM_THREADS: count,
      OMP_NUM_THREADS: count,
      MKL_NUM_THREADS: count
    },
    maxBuffer: 1 << 20
  })
  if (run.status !== 0)
    return `${peer} failed: ${run.stderr.trim().split('\n').pop() ?? 'no output'}`
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as BenchResult
}
