import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Debian's python3, which has numpy, torch and onnx (the `python3` first on PATH has not). */
export const PYTHON = '/usr/bin/python3'

/** The Debian package that provides each Python module the export tests use. */
const DEBIAN_PACKAGES: Record<string, string> = {
  numpy: 'python3-numpy',
  torch: 'python3-torch',
  onnx: 'python3-onnx'
}

/** What a Python run printed and how it ended. */
export interface PythonRun {
  status: number | null
  stdout: string
  stderr: string
}

/** The path of a helper script in `test/services/export/peers/`. */
export function peerScript(name: string): string {
  return fileURLToPath(new URL(`../peers/${name}`, import.meta.url))
}

/**
 * Runs Debian's python3 with `args` (and `input` on stdin). A missing interpreter or module fails
 * with the Debian package to install (CI's `.ci/run` installs them), never a skip.
 */
export function runPython(
  args: string[],
  options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}
): PythonRun {
  const run = spawnSync(PYTHON, args, {
    input: options.input,
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeout ?? 50_000,
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.error) {
    throw new Error(
      `${PYTHON} could not run (${run.error.message}); install Debian's python3 (apt-get install python3)`
    )
  }
  const missing = /No module named '([\w.]+)'/.exec(run.stderr)
  if (missing) {
    const module = missing[1].split('.')[0]
    const debianPackage = DEBIAN_PACKAGES[module] ?? `the package providing ${module}`
    throw new Error(
      `${PYTHON} has no module ${module}: install it with "apt-get install ${debianPackage}" (CI's .ci/run does)`
    )
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Runs a peer script that reads JSON on stdin and prints JSON; fails with its stderr otherwise. */
export function runPythonPeer<T>(
  script: string,
  request: unknown,
  options: { timeout?: number } = {}
): T {
  const run = runPython([peerScript(script)], { input: JSON.stringify(request), ...options })
  if (run.status !== 0) throw new Error(`${script} failed (exit ${run.status}):\n${run.stderr}`)
  return JSON.parse(run.stdout) as T
}
