/** A map that keeps only its `capacity` most recently used entries. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(private readonly capacity: number) {}

  /** The entry for `key`, made by `create` (and the oldest entry dropped) when there is none. */
  get(key: K, create: () => V): V {
    const found = this.entries.get(key)
    if (found !== undefined) {
      // Re-inserting moves the key to the end of the Map's order: the most recently used.
      this.entries.delete(key)
      this.entries.set(key, found)
      return found
    }
    const value = create()
    this.entries.set(key, value)
    if (this.entries.size > this.capacity)
      this.entries.delete(this.entries.keys().next().value as K)
    return value
  }
}
