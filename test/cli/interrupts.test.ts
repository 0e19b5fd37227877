import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const INTERRUPTS = fileURLToPath(new URL('../../src/main/cli/interrupts.ts', import.meta.url))

/**
 * A process with absorbRepeatedInterrupts installed, and optionally a command's own SIGINT
 * handler that lets go after the first signal (as an import does once cancelled), after which
 * the signal's second copy arrives. It prints `ready` and what happens; it ends on its own
 * after 3 s.
 */
function child(withHandler: boolean) {
  const script = `
const { absorbRepeatedInterrupts } = await import(${JSON.stringify(INTERRUPTS)})
absorbRepeatedInterrupts()
if (${withHandler}) {
  // Lets go, then the second copy arrives (as the launcher's does, a few ms after the group's).
  const handler = () => {
    console.log('handled')
    process.off('SIGINT', handler)
    setImmediate(() => process.kill(process.pid, 'SIGINT'))
  }
  process.on('SIGINT', handler)
}
console.log('ready')
setTimeout(() => console.log('ended on its own'), 3000)`
  const running = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  let output = ''
  const ready = new Promise<void>((resolve) =>
    running.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('ready')) resolve()
    })
  )
  const exited = once(running, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  return { running, ready, exited, output: () => output }
}

describe('a Ctrl-C heard twice', () => {
  it('is one interrupt for a command that handles it, even after it lets go', async () => {
    const { running, ready, exited, output } = child(true)
    await ready
    running.kill('SIGINT')
    expect(await exited).toEqual([0, null])
    expect(output()).toBe('ready\nhandled\nended on its own\n')
  })

  it('still ends a command that does not handle it, as Node would', async () => {
    const { running, ready, exited, output } = child(false)
    await ready
    running.kill('SIGINT')
    expect(await exited).toEqual([null, 'SIGINT'])
    expect(output()).toBe('ready\n')
  })
})
