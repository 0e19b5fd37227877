import type { ServerResponse } from 'node:http'
import { downloadFolder, zipFolder, zipName } from '../services/export-folders'

/**
 * Browser mode: answers `GET /download/<exportId>.zip` with the export's folder zipped (the
 * caller has checked the token). Unknown or malformed ids get 404.
 */
export function serveExportZip(homeRoot: string, pathname: string, response: ServerResponse): void {
  const exportId = /^\/download\/([^/]+)\.zip$/.exec(pathname)?.[1]
  const folder = exportId ? downloadFolder(homeRoot, exportId) : null
  if (!folder) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such export')
    return
  }
  const zip = zipFolder(folder)
  const name = zipName(folder)
  response
    .writeHead(200, {
      'content-type': 'application/zip',
      'content-length': zip.byteLength,
      'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store'
    })
    .end(zip)
}
