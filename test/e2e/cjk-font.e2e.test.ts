import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, screenshot, startHarness, type Harness } from './harness'

/**
 * A fontconfig that sees only the Latin system fonts (DejaVu, Liberation): Chromium on it is a
 * machine without any Chinese font, whatever this machine has installed.
 */
function latinOnlyFontconfig(folder: string): string {
  const file = join(folder, 'fonts.conf')
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <dir>/usr/share/fonts/truetype/liberation</dir>
  <cachedir>${join(folder, 'cache')}</cachedir>
</fontconfig>
`
  )
  return file
}

/** PNG bytes of each text drawn in a span of the given font family. */
async function drawn(page: Page, family: string, texts: readonly string[]): Promise<Buffer[]> {
  const shots: Buffer[] = []
  for (const text of texts) {
    await page.evaluate(
      ({ family, text }) => {
        document.getElementById('glyph-probe')?.remove()
        const span = document.createElement('span')
        span.id = 'glyph-probe'
        span.textContent = text
        span.style.cssText = `font: 40px ${family}; position: fixed; top: 0; left: 0; z-index: 99; background: #fff; color: #000; padding: 4px`
        document.body.append(span)
      },
      { family, text }
    )
    await page.evaluate(() => document.fonts.ready)
    shots.push(await page.locator('#glyph-probe').screenshot())
  }
  await page.evaluate(() => document.getElementById('glyph-probe')?.remove())
  return shots
}

/** Issue 16: 简体中文 renders with the font shipped in the app, on a machine with no Chinese font. */
describe('the shipped CJK font', () => {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-fonts-'))
  const fontconfig = latinOnlyFontconfig(folder)
  let harness: Harness
  let page: Page

  beforeAll(async () => {
    harness = await startHarness({ browserEnv: { FONTCONFIG_FILE: fontconfig } })
    await harness.importDataset(join(ROOT, 'resources', 'samples', 'iris.csv'))
    page = await harness.open()
    await page.locator('[data-test=language]').selectOption('zh-CN')
  })

  afterAll(async () => {
    expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('the browser sees no Chinese system font', () => {
    const chinese = execFileSync('fc-list', [':lang=zh'], {
      env: { ...process.env, FONTCONFIG_FILE: fontconfig },
      encoding: 'utf8'
    })
    expect(chinese.trim()).toBe('')
  })

  it('draws distinct Chinese glyphs with the app font, where the system fonts draw the same empty box', async () => {
    const texts = ['数', '据', '训', '练']
    const withApp = await drawn(page, "system-ui, 'Lab Noto Sans SC', sans-serif", texts)
    const systemOnly = await drawn(page, "system-ui, 'DejaVu Sans', sans-serif", texts)
    // Without a Chinese font every character is the same .notdef box.
    expect(new Set(systemOnly.map((png) => png.toString('base64'))).size).toBe(1)
    // With the shipped font each character is its own glyph.
    expect(new Set(withApp.map((png) => png.toString('base64'))).size).toBe(texts.length)
    expect(
      await page.evaluate(() =>
        [...document.fonts]
          .filter((face) => face.family.includes('Lab Noto Sans SC'))
          .map((face) => face.status)
      )
    ).toContain('loaded')
  })

  it('the Chinese UI, light and dark: its headings drawn in the app font, not as empty boxes', async () => {
    await page.getByRole('button', { name: '数据', exact: true }).click()
    const heading = page.getByRole('heading', { name: '你的数据集' })
    const asShown = await heading.screenshot()
    await heading.evaluate(
      (element) => ((element as HTMLElement).style.fontFamily = "'DejaVu Sans'")
    )
    const asBoxes = await heading.screenshot()
    await heading.evaluate((element) => ((element as HTMLElement).style.fontFamily = ''))
    expect(asShown.equals(asBoxes)).toBe(false)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.evaluate(() => document.fonts.ready)
      await screenshot(page, `cjk-font-zh-CN-${scheme}`)
    }
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
