/** The intersection of a list of types: what merging values of each of them gives. */
type Merged<Parts extends readonly unknown[]> = Parts extends readonly [infer First, ...infer Rest]
  ? First & Merged<Rest>
  : unknown

type TextTree = Record<string, unknown>

const isTree = (value: unknown): value is TextTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Copies `source` into `target`, key by key and level by level; a text given twice is refused. */
function mergeInto(target: TextTree, source: TextTree, path: string): TextTree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (existing !== undefined && !(isTree(existing) && isTree(value)))
      throw new Error(`the text ${path}${key} is given twice`)
    target[key] = isTree(value)
      ? mergeInto(isTree(existing) ? existing : {}, value, `${path}${key}.`)
      : value
  }
  return target
}

/**
 * One screen's message tree from the files it is split into (Learn: the screen's own texts and
 * one file per lesson, each a slice of the same tree), so each file keeps the keys the screen
 * reads. The parts are not changed.
 */
export function mergeTexts<Parts extends object[]>(...parts: Parts): Merged<Parts> {
  const tree: TextTree = {}
  for (const part of parts) mergeInto(tree, part as TextTree, '')
  return tree as Merged<Parts>
}
