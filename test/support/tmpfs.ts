import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A small RAM-backed file system for tests of a full or read-only disk. Mounting needs root (CI
 * runs as root); elsewhere `canMountTmpfs` says why not, and those tests skip with that message.
 */
export const canMountTmpfs: { ok: boolean; reason: string } = (() => {
  if (process.platform !== 'linux') return { ok: false, reason: 'tmpfs mounts need Linux' }
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'tmpfs mounts need root (CI runs as root)' }
  try {
    const probe = mountTmpfs(1)
    unmountTmpfs(probe)
    return { ok: true, reason: '' }
  } catch (error) {
    return {
      ok: false,
      reason: `cannot mount a tmpfs here: ${(error as Error).message.split('\n')[0]}`
    }
  }
})()

/** Mounts a tmpfs of `megabytes` on a new temp folder and returns the folder. */
export function mountTmpfs(megabytes: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-tmpfs-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', folder], {
    stdio: 'pipe'
  })
  return folder
}

/** Makes a mounted tmpfs read-only (or writable again). */
export function remountTmpfs(folder: string, readOnly: boolean): void {
  execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, folder], { stdio: 'pipe' })
}

/** Unmounts a tmpfs and removes its folder. */
export function unmountTmpfs(folder: string): void {
  execFileSync('umount', [folder], { stdio: 'pipe' })
  rmdirSync(folder)
}
