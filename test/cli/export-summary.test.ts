import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENGINE_VERSION } from '../../src/main/engine'
import { TEXTBOOK_MODEL, newHome, runCli } from './support/cli'

/** What `export` says it wrote, as a person reads it in the terminal. */
describe('export without --json', () => {
  const home = newHome()

  it('names the format, the folder and each file written', async () => {
    const folder = join(home, 'textbook.onnx')
    const result = await runCli([
      'export',
      TEXTBOOK_MODEL,
      '--format',
      'onnx',
      '--out',
      folder,
      '--home',
      home
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.split('\n')).toEqual([
      `Wrote the onnx export to ${folder}:`,
      `  ${join(folder, 'README.md')}`,
      `  ${join(folder, 'model.onnx')}`,
      'See its README.md for how to run it.',
      ''
    ])
    // The version it names is the engine's, said as such: not the app's (`--version`).
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain(
      `Exported by Backprop Lab (engine ${ENGINE_VERSION}).`
    )
  })
})
