import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename, dirname, join, normalize, relative, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { limitOf, overLimit } from '../../shared/limits'
import type { Uploads } from '../ipc/handler-types'

/** A refusal of an upload: the HTTP status and a one-line reason. */
class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/** Bytes of every file under `folder`. */
function folderBytes(folder: string): number {
  let total = 0
  try {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size
    }
  } catch {
    // A folder removed meanwhile holds nothing.
  }
  return total
}

/**
 * Folders for files dropped on the page in browser mode: each drop gets a fresh folder under the
 * home's `uploads/`, and files are written inside it at their relative paths (never outside).
 * Each file is bounded (chunked bodies too, counted as they arrive) and so is the whole folder; a
 * file is written under a temporary name and renamed when complete, so an aborted upload leaves
 * nothing. A folder is removed once its import has ended, unless it is a CSV dataset's source.
 */
export class UploadFolders implements Uploads {
  private readonly folders = new Map<string, string>()
  /** Bytes under the uploads root: what was there at start, plus what came since, less what went. */
  private usedBytes: number

  constructor(private readonly root: string) {
    this.usedBytes = folderBytes(root)
  }

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

  /** Answers `PUT /upload/<id>/<relative path>`: 204 when stored, else 400/413 with the reason. */
  async receive(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string
  ): Promise<void> {
    const [, , uploadId, ...rest] = pathname.split('/')
    let relativePath: string
    try {
      relativePath = decodeURIComponent(rest.join('/'))
    } catch {
      relativePath = ''
    }
    const target = this.target(uploadId, relativePath)
    try {
      if (!target) throw new UploadRefused(400, 'bad upload path')
      this.checkRoom(relativePath, Number(request.headers['content-length'] ?? 0))
      await this.store(request, target, relativePath)
      response.writeHead(204).end()
    } catch (error) {
      const status = error instanceof UploadRefused ? error.status : 400
      if (response.headersSent || request.destroyed) return
      // The rest of a refused body is not read: the connection closes after the answer.
      response.once('finish', () => request.destroy())
      response.writeHead(status, { 'content-type': 'text/plain', connection: 'close' })
      response.end((error as Error).message)
    }
  }

  /** Removes the upload folder `path` is in once its import has ended, unless `keep`. */
  settle(path: string, keep: boolean): void {
    if (keep) return
    const inside = relative(this.root, path).split(/[/\\]/)[0]
    const folder = inside && !inside.startsWith('..') ? join(this.root, inside) : null
    if (!folder || ![...this.folders.values()].includes(folder)) return
    this.usedBytes -= folderBytes(folder)
    rmSync(folder, { recursive: true, force: true })
    this.folders.delete(basename(folder))
  }

  /**
   * `text` naming uploaded files as the user dropped them: `<root>/<id>/iris.csv` becomes
   * `iris.csv`, and an upload folder itself (several files dropped) "the dropped files".
   */
  shown(text: string): string {
    let result = text
    for (const folder of this.folders.values()) {
      result = result
        .split(folder + sep)
        .join('')
        .split(folder)
        .join('the dropped files')
    }
    return result
  }

  /** Refuses a file over the per-file limit or one the folder has no room left for. */
  private checkRoom(relativePath: string, bytes: number): void {
    if (bytes > limitOf('uploadFileBytes'))
      throw new UploadRefused(
        413,
        `${relativePath}: ${bytes} bytes is ${overLimit('uploadFileBytes')}`
      )
    if (this.usedBytes + bytes > limitOf('uploadsFolderBytes')) {
      throw new UploadRefused(
        413,
        `${relativePath}: the uploads waiting to be imported already hold ${this.usedBytes} bytes; one more file would go ${overLimit('uploadsFolderBytes')}`
      )
    }
  }

  /** Streams the body to a temporary file, counting every byte, and renames it when complete. */
  private async store(
    request: IncomingMessage,
    target: string,
    relativePath: string
  ): Promise<void> {
    mkdirSync(dirname(target), { recursive: true })
    const partial = join(dirname(target), `.${basename(target)}.${randomUUID()}.uploading`)
    let received = 0
    // The body is read without destroying the request on a refusal, so the answer still goes out.
    const counted = async function* (this: UploadFolders) {
      for await (const chunk of request.iterator({
        destroyOnReturn: false
      }) as AsyncIterable<Buffer>) {
        received += chunk.length
        this.usedBytes += chunk.length
        const over =
          received > limitOf('uploadFileBytes')
            ? 'uploadFileBytes'
            : this.usedBytes > limitOf('uploadsFolderBytes')
              ? 'uploadsFolderBytes'
              : null
        if (over) throw new UploadRefused(413, `${relativePath}: ${overLimit(over)}`)
        yield chunk
      }
    }
    // Opened before any byte is read, so a refusal finds the file there to remove (a stream that
    // opens its file itself may create it after the removal).
    const file = await open(partial, 'w')
    try {
      await pipeline(counted.call(this), file.createWriteStream())
      renameSync(partial, target)
    } catch (error) {
      this.usedBytes -= received
      rmSync(partial, { force: true })
      throw error
    }
  }
}
