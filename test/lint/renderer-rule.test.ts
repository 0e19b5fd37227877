import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The renderer's rule (src/renderer/src/README.md), as `npm test`'s lint checks it: `.vue` files
 * only in components/ (and the screens in views/), pure TypeScript in lib/ that never imports
 * components, Vue, Pinia, stores, api, composables or i18n at run time, and composables in
 * composables/. Each case is a file the rule must refuse (or let pass) where it would stand.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const eslint = new ESLint({ cwd: ROOT })
const SRC = 'src/renderer/src'

/** The messages lint gives for `code` as the file `path` (relative to src/renderer/src). */
async function messages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${SRC}/${path}` })
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

const COMPONENT = `<script setup lang="ts">
defineProps<{ title: string }>()
</script>

<template>
  <p>{{ title }}</p>
</template>
`
const COMPOSABLE = `import { ref } from 'vue'

export function useCounter() {
  return ref(0)
}
`
const PURE = `export function double(value: number): number {
  return value * 2
}
`

describe('the renderer rule in lint', () => {
  it('lets each kind of file stand in its own folder', async () => {
    expect(await messages('components/common/Title.vue', COMPONENT)).toEqual([])
    expect(await messages('views/TitleView.vue', COMPONENT)).toEqual([])
    expect(await messages('composables/use-counter.ts', COMPOSABLE)).toEqual([])
    expect(await messages('lib/data/double.ts', PURE)).toEqual([])
  }, 60_000)

  it('refuses a .vue file outside components/ and views/', async () => {
    for (const path of ['lib/data/Title.vue', 'composables/Title.vue', 'stores/Title.vue'])
      expect(await messages(path, COMPONENT)).toEqual([
        expect.stringMatching(/^no-restricted-syntax: \.vue files live in components\//)
      ])
  }, 60_000)

  it('refuses TypeScript files in components/ and views/', async () => {
    for (const path of ['components/data/double.ts', 'views/double.ts'])
      expect(await messages(path, PURE)).toEqual([
        expect.stringMatching(/^no-restricted-syntax: components\/ and views\/ hold \.vue files/)
      ])
  }, 60_000)

  it('refuses a composable outside composables/', async () => {
    const found = await messages('api/use-counter.ts', COMPOSABLE)
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-syntax: A composable \(use…\) lives in composables/)
    ])
    const arrow = 'import { ref } from "vue"\nexport const useFlag = () => ref(false)\n'
    expect(await messages('i18n/flag.ts', arrow)).toHaveLength(1)
  }, 60_000)

  it('refuses lib/ importing components, Vue, stores, api or composables at run time', async () => {
    const imports: [string, string][] = [
      ['Title', "import Title from '@renderer/components/common/Title.vue'"],
      ['ref', "import { ref } from 'vue'"],
      ['useRunsStore', "import { useRunsStore } from '@renderer/stores/runs'"],
      ['lab', "import { lab } from '@renderer/api/lab'"],
      ['vScrollFocus', "import { vScrollFocus } from '@renderer/composables/scroll-focus'"]
    ]
    for (const [name, line] of imports) {
      const found = await messages('lib/data/uses.ts', `${line}\nexport const used = [${name}]\n`)
      expect(found.length, line).toBeGreaterThan(0)
      for (const message of found) expect(message, line).toMatch(/no-restricted-imports: /)
    }
    // Types only are allowed: they vanish at run time.
    const typeOnly = "import type { Ref } from 'vue'\nexport type Counter = Ref<number>\n"
    expect(await messages('lib/data/types.ts', typeOnly)).toEqual([])
  }, 60_000)
})
