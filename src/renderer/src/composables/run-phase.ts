import { ref } from 'vue'
import type { RunPhase } from '@renderer/lib/training/run-controls'
import { RunClock } from '@renderer/lib/training/run-timing'

/**
 * The watched run's phase and its training time, which counts while the phase is `running` and
 * stands still otherwise (so pauses are not counted).
 */
export function createRunPhase() {
  const phase = ref<RunPhase>('idle')
  const clock = new RunClock()
  /** Training time so far (pauses not counted), refreshed whenever the phase is set (with every update). */
  const elapsedSeconds = ref(0)

  /** Moves to `next`, starting the clock for `running` and stopping it for any other phase. */
  function setPhase(next: RunPhase): void {
    if (next === 'running') clock.resume(Date.now())
    else clock.pause(Date.now())
    phase.value = next
    elapsedSeconds.value = clock.elapsedSeconds(Date.now())
  }

  /** Sets the training time back to zero (the phase is left as it is). */
  function resetClock(): void {
    clock.reset()
    elapsedSeconds.value = 0
  }

  return { phase, elapsedSeconds, setPhase, resetClock }
}
