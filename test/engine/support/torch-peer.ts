import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Debian's python3, which has torch (and mpmath) for the engine's PyTorch peers. */
const PYTHON = '/usr/bin/python3'

/**
 * Runs a peer script of `test/engine/peers/` with `request` as JSON on stdin and returns its JSON
 * reply. A missing interpreter or torch fails with the Debian package to install, never a skip.
 */
export function runTorchPeer<Reply>(script: string, request: unknown): Reply {
  const path = fileURLToPath(new URL(`../peers/${script}`, import.meta.url))
  const run = spawnSync(PYTHON, [path], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    timeout: 60_000
  })
  if (run.error || /No module named '(torch|mpmath)'/.test(run.stderr)) {
    throw new Error(
      `the PyTorch peer needs ${PYTHON} with torch (${run.error?.message ?? 'torch is not installed'}); ` +
        'install it with "apt-get install python3-torch" (CI installs it)'
    )
  }
  if (run.status !== 0) throw new Error(`the PyTorch peer ${script} failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as Reply
}
