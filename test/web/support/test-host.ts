import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLab, type Lab } from '../../../src/main/lab'
import { startWebHost, type WebHost } from '../../../src/main/web/web-host'

/** The fixed token of the test hosts. */
export const TOKEN = 'hardening-token'

/** A browser-mode host over a fresh home, with its lab (no renderer is served). */
export interface TestHost {
  home: string
  lab: Lab
  host: WebHost
  close(): Promise<void>
}

export async function startTestHost(): Promise<TestHost> {
  const home = mkdtempSync(join(tmpdir(), 'backprop-lab-web-'))
  const lab = openLab({ home })
  const host = await startWebHost({
    lab,
    rendererDir: join(home, 'no-renderer'),
    resourcesDir: 'resources',
    version: 'test',
    token: TOKEN
  })
  return {
    home,
    lab,
    host,
    close: async () => {
      await host.close()
      lab.close()
      rmSync(home, { recursive: true, force: true })
    }
  }
}
