import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newHome, runCli, stderrLines, TEXTBOOK_MODEL, type CliResult } from './support/cli'

/** A user error: exit 1, exactly one line on stderr, no stack trace, nothing on stdout. */
function expectOneLine(result: CliResult, message: string | RegExp): void {
  expect(result.code, result.stderr).toBe(1)
  const lines = stderrLines(result)
  expect(lines, result.stderr).toHaveLength(1)
  if (typeof message === 'string') expect(lines[0]).toBe(`error: ${message}`)
  else expect(lines[0]).toMatch(message)
  expect(result.stdout).toBe('')
}

/** predict, gradcheck and export of one model file, as a user would run them. */
function commandsOn(model: string, home: string): string[][] {
  return [
    ['predict', model, '--input', '1'],
    ['gradcheck', model, '--input', '1', '--target', '1'],
    ['export', model, '--format', 'onnx', '--out', join(home, 'out-onnx')],
    ['export', model, '--format', 'json', '--out', join(home, 'out-json')]
  ].map((args) => [...args, '--home', home])
}

/**
 * Model files small on disk that once took the process down: a 160-byte model whose inputSize
 * asks for a billion weights (OOM-killed), a million layers (V8 aborted), and an unknown field
 * nested deeper than the stack (export --format json crashed with a stack trace).
 */
describe('model files that would take more memory than the machine has', () => {
  const home = newHome()

  it('a 160-byte model with inputSize 1e9 is refused by its parameter count', async () => {
    const model = join(home, 'huge-input.model.json')
    const text = JSON.stringify({
      format: 'backprop-lab/model',
      formatVersion: 1,
      inputSize: 1e9,
      layers: [{ units: 1, activation: 'sigmoid' }],
      loss: 'half-squared-error'
    })
    expect(text.length).toBeLessThan(160)
    writeFileSync(model, text)
    for (const args of commandsOn(model, home)) {
      expectOneLine(
        await runCli(args),
        `${model}: inputSize 1000000000 and the layers' units make 1000000001 weights and biases, over the lab's limit of 20,000,000 parameters per model (set BACKPROP_LAB_MAX_MODEL_PARAMETERS to raise it)`
      )
    }
  })

  it('a model of a million layers is refused by its layer count', async () => {
    const model = join(home, 'deep.model.json')
    const layer = '{"units":1,"activation":"linear"}'
    writeFileSync(
      model,
      `{"format":"backprop-lab/model","formatVersion":1,"inputSize":1,"layers":[${Array(1_000_000).fill(layer).join(',')}],"loss":"half-squared-error"}`
    )
    for (const args of commandsOn(model, home).slice(0, 2)) {
      expectOneLine(
        await runCli(args),
        `${model}: layers: 1000000 layers is over the lab's limit of 1,000 layers per model (a fixed limit)`
      )
    }
  })

  it('an unknown field nested 100,000 deep is refused, not written into a stack overflow', async () => {
    const model = join(home, 'nested.model.json')
    const text = JSON.stringify({ format: 'backprop-lab/model' }).replace(
      /}$/,
      `,"formatVersion":1,"inputSize":1,"layers":[{"units":1,"activation":"linear"}],"loss":"half-squared-error","notes":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    )
    writeFileSync(model, text)
    expectOneLine(
      await runCli(['export', model, '--format', 'json', '--out', join(home, 'n'), '--home', home]),
      `${model}: objects and lists nested 65 levels deep are over the lab's limit of 64 levels of nesting in a model file (a fixed limit)`
    )
  })

  it('the parameter limit can be raised with its environment variable', async () => {
    const result = await runCli(
      ['predict', TEXTBOOK_MODEL, '--input', '0.05,0.1', '--home', home],
      undefined,
      { BACKPROP_LAB_MAX_MODEL_PARAMETERS: '11' }
    )
    expectOneLine(result, /weights and biases, over the lab's limit of 11 parameters per model/)
    const raised = await runCli(
      ['predict', TEXTBOOK_MODEL, '--input', '0.05,0.1', '--home', home],
      undefined,
      { BACKPROP_LAB_MAX_MODEL_PARAMETERS: '12' }
    )
    expect(raised.code, raised.stderr).toBe(0)
    const bad = await runCli(['datasets', '--home', home], undefined, {
      BACKPROP_LAB_MAX_MODEL_PARAMETERS: 'lots'
    })
    expectOneLine(
      bad,
      'BACKPROP_LAB_MAX_MODEL_PARAMETERS: expected a whole number above 0, got "lots"'
    )
  })
})
