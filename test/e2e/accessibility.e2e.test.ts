import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BREAST_CANCER_CSV } from '../cli/support/cli'
import { ROOT, screenshot, startHarness, type Harness } from './harness'

/**
 * Accessibility (issue 20): axe-core finds nothing serious or critical, and no breach of WCAG
 * 2.1 A/AA of any weight, in any state of the lab a person reaches — the six screens, a wide
 * table and an image dataset on Data, each Inspect panel, a run's page and the comparison of two
 * runs — in the light and the dark theme, in English and in Chinese, in a small window (where
 * wide tables and formulas scroll). Screenshots of each are kept as test artifacts.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)
const FASHION_SMALL = join(ROOT, 'resources', 'samples', 'fashion-small')
const IRIS = join(ROOT, 'resources', 'samples', 'iris.csv')
/** A small laptop's window. */
const WINDOW = { width: 1024, height: 700 }
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** What axe finds that the lab must not have, one line per rule and element. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's Content Security Policy allows.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(options: object): Promise<unknown> } }).axe.run({
      resultTypes: ['violations']
    })
  )) as AxeResults
  return results.violations
    .filter(
      (rule) =>
        rule.impact === 'serious' ||
        rule.impact === 'critical' ||
        rule.tags.some((tag) => WCAG_AA.includes(tag))
    )
    .flatMap((rule) =>
      rule.nodes.map(
        (node) =>
          `${rule.impact} ${rule.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim()}`
      )
    )
}

describe('accessibility (axe-core) in the browser', () => {
  let harness: Harness
  let page: Page
  let imageRun: string
  let irisRuns: string[]

  beforeAll(async () => {
    harness = await startHarness()
    const images = await harness.importDataset(FASHION_SMALL)
    const iris = await harness.importDataset(IRIS)
    await harness.importDataset(BREAST_CANCER_CSV)
    imageRun = (await harness.train(images.datasetId, { hidden: [16], epochs: 3, seed: 3 })).runId
    irisRuns = [
      (await harness.train(iris.datasetId, { hidden: [8], epochs: 3, seed: 1 })).runId,
      (await harness.train(iris.datasetId, { hidden: [4], epochs: 3, seed: 2 })).runId
    ]
    page = await harness.open()
    await page.setViewportSize(WINDOW)
  })

  afterAll(async () => {
    expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
  })

  // By position and data attributes, so the same steps reach the same states in either language.
  const screenTab = (index: number) => page.locator('.top-bar .tabs button').nth(index).click()
  const pickDataset = (name: string) =>
    page.locator('.dataset-list button.pick').filter({ hasText: name }).click()

  /** Each state, named, with how to reach it from the one before. */
  const states: [string, () => Promise<unknown>][] = [
    ['data', () => screenTab(0)],
    ['data-wide-table', () => pickDataset('breast')],
    ['data-images', () => pickDataset('fashion')],
    ['network', () => screenTab(1)],
    ['training', () => screenTab(2)],
    [
      'inspect-weights',
      async () => {
        await screenTab(3)
        await page.locator('.source-picker select').selectOption(`run:${imageRun}`)
      }
    ],
    ...['activations', 'gradients', 'step', 'gradcheck', 'confusion'].map(
      (panel, index): [string, () => Promise<unknown>] => [
        `inspect-${panel}`,
        () =>
          page
            .locator('.inspect-tabs button')
            .nth(index + 1)
            .click()
      ]
    ),
    ['experiments', () => screenTab(4)],
    ['run-page', () => page.locator(`tr[data-run-id="${imageRun}"] button.run-name`).click()],
    [
      'compare',
      async () => {
        for (const runId of irisRuns)
          await page.locator(`tr[data-run-id="${runId}"] input.pick`).check()
        await page.locator('.compare-bar button.primary').click()
      }
    ],
    ['learn', () => screenTab(5)]
  ]

  it('starts the keyboard at a skip link to the screen, and rings what has the focus', async () => {
    await page.reload()
    await page.locator('main.screen').waitFor()
    /** The focused element: its class or tag, whether it is on screen, and its focus ring. */
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return {
          what: element.className || element.tagName.toLowerCase(),
          inMain: element.closest('main') !== null,
          onScreen: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
          ring: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth)
        }
      })
    await page.keyboard.press('Tab')
    expect(await focused()).toMatchObject({ what: 'skip-link', onScreen: true })
    expect((await focused()).ring).toBeGreaterThanOrEqual(2)
    await page.keyboard.press('Enter')
    expect(await focused()).toMatchObject({ what: 'screen', inMain: true })
    // The next Tab lands on the screen's first control (not back in the top bar), ringed.
    await page.keyboard.press('Tab')
    const next = await focused()
    expect(next).toMatchObject({ inMain: true, onScreen: true })
    expect(next.ring).toBeGreaterThanOrEqual(2)
  })

  for (const locale of ['en', 'zh-CN']) {
    for (const theme of ['light', 'dark']) {
      it(`finds no violation on any screen: ${locale}, ${theme}`, async () => {
        await page.locator('[data-test=language]').selectOption(locale)
        await page.locator('[data-test=appearance]').selectOption(theme)
        const found: Record<string, string[]> = {}
        for (const [name, reach] of states) {
          await reach()
          await page.waitForTimeout(400)
          await screenshot(page, `a11y-${locale}-${theme}-${name}`)
          const problems = await violations(page)
          // Nothing wider than the window: the page itself never scrolls sideways.
          const width = await page.evaluate(() => document.documentElement.scrollWidth)
          if (width > WINDOW.width)
            problems.push(`the page is ${width} px wide in a ${WINDOW.width} px window`)
          if (problems.length > 0) found[name] = problems
        }
        expect(found).toEqual({})
      }, 300_000)
    }
  }
})
