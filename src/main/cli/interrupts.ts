/**
 * One Ctrl-C can reach the CLI twice. Outside a terminal, bin/backprop-lab passes the signals it
 * gets on to the CLI it started on the project's Node; when the whole process group is signalled
 * (`timeout -s INT`, `kill -INT -PGID`, a CI job cancelled) the CLI also gets it directly. Signals
 * this close together are one interrupt.
 */
export const SAME_INTERRUPT_MS = 250

/**
 * Keeps the second copy of a Ctrl-C from ending the CLI by Node's default (no message, no
 * clean-up) after the command's own handler has seen the first and let go (an import cancelled,
 * about to say so). While a command handles SIGINT this does nothing; when none does, a Ctrl-C
 * still ends the CLI as it would without this listener.
 */
export function absorbRepeatedInterrupts(): void {
  let last = -Infinity
  const listener = (): void => {
    const now = performance.now()
    const repeated = now - last < SAME_INTERRUPT_MS
    last = now
    if (process.listenerCount('SIGINT') > 1 || repeated) return
    process.off('SIGINT', listener)
    process.kill(process.pid, 'SIGINT')
  }
  process.on('SIGINT', listener)
}
