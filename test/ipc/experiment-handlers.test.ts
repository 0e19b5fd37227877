import { copyFileSync, mkdirSync, readdirSync, readFileSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, trainedLab, valueOf, type Call, type TrainedLab } from './support/trained-lab'
import { openLab } from '../../src/main/lab'
import { browserModeCaller } from '../../src/main/web/web-host'
import { createHandlers } from '../../src/main/ipc/handlers'
import { dispatch } from '../../src/main/ipc/dispatch'
import { serveExportZip } from '../../src/main/web/export-download'

/**
 * Save experiment as… and Open experiment… from the app (browser mode, through dispatch's
 * validation): the file offered for download opens in a second lab under new ids, and a newer,
 * cut-short or changed file is refused with its reason (which the window says in its language).
 */
describe('experiments:save and experiments:open', () => {
  let teacher: TrainedLab
  let runId: string
  let call: Call
  let saved: string

  beforeAll(async () => {
    teacher = await trainedLab()
    runId = await teacher.train({ hidden: [5], epochs: 4, seed: 3 })
    call = caller(teacher.lab, { mode: 'browser' })
    const outcome = valueOf(await call('experiments:save', { runIds: [runId] }))!
    expect(outcome.download).toMatch(/^\/download\/[0-9a-f-]{36}\.bplab$/)
    const exportId = /\/download\/(.+)\.bplab$/.exec(outcome.download!)![1]
    const folder = join(teacher.home, 'exports', exportId)
    expect(readdirSync(folder)).toEqual([outcome.fileName])
    expect(outcome).toMatchObject({ runs: 1, experiments: 1, datasets: 1 })
    saved = join(folder, outcome.fileName)
  }, 60_000)
  afterAll(() => teacher.close())

  /** A second lab whose browser-mode caller may read what was "uploaded" to it. */
  function learnerLab(home: string) {
    const lab = openLab({ home })
    const handlers = createHandlers({
      lab,
      emit: () => {},
      version: 't',
      resourcesDir: 'r',
      mode: 'browser'
    })
    const from = browserModeCaller(lab, 'r')
    const upload = (source: string, name: string) => {
      const folder = join(home, 'uploads', 'u1')
      mkdirSync(folder, { recursive: true })
      copyFileSync(source, join(folder, name))
      return join(folder, name)
    }
    const open = async (path: string) =>
      valueOf(
        (await dispatch(handlers, 'experiments:open', { path }, from)) as never
      ) as import('../../src/shared/model/experiment-file').ExperimentOpening
    return { lab, upload, open }
  }

  it('opens the saved file in another lab under new ids, with the run’s figures', async () => {
    const learner = learnerLab(join(teacher.home, 'learner'))
    try {
      const opening = await learner.open(learner.upload(saved, 'shared.bplab'))
      if (!('opened' in opening)) throw new Error(JSON.stringify(opening))
      expect(opening.opened.runs).toHaveLength(1)
      const copy = learner.lab.runs.get(opening.opened.runs[0].runId)
      const original = teacher.lab.runs.get(runId)
      expect(copy.summary).toEqual(original.summary)
      // opening again never overwrites: a second copy under other ids
      const again = await learner.open(learner.upload(saved, 'again.bplab'))
      if (!('opened' in again)) throw new Error('refused')
      expect(again.opened.runs[0].runId).not.toBe(opening.opened.runs[0].runId)
    } finally {
      learner.lab.close()
    }
  })

  it('refuses a newer, a cut-short and a changed file with its reason, naming the file only', async () => {
    const learner = learnerLab(join(teacher.home, 'learner2'))
    try {
      const newer = learner.upload(saved, 'newer.bplab')
      const db = new Database(newer)
      db.prepare("UPDATE manifest SET value = '99' WHERE key = 'formatVersion'").run()
      db.close()
      const cut = learner.upload(saved, 'cut.bplab')
      truncateSync(cut, Math.floor(readFileSync(cut).length / 2))
      const changed = learner.upload(saved, 'changed.bplab')
      const edit = new Database(changed)
      edit.prepare("UPDATE file_chunks SET data = x'00' || data").run()
      edit.close()
      const refusals = []
      for (const path of [newer, cut, changed]) {
        const opening = await learner.open(path)
        if (!('refused' in opening)) throw new Error(`${path} opened`)
        refusals.push(opening.refused)
      }
      expect(refusals.map(({ reason }) => reason)).toEqual(['newer', 'damaged', 'hash-mismatch'])
      expect(refusals.map(({ fileName }) => fileName)).toEqual([
        'newer.bplab',
        'cut.bplab',
        'changed.bplab'
      ])
      for (const { message } of refusals) {
        expect(message).not.toContain('uploads')
        expect(message.split('\n')).toHaveLength(1)
      }
      expect(learner.lab.runs.list()).toEqual([])
    } finally {
      learner.lab.close()
    }
  })

  it('refuses a path the page was never given, and a save of no runs', async () => {
    const reply = await call('experiments:open', { path: '/etc/passwd' })
    expect(reply.ok).toBe(false)
    const none = await call('experiments:save', { runIds: [] })
    expect(none.ok).toBe(false)
  })

  it('the host offers the saved file as it is, under its name', () => {
    const exportId = saved.split('/').at(-2)!
    let head: { status: number; headers: Record<string, unknown> } | null = null
    let body: Buffer | null = null
    const response = {
      writeHead(status: number, headers: Record<string, unknown>) {
        head = { status, headers }
        return response
      },
      end(data: Buffer) {
        body = data
      }
    }
    serveExportZip(teacher.home, `/download/${exportId}.bplab`, response as never)
    expect(head!.status).toBe(200)
    expect(String(head!.headers['content-disposition'])).toContain('.bplab')
    expect(Buffer.compare(body!, readFileSync(saved))).toBe(0)
    serveExportZip(teacher.home, '/download/../x.bplab', response as never)
    expect(head!.status).toBe(404)
  })
})
