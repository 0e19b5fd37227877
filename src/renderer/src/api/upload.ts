/** A file from a drop or a file picker, with its path inside the dropped folder. */
export interface DroppedFile {
  file: File
  /** e.g. `coat/00017.png` for a file inside a dropped folder, or `iris.csv` for a lone file. */
  relativePath: string
  /** The dropped item itself (the folder's File entry in Electron), when different from `file`. */
  topLevel?: File
}

/**
 * Browser mode: sends files to the lab's host (PUT /upload/ID/path) and returns the server-side
 * path to import: the single file, or the dropped folder. Aborting `signal` stops the upload
 * (the promise rejects with the signal's reason).
 */
export async function uploadFiles(
  uploadId: string,
  folder: string,
  files: DroppedFile[],
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal
): Promise<string> {
  const concurrency = 6
  let next = 0
  let done = 0
  const sendNext = async (): Promise<void> => {
    while (next < files.length) {
      signal?.throwIfAborted()
      const { file, relativePath } = files[next++]
      const response = await fetch(
        `/upload/${uploadId}/${relativePath.split('/').map(encodeURIComponent).join('/')}`,
        {
          method: 'PUT',
          body: file,
          signal
        }
      )
      if (!response.ok)
        throw new Error(`could not upload ${relativePath}: ${await response.text()}`)
      onProgress?.(++done, files.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, sendNext))
  const roots = new Set(files.map((entry) => entry.relativePath.split('/')[0]))
  const single = files.length === 1 && !files[0].relativePath.includes('/')
  if (single) return `${folder}/${files[0].relativePath}`
  return roots.size === 1 ? `${folder}/${[...roots][0]}` : folder
}
