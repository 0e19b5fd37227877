import { z } from 'zod'

/**
 * A file or folder on the machine running main. Every request field that names one is this
 * schema (and only this one), so main finds each such field from the schemas alone and checks
 * its value against the host's path rules before a handler sees it (ipc/path-access.ts): a new
 * channel that takes a path cannot be forgotten.
 */
export const labPath = z.string().min(1).max(4096)

/** A path value found in a request, with the field it came from (`config.initModel`). */
export interface RequestPath {
  field: string
  path: string
}

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  in?: z.ZodType
  valueType?: z.ZodType
}

const defOf = (schema: z.ZodType): Def => schema.def as unknown as Def

/** The schemas inside `schema` that values may pass through, with the key each one is under. */
function children(schema: z.ZodType, value: unknown): [key: string | number, z.ZodType, unknown][] {
  const def = defOf(schema)
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).map(([key, child]) => [key, child, record[key]])
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return [['', def.innerType!, value]]
    case 'pipe':
      return [['', def.in!, value]]
    case 'union':
      return def.options!.map((option) => ['', option, value] as [string, z.ZodType, unknown])
    case 'array':
      return Array.isArray(value)
        ? value.map((item, index) => [index, def.element!, item] as [number, z.ZodType, unknown])
        : [[0, def.element!, undefined]]
    case 'record':
      return Object.entries(record).map(([key, item]) => [key, def.valueType!, item])
    default:
      return []
  }
}

function joined(field: string, key: string | number): string {
  if (key === '') return field
  if (typeof key === 'number') return `${field}[${key}]`
  if (key === '[]') return `${field}[]`
  return field === '' ? key : `${field}.${key}`
}

/** Every path in a (validated) request: the string values that sit where `schema` has `labPath`. */
export function pathsIn(schema: z.ZodType | null, request: unknown): RequestPath[] {
  const found: RequestPath[] = []
  const walk = (node: z.ZodType, value: unknown, field: string): void => {
    if (node === labPath) {
      if (typeof value === 'string' && !found.some((item) => item.field === field))
        found.push({ field, path: value })
      return
    }
    for (const [key, child, inner] of children(node, value)) walk(child, inner, joined(field, key))
  }
  if (schema) walk(schema, request, '')
  return found
}

/** The fields of `schema` that hold paths (`path`, `config.initModel`), found without a request. */
export function pathFieldsOf(schema: z.ZodType | null): string[] {
  const fields: string[] = []
  const walk = (node: z.ZodType, field: string, seen: Set<z.ZodType>): void => {
    if (seen.has(node)) return
    if (node === labPath) {
      if (!fields.includes(field)) fields.push(field)
      return
    }
    const inside = new Set(seen).add(node)
    for (const [key, child] of children(node, undefined))
      walk(child, joined(field, typeof key === 'number' ? '[]' : key), inside)
  }
  if (schema) walk(schema, '', new Set())
  return fields
}
