import type { PythonLiterals } from '../../../shared/model/activations/activation-record'

/**
 * Python source literals for the generated code (model.py, check.py, train.py). Values are
 * written so that Python reads back exactly the same number, string or list.
 */

/** A Python float literal that reads back as the same double (`0.1`, `1e-08`, `3.0`). */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Python literal`)
  const text = String(value)
  return /[.e]/.test(text) ? text : `${text}.0`
}

/** The literals an activation's exporter writes (activation-record.ts). */
export const PYTHON_LITERALS: PythonLiterals = { float: pythonFloat, string: pythonString }

/** A Python int literal. */
export function pythonInt(value: number): string {
  if (!Number.isInteger(value)) throw new Error(`${value} is not an integer`)
  return String(value)
}

/** A double-quoted Python string literal (JSON string escapes are valid Python escapes). */
export function pythonString(value: string): string {
  return JSON.stringify(value)
}

/** `True` or `False`. */
export function pythonBool(value: boolean): string {
  return value ? 'True' : 'False'
}

/** A Python list of strings, or `None` when there is no list. */
export function pythonStringList(values: readonly string[] | null | undefined): string {
  return values ? `[${values.map(pythonString).join(', ')}]` : 'None'
}

/** A Python list of ints. */
export function pythonIntList(values: readonly number[]): string {
  return `[${values.map(pythonInt).join(', ')}]`
}
