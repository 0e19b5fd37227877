import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * V8 compiles WebAssembly lazily with its baseline compiler and optimizes hot functions later;
 * the kernels are compiled optimized up front instead (wasm-module.ts), and only they. Which
 * compiler built a function is V8's own answer (its test functions, behind a flag), in a child
 * process so that the flags stay there.
 */
describe('compiling the kernels', () => {
  it('builds every kernel with the optimizing compiler and leaves V8 its defaults after', () => {
    const script = fileURLToPath(new URL('./fixtures/compile-tiers.ts', import.meta.url))
    const child = spawnSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', script],
      { encoding: 'utf8', timeout: 60_000 }
    )
    expect(child.status, child.stderr).toBe(0)
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      kernelTiers: string[]
      otherBeforeCall: string
      otherAfterCall: string
      otherLater: string
      value: number
    }
    expect(report.kernelTiers.length).toBeGreaterThan(10)
    expect(new Set(report.kernelTiers)).toEqual(new Set(['turbofan']))
    // A module compiled afterwards gets V8's defaults: compiled on its first call, baseline first,
    // and still baseline a while after one call (dynamic tiering on, as --no-liftoff had not left it).
    expect(report).toMatchObject({
      otherBeforeCall: 'uncompiled',
      otherAfterCall: 'liftoff',
      otherLater: 'liftoff',
      value: 7
    })
  })
})
