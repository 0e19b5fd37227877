import { rmSync, statfsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLab } from '../../src/main/lab'
import { textOf, type LabMessage } from '../../src/shared/messages'
import { startWebHost } from '../../src/main/web/web-host'
import { canMountTmpfs, mountTmpfs, unmountTmpfs } from '../support/tmpfs'
import { RawSocket } from '../web/support/raw-socket'
import { DIGITS_CSV, runJson, stderrLines } from './support/cli'

/** Fills the disk of `home` with one file, leaving about `leftKiB` free. */
function fillDisk(home: string, leftKiB: number): string {
  const filler = join(home, 'filler')
  const { bavail, bsize } = statfsSync(home)
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leftKiB * 1024)))
  return filler
}

/**
 * The one line a run ends with when the disk fills: it names the epoch whose store failed, or
 * `the run` when the write that met the full disk was one of the batch costs sent between epochs
 * (which comes first depends on how fast the engine trains).
 */
const FULL = (home: string, epoch: number) =>
  new RegExp(
    `^the disk is full \\(SQLITE_FULL\\): (epoch ${epoch}|the run) could not be saved to ${join(home, 'lab.sqlite').replaceAll('.', '\\.')}; free some space, then continue the run with: backprop-lab resume r1$`
  )

/**
 * A disk that fills up while a run trains: the run ends failed with one line saying so, what
 * was stored stays, and once space is freed `resume` carries on. On a small tmpfs (root only;
 * elsewhere the tests say why they do not run).
 */
describe('a disk that fills up while training', () => {
  const mounted: string[] = []
  const home = () => {
    const folder = mountTmpfs(8)
    mounted.push(folder)
    return folder
  }
  afterAll(() => mounted.forEach(unmountTmpfs))

  it.runIf(canMountTmpfs.ok)(
    'the CLI ends the run failed, and resume finishes it once there is room',
    async () => {
      const lab = home()
      expect((await runJson(lab, ['import', DIGITS_CSV])).code).toBe(0)
      const filler = fillDisk(lab, 400)
      const trained = await runJson(lab, ['train', 'd1', '--hidden', '32', '--epochs', '60'])
      expect(trained.code, trained.stderr).toBe(1)
      const failedAt = (trained.lines.at(-1)!.epochs as number) + 1
      const lines = stderrLines(trained)
      expect(lines).toHaveLength(1)
      expect(lines[0].replace(/^error: /, '')).toMatch(FULL(lab, failedAt))
      const run = (await runJson(lab, ['run', 'r1'])).lines[0]
      expect(run).toMatchObject({ status: 'failed', error: lines[0].replace(/^error: /, '') })
      expect(run.epochs).toBe(failedAt - 1)
      expect(run.metrics).toHaveLength(failedAt - 1)

      rmSync(filler)
      const resumed = await runJson(lab, ['resume', 'r1'])
      expect(resumed.code, resumed.stderr).toBe(0)
      expect(resumed.lines.at(-1)).toMatchObject({ event: 'done', status: 'completed', epochs: 60 })
      expect(resumed.lines[0]).toMatchObject({ event: 'epoch', epoch: failedAt })
    }
  )

  it.runIf(canMountTmpfs.ok)('serve keeps serving; the run it trained ends failed', async () => {
    const folder = home()
    const lab = openLab({ home: folder })
    const host = await startWebHost({
      lab,
      rendererDir: join(folder, 'none'),
      resourcesDir: 'resources',
      version: 'test',
      token: 'disk-full'
    })
    try {
      const { dataset } = await lab.imports.importPath(DIGITS_CSV)
      const filler = fillDisk(folder, 400)
      const { socket } = await RawSocket.open(host.port, { token: 'disk-full' })
      const started = await socket.call(1, 'training:start', {
        datasetId: dataset.datasetId,
        config: { hidden: [32], epochs: 60 }
      })
      expect(started).toMatchObject({ reply: { ok: true } })
      await lab.training.get('r1')?.finished
      type Page = {
        reply: { ok: boolean; value: { detail: { status: string; error: LabMessage | string } } }
      }
      let page = (await socket.call(2, 'runs:get', { runId: 'r1' })) as Page
      expect(page.reply.ok).toBe(true)
      if (page.reply.value.detail.status === 'running') {
        // Not even the failure fitted on the disk: it is written again every few seconds, so
        // once there is room the run reads failed (the host answering all the while).
        rmSync(filler)
        for (let id = 3; page.reply.value.detail.status === 'running' && id < 40; id++) {
          await new Promise((resolve) => setTimeout(resolve, 500))
          page = (await socket.call(id, 'runs:get', { runId: 'r1' })) as Page
        }
      }
      expect(page.reply.value.detail.status).toBe('failed')
      // The reason travels as its code (said in the UI's language); its English text:
      expect(textOf(page.reply.value.detail.error)).toMatch(
        /^the disk is full \(SQLITE_FULL\): (epoch \d+|the run|the run's end) could not be saved/
      )
      // The host goes on answering.
      expect(await socket.call(99, 'app:info')).toMatchObject({ reply: { ok: true } })
      socket.destroy()
    } finally {
      await host.close()
      lab.close()
    }
  })

  if (!canMountTmpfs.ok) it(`not run here: ${canMountTmpfs.reason}`, () => undefined)
})
