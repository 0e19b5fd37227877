import { once } from 'node:events'
import { createServer, type AddressInfo } from 'node:net'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { describeFailure, FAILURE_MEMORY_MS } from '../../scripts/lib/electron-binary.mjs'
import { openLab } from '../../scripts/lib/open-lab.mjs'

/**
 * `npm start` / `npm run dev` decide between the window and browser mode. The real download
 * cannot happen here, so a stand-in `electron` package (same layout as Electron 45's: no
 * postinstall, an `install-electron` bin, `path.txt` naming the binary in `dist/`) sits in a temp
 * checkout with a stand-in installer that succeeds or fails the way the real one does.
 */

const REAL_INSTALLER_TAIL = `
  .catch((err) => {
    console.error(err.stack);
    process.exit(1);
  });`

/** A stand-in installer: "downloads" (writes dist/ and path.txt) or fails like install.js. */
function installerSource(outcome: 'succeeds' | 'refused'): string {
  const count = `require('fs').appendFileSync(require('path').join(__dirname, 'runs.log'), 'run\\n');`
  if (outcome === 'succeeds')
    return `${count}
const fs = require('fs'); const path = require('path');
console.log('Downloading electron-v45.4.1-linux-x64.zip (stand-in)');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
const binary = path.join(__dirname, 'dist', 'electron');
fs.writeFileSync(binary, '#!/usr/bin/env node\\nrequire("fs").writeFileSync(process.env.RECORD, JSON.stringify(process.argv.slice(2)))\\n');
fs.chmodSync(binary, 0o755);
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`
  // A closed port on loopback: refused at once, with no network needed.
  return `${count}
fetch('http://127.0.0.1:' + process.env.CLOSED_PORT + '/electron-v45.4.1-linux-x64.zip')${REAL_INSTALLER_TAIL}`
}

/** A temp checkout with the stand-in electron package, electron-vite and CLI. */
function standInCheckout(installer: 'succeeds' | 'refused'): string {
  const root = mkdtempSync(join(tmpdir(), 'open-lab-'))
  const electron = join(root, 'node_modules', 'electron')
  mkdirSync(electron, { recursive: true })
  writeFileSync(
    join(electron, 'package.json'),
    JSON.stringify({
      name: 'electron',
      version: '45.4.1',
      main: 'index.js',
      bin: { electron: 'cli.js', 'install-electron': 'install.js' }
    })
  )
  writeFileSync(join(electron, 'install.js'), installerSource(installer))
  // What electron-vite dev reads: require('electron') is the binary's path.
  writeFileSync(
    join(electron, 'index.js'),
    `const fs = require('fs'), path = require('path');
module.exports = path.join(__dirname, 'dist', fs.readFileSync(path.join(__dirname, 'path.txt'), 'utf8'));`
  )
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin')
  mkdirSync(electronVite, { recursive: true })
  writeFileSync(
    join(electronVite, 'electron-vite.js'),
    `const { createRequire } = require('module');
const electron = createRequire(process.env.ELECTRON_PACKAGE)('./index.js');
require('fs').writeFileSync(process.env.RECORD, JSON.stringify({ args: process.argv.slice(2), electron }));`
  )
  mkdirSync(join(root, 'bin'))
  const cli = join(root, 'bin', 'backprop-lab')
  writeFileSync(
    cli,
    `require('fs').writeFileSync(process.env.RECORD, JSON.stringify(process.argv.slice(2)))\n`
  )
  chmodSync(cli, 0o755)
  writeFileSync(join(root, 'package.json'), '{"type":"commonjs"}')
  return root
}

/** A loopback port nothing listens on. */
let closedPort = 0
beforeAll(async () => {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  closedPort = (server.address() as AddressInfo).port
  server.close()
  await once(server, 'close')
})

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

async function open(
  root: string,
  launch: 'start' | 'dev',
  args: string[],
  now = Date.now()
): Promise<{ mode: string; record: unknown; lines: string[] }> {
  const record = join(root, 'record.json')
  rmSync(record, { force: true })
  const lines: string[] = []
  const child = await openLab({
    root,
    launch,
    args,
    now,
    say: (line: string) => lines.push(line),
    env: {
      ...process.env,
      RECORD: record,
      ELECTRON_PACKAGE: join(root, 'node_modules', 'electron', 'package.json'),
      ELECTRON_OVERRIDE_DIST_PATH: '',
      CLOSED_PORT: String(closedPort)
    }
  })
  await once(child, 'exit')
  return { mode: child.mode, record: JSON.parse(readFileSync(record, 'utf8')), lines }
}

const installerRuns = (root: string) =>
  readFileSync(join(root, 'node_modules', 'electron', 'runs.log'), 'utf8').split('\n').length - 1
const memoryFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'backprop-lab', 'electron-download.json')

describe('npm start: getting Electro and opening the window', () => {
  it('runs the installer when the binary is missing, then opens the window with the arguments', async () => {
    const root = standInCheckout('succeeds')
    roots.push(root)
    const { mode, record, lines } = await open(root, 'start', [
      '--retry-electron',
      'iris.model.json'
    ])
    expect(mode).toBe('desktop')
    expect(record).toEqual(['.', 'iris.model.json'])
    expect(lines.join('\n')).toMatch(/Getting Electron 45\.4\.1 .*Electron's installer/)
    expect(installerRuns(root)).toBe(1)
    // Next start: the binary is there, no installer.
    await open(root, 'start', [])
    expect(installerRuns(root)).toBe(1)
  })

  it('npm run dev runs electron-vite dev, which finds the downloaded binary', async () => {
    const root = standInCheckout('succeeds')
    roots.push(root)
    const { mode, record } = await open(root, 'dev', ['--inspect'])
    expect(mode).toBe('desktop')
    expect(record).toEqual({
      args: ['dev', '--inspect'],
      electron: join(root, 'node_modules', 'electron', 'dist', 'electron')
    })
  })

  it('when the download fails: browser mode, one line with the real reason and how to retry', async () => {
    const root = standInCheckout('refused')
    roots.push(root)
    const { mode, record, lines } = await open(root, 'start', [])
    expect(mode).toBe('browser')
    expect(record).toEqual(['serve'])
    const said = lines.at(-1)!
    expect(said).not.toContain('\n')
    expect(said).toBe(
      `Could not get Electron: no connection to 127.0.0.1:${closedPort} (ECONNREFUSED). The lab opens in browser mode instead; to try again: npm start -- --retry-electron`
    )
    expect(existsSync(memoryFile(root))).toBe(true)
  })

  it('remembers a failure for a day, unless --retry-electron', async () => {
    const root = standInCheckout('refused')
    roots.push(root)
    const start = Date.now()
    await open(root, 'start', [], start)
    const later = await open(root, 'start', [], start + 3 * 60 * 60 * 1000)
    expect(installerRuns(root)).toBe(1)
    expect(later.mode).toBe('browser')
    expect(later.lines).toEqual([
      `Could not get Electron: no connection to 127.0.0.1:${closedPort} (ECONNREFUSED) (tried 3 h ago). The lab opens in browser mode instead; to try again: npm start -- --retry-electron`
    ])
    const dev = await open(root, 'dev', ['--retry-electron'], start + 60_000)
    expect(installerRuns(root)).toBe(2)
    expect(dev.lines.at(-1)).toMatch(/to try again: npm run dev -- --retry-electron$/)
    await open(root, 'start', [], start + 60_000 + FAILURE_MEMORY_MS + 1)
    expect(installerRuns(root)).toBe(3)
  })
})

describe('the reason for a failed download, in words', () => {
  it('names no network, refusals, permissions, a full disk and checksum mismatches', () => {
    const dir = '/x/node_modules/electron'
    expect(describeFailure({ causeCode: 'ENOTFOUND', host: 'github.com' }, dir)).toBe(
      'no network (github.com cannot be reached: ENOTFOUND)'
    )
    expect(describeFailure({ causeCode: 'EAI_AGAIN', host: 'github.com' }, dir)).toMatch(
      /^no network/
    )
    expect(describeFailure({ code: 'EACCES' }, dir)).toBe(`cannot write to ${dir} (EACCES)`)
    expect(describeFailure({ code: 'ENOSPC' }, dir)).toBe('the disk is full')
    expect(
      describeFailure({ message: 'Error: Generated checksum for "x.zip" did not match' }, dir)
    ).toBe('the download did not match its checksum')
    expect(
      describeFailure({ message: 'HTTPError: Response code 404 (Not Found) for https://x' }, dir)
    ).toBe('HTTPError: Response code 404 (Not Found) for https://x')
  })

  it('the real electron package still downloads on first use through install-electron', () => {
    const manifest = JSON.parse(
      readFileSync(join('node_modules', 'electron', 'package.json'), 'utf8')
    ) as { bin: Record<string, string>; scripts?: Record<string, string> }
    expect(manifest.bin['install-electron']).toBe('install.js')
    expect(manifest.scripts?.postinstall).toBeUndefined()
  })
})
