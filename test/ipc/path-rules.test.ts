import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Caller, InvokeHandlers } from '../../src/main/ipc/handler-types'
import { createHandlers } from '../../src/main/ipc/handlers'
import { bundledRoots, recordedIn } from '../../src/main/ipc/path-access'
import { PathGrants } from '../../src/main/ipc/path-grants'
import { openLab, type Lab } from '../../src/main/lab'
import { browserModeCaller } from '../../src/main/web/web-host'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import type { InvokeChannel } from '../../src/shared/ipc/contract'
import { INVOKE_SCHEMAS, validateRequest } from '../../src/shared/validation/ipc'
import { labPath, pathFieldsOf, pathsIn } from '../../src/shared/validation/lab-path'

const RESOURCES = resolve('resources')
const PRESET = join(RESOURCES, 'presets', 'textbook-2-2-2.model.json')
const SECRET = 'root:$6$SECRET-HASH:19000:0:99999:7:::'

/**
 * A request of each channel that takes a path, with the path in its path field. A channel the
 * contract gives a path field must be here (the first test fails otherwise).
 */
const PATH_REQUESTS: Record<string, (path: string) => unknown> = {
  'datasets:import': (path) => ({ importId: 'i1', path }),
  'training:start': (initModel) => ({ datasetId: 'd1', config: { initModel } }),
  'training:race': (initModel) => ({
    datasetId: 'd1',
    config: { initModel },
    variants: [{ optimizer: 'sgd' }, { optimizer: 'adam' }]
  }),
  'experiments:open': (path) => ({ path }),
  'inspect:sample': (modelPath) => ({ modelPath, inputs: [0.05, 0.1] }),
  'inspect:trace': (modelPath) => ({ modelPath, inputs: [[0.05, 0.1]], targets: [[0.01, 0.99]] }),
  'inspect:gradcheck': (modelPath) => ({
    modelPath,
    inputs: [[0.05, 0.1]],
    targets: [[0.01, 0.99]]
  })
}

/** String fields named like paths that hold only text main never reads as a file. */
const NOT_READ: Record<string, string> = {
  'app:state-set presetModel': 'the Network screen remembers which preset it shows',
  'app:state-set training.initModel': 'stored Training settings; training:start checks it',
  'datasets:restore folderIds[]': 'ids of folders in the lab’s own datasets folder, never paths'
}

/** Every string field of a schema with its dotted name (walking the same node kinds as the checker). */
function stringFields(schema: z.ZodType | null): [string, z.ZodType][] {
  const found: [string, z.ZodType][] = []
  const walk = (node: z.ZodType, field: string) => {
    const def = node.def as unknown as Record<string, unknown> & { type: string }
    if (def.type === 'string') found.push([field, node])
    if (def.type === 'object')
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(child, field ? `${field}.${key}` : key)
    if (['optional', 'nullable', 'default', 'readonly'].includes(def.type))
      walk(def.innerType as z.ZodType, field)
    if (def.type === 'array') walk(def.element as z.ZodType, `${field}[]`)
    if (def.type === 'pipe') walk(def.in as z.ZodType, field)
    if (def.type === 'union') for (const option of def.options as z.ZodType[]) walk(option, field)
  }
  if (schema) walk(schema, '')
  return found
}

describe('every channel that takes a path (listed from the contract)', () => {
  const channels = Object.keys(INVOKE_CHANNELS) as InvokeChannel[]

  it('is known to this test, field by field', () => {
    const withPaths = Object.fromEntries(
      channels
        .map((channel) => [channel, pathFieldsOf(INVOKE_SCHEMAS[channel])] as const)
        .filter(([, fields]) => fields.length > 0)
    )
    expect(withPaths).toEqual({
      'datasets:import': ['path', 'labelsFile'],
      'training:start': ['config.initModel'],
      'training:race': ['config.initModel'],
      'experiments:open': ['path'],
      'inspect:sample': ['modelPath'],
      'inspect:trace': ['modelPath'],
      'inspect:gradcheck': ['modelPath']
    })
    expect(Object.keys(PATH_REQUESTS).sort()).toEqual(Object.keys(withPaths).sort())
  })

  it('marks every string field named like a path as one (or says why it is never read)', () => {
    const unmarked = channels.flatMap((channel) =>
      stringFields(INVOKE_SCHEMAS[channel])
        .filter(([field, node]) => /path|file|folder|dir|model/i.test(field) && node !== labPath)
        .map(([field]) => `${channel} ${field}`)
    )
    expect(unmarked.sort()).toEqual(Object.keys(NOT_READ).sort())
  })
})

describe('the path rules on every path channel', () => {
  let home: string
  let lab: Lab
  let handlers: InvokeHandlers
  let browser: Caller
  let grants: PathGrants
  let secret: string
  let fifo: string
  let upload: string

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-paths-'))
    lab = openLab({ home })
    handlers = createHandlers({
      lab,
      emit: () => {},
      mode: 'browser',
      version: 'test',
      resourcesDir: RESOURCES
    })
    browser = browserModeCaller(lab, RESOURCES)
    grants = new PathGrants({ roots: () => bundledRoots(RESOURCES), isRecorded: recordedIn(lab) })
    secret = join(home, 'shadow')
    writeFileSync(secret, `${SECRET}\n`)
    fifo = join(home, 'a.fifo')
    execFileSync('mkfifo', [fifo])
    mkdirSync(join(home, 'uploads', 'u1'), { recursive: true })
    upload = join(home, 'uploads', 'u1', 'model.json')
    writeFileSync(upload, SECRET)
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  const call = (channel: string, path: string, caller: Caller) =>
    dispatch(handlers, channel, PATH_REQUESTS[channel](path), caller)

  const forbidden = () => [
    '/etc/passwd',
    '/etc/shadow',
    '/etc/hostname',
    '/dev/zero',
    fifo,
    secret,
    join(home, 'lab.sqlite'),
    join(home, 'uploads', 'u1', '..', '..', 'shadow'),
    `${join(home, 'uploads')}-other/x.csv`,
    'relative/../../etc/passwd'
  ]

  it.each(Object.keys(PATH_REQUESTS))(
    '%s: browser mode refuses every path that is not uploaded, bundled or recorded',
    async (channel) => {
      for (const path of forbidden()) {
        const reply = await call(channel, path, browser)
        expect(reply.ok, path).toBe(false)
        if (reply.ok) continue
        expect(reply.error.kind, path).toBe('validation')
        expect(reply.error.message).toMatch(
          new RegExp(
            `^${channel}: [\\w.]+: .+ is not a file given to the lab; drop the file or folder on the page to upload it$`
          )
        )
      }
      expect(lab.db.datasets.list()).toEqual([])
    }
  )

  it.each(Object.keys(PATH_REQUESTS))(
    '%s: the desktop app refuses a path until the user grants it to that window',
    async (channel) => {
      const window = 101 + Object.keys(PATH_REQUESTS).indexOf(channel)
      for (const path of forbidden()) {
        const reply = await call(channel, path, grants.callerFor(window))
        expect(reply.ok || reply.error.message, path).toMatch(
          /is not a file given to the lab; choose it with Open… or drop it on the window$/
        )
      }
      grants.grant(window, secret)
      const granted = await call(channel, secret, grants.callerFor(window))
      // Granted: the path passes, and the file is read; its contents never come back.
      expect(granted.ok ? '' : granted.error.message).not.toMatch(/is not a file given to the lab/)
      expect(JSON.stringify(granted)).not.toContain('SECRET')
      const other = await call(channel, secret, grants.callerFor(window + 100))
      expect(other.ok || other.error.message).toMatch(/is not a file given to the lab/)
    }
  )

  it('lets every caller use the bundled presets, and browser mode its uploads', async () => {
    for (const caller of [browser, grants.callerFor(7)]) {
      const reply = await call('inspect:trace', PRESET, caller)
      expect(reply.ok).toBe(true)
    }
    const uploaded = await call('inspect:trace', upload, browser)
    expect(uploaded.ok || uploaded.error.message).toMatch(/upload.*model\.json: not valid JSON/)
    expect(JSON.stringify(uploaded)).not.toContain('SECRET')
  })

  it('grants a folder with what is inside it, and forgets a closed window', async () => {
    const folder = mkdtempSync(join(home, 'granted-'))
    const inside = join(folder, 'sub', 'iris.csv')
    mkdirSync(join(folder, 'sub'))
    writeFileSync(inside, 'a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n')
    grants.grant(9, folder)
    const imported = await call('datasets:import', inside, grants.callerFor(9))
    expect(imported.ok).toBe(true)
    grants.forget(9)
    const after = await call('datasets:import', join(folder, 'sub'), grants.callerFor(9))
    expect(after.ok || after.error.message).toMatch(/is not a file given to the lab/)
    // A recorded path (a stored dataset's source) may be imported again by any caller.
    const again = await call('datasets:import', inside, browser)
    expect(again.ok).toBe(true)
  })

  it('passes the table options through, and checks a labels file like any path', () => {
    const request = {
      importId: 'i1',
      path: '/data/X.npy',
      sheet: 'Data',
      labelsFile: '/data/species.npy',
      arrays: { features: 'inputs', labels: 'targets' }
    }
    expect(validateRequest('datasets:import', request)).toEqual(request)
    expect(pathsIn(INVOKE_SCHEMAS['datasets:import'], request)).toEqual([
      { field: 'path', path: '/data/X.npy' },
      { field: 'labelsFile', path: '/data/species.npy' }
    ])
  })
})

describe('reading a granted path never hangs, fills memory or quotes the file', () => {
  let home: string
  let lab: Lab
  let handlers: InvokeHandlers
  let grants: PathGrants
  const window = 1

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-reads-'))
    lab = openLab({ home })
    handlers = createHandlers({
      lab,
      emit: () => {},
      mode: 'electron',
      version: 'test',
      resourcesDir: RESOURCES
    })
    grants = new PathGrants({ roots: () => [], isRecorded: () => false })
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  const granted = (channel: string, path: string) => {
    grants.grant(window, path)
    return dispatch(handlers, channel, PATH_REQUESTS[channel](path), grants.callerFor(window))
  }

  it('inspect:sample {modelPath: a password file} names the file, not its first line', async () => {
    const shadow = join(home, 'shadow')
    writeFileSync(shadow, `${SECRET}\nbin:*:19000:0:99999:7:::\n`)
    const reply = await granted('inspect:sample', shadow)
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: `${shadow}: not valid JSON (a model file is a JSON object, starting with {)`,
        detail: {
          code: 'modelFile.notJson',
          params: { file: shadow, problem: { kind: 'notObject' } }
        }
      }
    })
  })

  it('initModel: a one-line file (like /etc/hostname) is not echoed back', async () => {
    const hostname = join(home, 'hostname')
    writeFileSync(hostname, 'secret-host-SECRET\n')
    const dataset = await lab.imports.importPath(join(RESOURCES, 'samples', 'textbook.csv'), {
      targets: ['target_o1', 'target_o2']
    })
    grants.grant(window, hostname)
    const reply = await dispatch(
      handlers,
      'training:start',
      { datasetId: dataset.dataset.datasetId, config: { initModel: hostname } },
      grants.callerFor(window)
    )
    expect(reply.ok).toBe(false)
    expect(JSON.stringify(reply)).not.toContain('SECRET')
    expect(reply.ok || reply.error.message).toBe(
      `${hostname}: not valid JSON (a model file is a JSON object, starting with {)`
    )
  })

  it.each([
    ['/dev/zero', 'a device'],
    ['a FIFO', 'a FIFO']
  ])('refuses %s at once instead of reading it', async (what) => {
    const path = what === 'a FIFO' ? join(home, 'pipe') : '/dev/zero'
    if (what === 'a FIFO') execFileSync('mkfifo', [path])
    for (const channel of Object.keys(PATH_REQUESTS)) {
      const reply = await granted(channel, path)
      expect(reply.ok).toBe(false)
      if (reply.ok) continue
      // Opening an experiment names the file by its name only (an upload's path is the lab's).
      const shown = channel === 'experiments:open' ? basename(path) : path
      expect(reply.error.message).toContain(
        `${shown}: not a regular file (a device, FIFO or socket)`
      )
    }
  })
})
