import { listPackage, extractFile } from '@electron/asar'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../../electron-builder'
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/static-files'
import { ensureFreshBuild } from '../../scripts/lib/fresh-build.mjs'

/**
 * The installers cannot be built here (electron-builder downloads Electron), so the packaging is
 * proven another way: `electron-builder --dir` with `electronDist` pointing at a stand-in
 * Electron builds the unpacked app exactly as an installer holds it, and this test looks inside
 * its app.asar: every module the built main, preload and workers import resolves there, native
 * files and the WASM kernels are unpacked, and the renderer, samples and presets are present.
 */
const ROOT = join(import.meta.dirname, '..', '..')
const folder = mkdtempSync(join(tmpdir(), 'unpacked-app-'))
const app = join(folder, 'out', 'linux-unpacked')
const resources = join(app, 'resources')
const asar = join(resources, 'app.asar')
let inside: Set<string>

beforeAll(() => {
  expect(ensureFreshBuild(ROOT, () => {})).toBe(true)
  // A stand-in for Electron's unpacked distribution: what electron-builder copies around the app.
  const electron = join(folder, 'electron-dist')
  mkdirSync(join(electron, 'resources'), { recursive: true })
  writeFileSync(join(electron, 'electron'), '#!/bin/sh\necho stand-in electron\n')
  chmodSync(join(electron, 'electron'), 0o755)
  for (const file of ['LICENSE', 'LICENSES.chromium.html', 'chrome-sandbox'])
    writeFileSync(join(electron, file), '')
  writeFileSync(join(electron, 'version'), 'v45.4.1')
  const built = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      `-c.electronDist=${electron}`,
      `-c.directories.output=${join(folder, 'out')}`
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '' } }
  )
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0)
  inside = new Set(listPackage(asar, { isPack: false }).map((path) => path.replaceAll('\\', '/')))
}, 300_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A file of the app: in app.asar, or beside it in app.asar.unpacked. */
const inAsar = (path: string) => inside.has(`/${path}`)
const unpacked = (path: string) => existsSync(join(`${asar}.unpacked`, path))
const readInside = (path: string) => extractFile(asar, path).toString('utf8')

/** Every JavaScript file electron-vite built for main (with the CLI and workers) and preload. */
function builtFiles(): string[] {
  const files: string[] = []
  for (const part of ['out/main', 'out/preload'])
    for (const entry of readdirSync(join(ROOT, part), { recursive: true, withFileTypes: true }))
      if (entry.isFile() && /\.(c?js|mjs)$/.test(entry.name))
        files.push(join(entry.parentPath, entry.name))
  return files
}

/**
 * The bare module names a built file imports: static imports at the start of a line, dynamic
 * `import("…")` and `require("…")`, as the bundler writes them (double quotes; the exports'
 * README templates quote theirs singly, and are not imports).
 */
function importsOf(code: string): string[] {
  const found = new Set<string>()
  const name = '([@a-z0-9][\\w./@-]*)'
  const patterns = [
    new RegExp(`^(?:import|export)\\b[^;]*?\\bfrom "${name}";?$`, 'gm'),
    new RegExp(`^import "${name}";?$`, 'gm'),
    new RegExp(`\\bimport\\("${name}"\\)`, 'g'),
    new RegExp(`\\brequire\\("${name}"\\)`, 'g')
  ]
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1])
  return [...found]
}

/** `@scope/name/sub` → [`@scope/name`, `./sub`]. */
function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split('/')
  const size = specifier.startsWith('@') ? 2 : 1
  const rest = parts.slice(size).join('/')
  return [parts.slice(0, size).join('/'), rest ? `./${rest}` : '.']
}

type Exports = string | null | { [key: string]: Exports } | Exports[]

/** The file an `exports` map gives for Node's import/require (the conditions Node uses). */
function exportTarget(exports: Exports, subpath: string): string | null {
  if (typeof exports === 'string') return subpath === '.' ? exports : null
  if (exports === null || Array.isArray(exports)) return null
  const entry = Object.keys(exports).some((key) => key.startsWith('.'))
    ? (exports[subpath] ?? null)
    : subpath === '.'
      ? exports
      : null
  return conditionTarget(entry)
}

function conditionTarget(entry: Exports): string | null {
  if (typeof entry === 'string') return entry
  if (entry === null || Array.isArray(entry)) return null
  for (const condition of ['node', 'import', 'require', 'default'])
    if (condition in entry) {
      const target = conditionTarget(entry[condition])
      if (target) return target
    }
  return null
}

/** The package folder a module resolves to from `from` (a folder in the asar), Node's way. */
function packageFolder(name: string, from: string): string | null {
  for (let folder = from; ; folder = posix.dirname(folder)) {
    const candidate = posix.join(folder, 'node_modules', name)
    if (inside.has(`${candidate}/package.json`)) return candidate
    if (folder === '/') return null
  }
}

/**
 * Checks a bare import from `from` (its package and entry file are in the asar), and that the
 * dependencies of its package are there too, recursively (a dependency's entry is not checked:
 * some are types only, and what is imported of them is checked where it is imported).
 */
function resolveInside(
  specifier: string,
  from: string,
  seen: Set<string>,
  problems: string[],
  imported = true
) {
  const [name, subpath] = splitSpecifier(specifier)
  const folder = packageFolder(name, from)
  if (!folder) {
    problems.push(`${specifier} (imported from ${from}) is not in app.asar`)
    return
  }
  const manifest = JSON.parse(readInside(`${folder.slice(1)}/package.json`)) as {
    main?: string
    exports?: Exports
    dependencies?: Record<string, string>
    optionalDependencies?: Record<string, string>
  }
  const target =
    manifest.exports !== undefined
      ? exportTarget(manifest.exports, subpath)
      : subpath === '.'
        ? (manifest.main ?? 'index.js')
        : subpath
  const file = target ? posix.join(folder, target) : null
  const exists = (path: string) =>
    inside.has(path) || inside.has(`${path}.js`) || inside.has(`${path}/index.js`)
  if (imported && (!file || !exists(file)))
    problems.push(`${specifier}: its entry ${file} is not in app.asar`)
  if (seen.has(folder)) return
  seen.add(folder)
  for (const dependency of Object.keys(manifest.dependencies ?? {}))
    if (!(dependency in (manifest.optionalDependencies ?? {})))
      resolveInside(dependency, folder, seen, problems, false)
}

describe('the unpacked app that the installers hold', () => {
  it('has every module the built main, preload, CLI and workers import, with their dependencies', () => {
    const problems: string[] = []
    const seen = new Set<string>()
    const imported = new Set<string>()
    for (const file of builtFiles()) {
      const relative = file.slice(ROOT.length + 1).replaceAll('\\', '/')
      expect(inAsar(relative), relative).toBe(true)
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (isBuiltin(specifier) || specifier === 'electron') continue
        imported.add(specifier)
        resolveInside(specifier, '/', seen, problems)
      }
    }
    expect(problems).toEqual([])
    for (const known of ['better-sqlite3', 'sharp', 'commander', 'zod', 'electron-log/main'])
      expect(imported).toContain(known)
  })

  it('starts main where package.json says, and has the CLI the launcher runs', () => {
    const manifest = JSON.parse(readInside('package.json')) as { main: string }
    expect(inAsar(posix.normalize(manifest.main))).toBe(true)
    expect(inAsar('out/main/cli.js')).toBe(true)
    const launcher = readFileSync(join(resources, 'bin', 'backprop-lab'), 'utf8')
    expect(statSync(join(resources, 'bin', 'backprop-lab')).mode & 0o111).not.toBe(0)
    expect(launcher).toContain('ELECTRON_RUN_AS_NODE=1')
    expect(launcher).toContain('app.asar/out/main/cli.js')
    expect(launcher).toContain('backprop-lab-desktop')
    expect(existsSync(join(app, 'backprop-lab-desktop'))).toBe(true)
    const windows = readFileSync(join(resources, 'bin', 'backprop-lab.cmd'), 'utf8')
    expect(windows).toContain(`${config.productName}.exe`)
    expect(windows).toContain('app.asar\\out\\main\\cli.js')
  })

  it('keeps native files and the WASM kernels unpacked, beside the asar', () => {
    const natives = [...inside].filter((path) => path.endsWith('.node'))
    expect(natives.some((path) => path.includes('better-sqlite3'))).toBe(true)
    expect(natives.some((path) => path.includes('@img/sharp-'))).toBe(true)
    for (const path of natives) expect(unpacked(path), path).toBe(true)
    const wasm = [...inside].filter((path) => path.endsWith('.wasm'))
    expect(wasm.filter((path) => path.startsWith('/out/main/')).length).toBe(2)
    for (const path of wasm.filter((path) => path.startsWith('/out/')))
      expect(unpacked(path)).toBe(true)
    // sharp loads libvips from beside its .node file.
    expect(
      [...inside].some((path) => /@img\/sharp-libvips-[^/]+\/lib\//.test(path) && unpacked(path))
    ).toBe(true)
  })

  it('has the renderer, the samples and the presets, and not the project’s own Node', () => {
    expect(inAsar('out/renderer/index.html')).toBe(true)
    // file:// loads get no response header: the policy is in the page itself (issue 14).
    const tag = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
      readInside('out/renderer/index.html')
    )
    const policy = tag![1].replaceAll('&#39;', "'")
    expect(`${policy}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY)
    for (const file of [
      'resources/samples/iris.csv',
      'resources/presets/textbook-2-2-2.model.json'
    ])
      expect(inAsar(file) && unpacked(file), file).toBe(true)
    expect([...inside].some((path) => path.startsWith('/node_modules/node/'))).toBe(false)
    expect([...inside].some((path) => path.startsWith('/node_modules/vue/'))).toBe(false)
  })
})

describe('the installers’ settings', () => {
  it('builds AppImage and deb, dmg for x64 and arm64, and NSIS, with the app’s id and icons', () => {
    expect(config.appId).toBe('org.backproplab.desktop')
    expect(config.productName).toBe('Backprop Lab')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    for (const icon of [config.mac.icon, config.win.icon])
      expect(existsSync(join(ROOT, icon))).toBe(true)
    const sizes = readdirSync(join(ROOT, config.linux.icon)).sort()
    expect(sizes).toContain('512x512.png')
    expect(sizes).toContain('16x16.png')
  })

  it('registers .model.json and .bplab as the app’s document types and links the CLI into /usr/bin on deb', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'model.json', mimeType: 'application/x-backprop-lab-model' }),
      expect.objectContaining({ ext: 'bplab', mimeType: 'application/x-backprop-lab-experiment' })
    ])
    const afterInstall = readFileSync(join(ROOT, config.deb.afterInstall), 'utf8')
    expect(afterInstall).toContain(
      "ln -sf '/opt/${sanitizedProductName}/resources/bin/backprop-lab' '/usr/bin/backprop-lab'"
    )
  })
})
