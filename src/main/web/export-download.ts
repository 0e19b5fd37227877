import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ServerResponse } from 'node:http'
import { PACK_EXTENSION } from '../../shared/model/experiment-file'
import { downloadFolder, zipFolder, zipName } from '../services/export-folders'

/** The address the browser-mode host offers a saved experiment file at. */
export function experimentDownloadPath(exportId: string): string {
  return `/download/${exportId}${PACK_EXTENSION}`
}

/**
 * Browser mode: answers `GET /download/<exportId>.zip` with the export's folder zipped, and
 * `GET /download/<exportId>.bplab` with the experiment file saved there as it is (the caller has
 * checked the token). Unknown or malformed ids get 404.
 */
export function serveExportZip(homeRoot: string, pathname: string, response: ServerResponse): void {
  const [, exportId, kind] = /^\/download\/([^/]+)\.(zip|bplab)$/.exec(pathname) ?? []
  const folder = exportId ? downloadFolder(homeRoot, exportId) : null
  const packed =
    folder && kind === 'bplab'
      ? readdirSync(folder).find((name) => name.endsWith(PACK_EXTENSION))
      : undefined
  if (!folder || (kind === 'bplab' && !packed)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such export')
    return
  }
  const body = packed ? readFileSync(join(folder, packed)) : zipFolder(folder)
  const name = packed ?? zipName(folder)
  response
    .writeHead(200, {
      'content-type': packed ? 'application/vnd.sqlite3' : 'application/zip',
      'content-length': body.byteLength,
      'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store'
    })
    .end(body)
}
