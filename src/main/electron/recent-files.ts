import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** How many files Open Recent lists. */
export const RECENT_LIMIT = 10

/** The files opened lately (File › Open Recent), newest first, kept in a JSON file. */
export class RecentFiles {
  private files: string[]

  constructor(private readonly file: string) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown
      this.files = Array.isArray(saved) ? saved.filter((path) => typeof path === 'string') : []
    } catch {
      this.files = []
    }
  }

  /** The files that still exist. */
  list(): string[] {
    return this.files.filter((path) => existsSync(path))
  }

  add(path: string): void {
    this.files = [path, ...this.files.filter((other) => other !== path)].slice(0, RECENT_LIMIT)
    this.save()
  }

  clear(): void {
    this.files = []
    this.save()
  }

  private save(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true })
      writeFileSync(this.file, `${JSON.stringify(this.files)}\n`)
    } catch {
      // Open Recent only forgets; nothing else depends on it.
    }
  }
}
