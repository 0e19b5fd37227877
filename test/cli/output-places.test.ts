import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  TEXTBOOK_MODEL,
  IRIS_CSV,
  newHome,
  runCli,
  stderrLines,
  type CliResult
} from './support/cli'

/** One line on stderr naming the place and what to do, exit 1, no stack trace. */
function expectOneLine(result: CliResult, message: string): void {
  expect(stderrLines(result), result.stderr).toEqual([`error: ${message}`])
  expect(result.code).toBe(1)
}

/**
 * Output places that cannot be made: under /proc (where a recursive mkdir never returned) or
 * through a file. Each was an "internal error (please report it)" with a stack, or a hang.
 */
describe('export and pack to a place that cannot be made', () => {
  const home = newHome()
  const file = join(home, 'notes.txt')
  writeFileSync(file, 'not a folder')
  const exportTo = (out: string) =>
    runCli(['export', TEXTBOOK_MODEL, '--format', 'onnx', '--out', out, '--home', home])

  it('export to a new folder in /proc', async () => {
    expectOneLine(
      await exportTo('/proc/backprop-lab-out'),
      '/proc/backprop-lab-out: the output folder cannot be created there (ENOENT); give a folder where this user may write'
    )
  })

  it('export to a folder several levels under /proc', async () => {
    expectOneLine(
      await exportTo('/proc/backprop-lab/a/out'),
      '/proc/backprop-lab/a/out: the output folder cannot be created there (ENOENT); give a folder where this user may write'
    )
  })

  it('export to a folder under a file', async () => {
    expectOneLine(
      await exportTo(join(file, 'sub', 'out')),
      `${join(file, 'sub', 'out')}: the output folder cannot be created, ${file} is a file; give a new or empty folder elsewhere`
    )
  })

  it('pack into a file under a file', async () => {
    expect((await runCli(['train', IRIS_CSV, '--epochs', '1', '--home', home])).code).toBe(0)
    for (const folder of [file, join(file, 'sub')])
      expectOneLine(
        await runCli(['pack', 'r1', '--out', join(folder, 'lesson.bplab'), '--home', home]),
        `${folder}: no such folder`
      )
  })
})
