/** A message tree as the i18n folders write it: nested objects with strings at the leaves. */
export interface MessageTree {
  [key: string]: string | MessageTree
}

/** Every leaf of a tree as a dotted path and its message, in the tree's order. */
export function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') found.set(path, value)
    else for (const [inner, message] of leaves(value, path)) found.set(inner, message)
  }
  return found
}

/**
 * The placeholders of a message, sorted and without repeats: named ones (`{count}`), list ones
 * (`{0}`) and literals (`{'@'}`), as vue-i18n reads them.
 */
export function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([^{}]*?)\s*\}/g)].map((match) => match[1])
  return [...new Set(names)].sort()
}

/** The plural forms of a message (vue-i18n separates them with `|`; one form for most). */
export function pluralForms(message: string): string[] {
  return message.split('|').map((form) => form.trim())
}

/** Linked messages (`@:key`, `@.lower:key`) a message refers to, sorted. */
export function links(message: string): string[] {
  return [...message.matchAll(/@(?:\.\w+)?:\s*([\w.-]+)/g)].map((match) => match[1]).sort()
}
