import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'

/**
 * Folders for files dropped on the page in browser mode: each drop gets a fresh folder under the
 * home's `uploads/`, and files are written inside it at their relative paths (never outside).
 */
export class UploadFolders {
  private readonly folders = new Map<string, string>()

  constructor(private readonly root: string) {}

  /** A new, empty upload folder. */
  create(): { uploadId: string; folder: string } {
    const uploadId = randomUUID()
    const folder = join(this.root, uploadId)
    mkdirSync(folder, { recursive: true })
    this.folders.set(uploadId, folder)
    return { uploadId, folder }
  }

  /**
   * Where an uploaded file goes, or null for an unknown upload or a path that would leave its
   * folder (absolute, `..`, or empty).
   */
  target(uploadId: string, relativePath: string): string | null {
    const folder = this.folders.get(uploadId)
    if (!folder || relativePath === '' || relativePath.includes('\0')) return null
    const cleaned = normalize(relativePath).replace(/^([/\\])+/, '')
    if (cleaned.split(/[/\\]/).includes('..') || cleaned === '.') return null
    const target = join(folder, cleaned)
    return target.startsWith(folder + sep) ? target : null
  }
}
