/**
 * Lets pending promises, timers of zero delay and Vue's render queue settle: `rounds` turns of
 * the event loop (more for screens that chain several fetches).
 */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Lets pending promises settle without timers (for tests on fake timers). */
export async function settlePromises(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) await Promise.resolve()
}
