import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import { userError } from '../../../shared/errors'
import { appPackage } from '../../app-root'
import { openLab } from '../../lab'
import { startWebHost } from '../../web/web-host'
import { parseWhole } from '../option-values'
import { addGlobalOptions } from './global-options'
import type { GlobalOptions } from '../context'

/** The highest TCP port number. */
const MAXIMUM_PORT = 65_535

/** `serve [--port N]`: the lab in the browser, on 127.0.0.1 only, until Ctrl-C. */
export function serveCommand(program: Command): void {
  const command = program
    .command('serve')
    .description(summaryOf('serve'))
    .option('--port <number>', 'port to listen on (default: a free one)', (text) =>
      parseWhole(text, 1, MAXIMUM_PORT)
    )
  addGlobalOptions(command).action(async (values: GlobalOptions & { port?: number }) => {
    const { root, version } = appPackage()
    const lab = openLab({ home: values.home })
    const rendererDir = join(root, 'out', 'renderer')
    // The port is taken before the page is looked for, so one in use is what is said. In a
    // checkout the launcher (bin/backprop-lab) has already rebuilt a page whose sources changed
    // (scripts/lib/fresh-build.mjs).
    const host = await startWebHost({
      lab,
      rendererDir,
      resourcesDir: join(root, 'resources'),
      version,
      port: values.port
    })
    const page = join(rendererDir, 'index.html')
    if (!existsSync(page)) {
      await host.close()
      throw userError('fault.pageMissing', { page, root })
    }
    if (values.json)
      process.stdout.write(
        `${JSON.stringify({ event: 'listening', url: host.url, port: host.port, home: lab.home.root })}\n`
      )
    else
      process.stdout.write(
        `Backprop Lab is running at ${host.url}\n(home: ${lab.home.root}; press Ctrl-C to stop)\n`
      )
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await host.close()
    lab.close()
  })
}
