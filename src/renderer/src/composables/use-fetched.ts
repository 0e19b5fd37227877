import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { failureText } from '@renderer/composables/main-messages'

/** A value fetched through a store call, with its state. */
export interface Fetched<T> {
  /** The last value fetched (kept while a newer one loads); shallow: plain data for canvases and charts. */
  value: ShallowRef<T | null>
  /** Why the last fetch failed (main's message for the user), or null. */
  error: Ref<string | null>
  loading: Ref<boolean>
  /** Fetches again for the current key (`quiet`: keep the shown value and error while it runs). */
  reload(quiet?: boolean): Promise<void>
}

/**
 * A value fetched for a key (a text naming what to fetch; null: nothing to fetch), fetched
 * again whenever the key changes. When keys change quickly, the last request wins.
 */
export function useFetched<T>(key: () => string | null, fetch: () => Promise<T>): Fetched<T> {
  const value = shallowRef<T | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)
  let latest = 0

  async function reload(quiet = false): Promise<void> {
    const request = ++latest
    if (key() === null) {
      value.value = null
      error.value = null
      return
    }
    loading.value = true
    if (!quiet) error.value = null
    try {
      const result = await fetch()
      if (request !== latest) return
      value.value = result
      error.value = null
    } catch (failure) {
      if (request !== latest) return
      if (!quiet) value.value = null
      error.value = failureText(failure)
    } finally {
      if (request === latest) loading.value = false
    }
  }

  watch(key, () => void reload(), { immediate: true })
  return { value, error, loading, reload }
}
