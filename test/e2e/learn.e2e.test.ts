import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { UiState } from '../../src/shared/model/app-state'
import { screenshot, type Harness } from './harness'
import { useHarness } from './use-harness'

/**
 * A learner walks the Learn screen (issue 9): every lesson, every "try it" (the lab sets up the
 * sample, network and settings and opens the screen that shows the lesson; training runs for
 * real), an exercise per lesson, then the same in Chinese, and the progress after a reload.
 */
describe('Learn screen in the browser', () => {
  let harness: Harness
  let page: Page
  const tab = (name: string) => page.locator('.tabs').getByRole('button', { name, exact: true })
  const screen = (name: string) => page.getByRole('region', { name, exact: true })
  const learn = () => screen('Learn')
  const runs = () => harness.lab.db.runs.list()

  /** Opens a lesson from the list on the Learn screen. */
  async function openLesson(id: string): Promise<void> {
    await tab('Learn').click()
    await learn().locator(`[data-lesson=${id}]`).click()
    await learn().locator(`[data-lesson=${id}][aria-current=page]`).waitFor()
  }

  /**
   * Presses a try-it and waits for its screen; for one that trains, waits until its run has
   * completed and returns the run.
   */
  async function tryIt(id: string, screenName: string, trains: boolean) {
    const before = runs().length
    await learn().locator(`[data-try-it=${id}]`).click()
    await screen(screenName).waitFor()
    if (!trains) return null
    await expect.poll(() => runs().length, { timeout: 30_000 }).toBe(before + 1)
    const runId = runs().at(-1)!.runId
    const status = () => runs().find((run) => run.runId === runId)?.status
    await expect.poll(status, { timeout: 90_000 }).toBe('completed')
    return runs().find((run) => run.runId === runId)!
  }

  /** Answers a text exercise and returns its card once the lab has revealed its value. */
  async function answer(id: string, text: string): Promise<Locator> {
    const card = learn().locator(`[data-exercise=${id}]`)
    await card.locator('input').fill(text)
    await card.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit())
    await card.locator('[data-test=lab-value]').waitFor()
    return card
  }

  useHarness({}, (started) => ({ harness, page } = started))

  it('lists the five lessons, with formulas typeset', async () => {
    await tab('Learn').click()
    await learn().waitFor()
    const titles = await learn().locator('[data-lesson] .title').allInnerTexts()
    expect(titles).toEqual([
      'Logistic regression on photos',
      'One hidden layer, vectorized',
      'The worked 2-2-2 example',
      'Deep networks and L2',
      'Checking your gradients'
    ])
    expect(await learn().locator('.katex-display').count()).toBeGreaterThan(5)
    expect(await learn().locator('.katex-error').count()).toBe(0)
    await screenshot(page, 'learn-1-logistic')
  })

  it('lesson 1: logistic regression on the apples photos from zeros, W(1) as a picture', async () => {
    const converging = await tryIt('logisticTrain', 'Training', true)
    expect(converging!.config).toMatchObject({
      hidden: [],
      output: 'sigmoid',
      loss: 'binary-cross-entropy',
      optimizer: 'sgd',
      learningRate: 0.003,
      batchSize: 'full',
      init: 'zeros',
      normalize: 'standardize',
      epochs: 300
    })
    expect(await page.locator('.top-bar .status').innerText()).toContain('apples')
    const costs = harness.lab.db.metrics.epochs(converging!.runId).map((epoch) => epoch.trainLoss)
    expect(costs[0]).toBeCloseTo(Math.log(2), 6)
    expect(costs.at(-1)!).toBeLessThan(0.05)
    await screenshot(page, 'learn-2-logistic-trained')

    await openLesson('logistic')
    await tryIt('logisticWeights', 'Inspect', true)
    await screenshot(page, 'learn-3-logistic-weights')
  })

  it('lesson 1: too large a rate blows the cost up, raw pixels make it crawl', async () => {
    const converging = runs().find((run) => run.config.learningRate === 0.003)!
    const costs = harness.lab.db.metrics.epochs(converging.runId).map((epoch) => epoch.trainLoss)
    await openLesson('logistic')
    const large = await tryIt('logisticLargeRate', 'Training', true)
    expect(large!.config.learningRate).toBe(1)
    const largeCosts = harness.lab.db.metrics.epochs(large!.runId).map((epoch) => epoch.trainLoss)
    expect(Math.max(...largeCosts.slice(0, 5))).toBeGreaterThan(10)
    await screenshot(page, 'learn-4-logistic-large-rate')

    await openLesson('logistic')
    const raw = await tryIt('logisticRaw', 'Training', true)
    expect(raw!.config.normalize).toBe('none')
    const rawCosts = harness.lab.db.metrics.epochs(raw!.runId).map((epoch) => epoch.trainLoss)
    expect(rawCosts.at(-1)!).toBeGreaterThan(costs.at(-1)!)

    await openLesson('logistic')
    // Lesson 1's timing: the loop and the engine's matrix products on the apples photos.
    await learn().locator('[data-test=time-it]').click()
    const timing = learn().locator('[data-test=timing]')
    await timing.waitFor({ timeout: 60_000 })
    expect(await timing.innerText()).toContain('A loop over the 326 photos, 30,000 values each')
    expect(await timing.innerText()).toMatch(/times as fast/)
    await timing.scrollIntoViewIfNeeded()
    await screenshot(page, 'learn-5a-logistic-timing')
    const card = await answer('weightCount', '30,000')
    expect(await card.innerText()).toContain('Right.')
    expect(await card.locator('[data-test=lab-value]').innerText()).toBe('The lab’s value: 30000')
    await screenshot(page, 'learn-5-logistic-answered')
  })

  it('lesson 2: one hidden layer on the circles, its shapes with live values', async () => {
    await openLesson('oneHidden')
    const run = await tryIt('oneHiddenTrain', 'Training', true)
    expect(run!.config).toMatchObject({
      hidden: [4],
      activation: 'tanh',
      learningRate: 1.2,
      batchSize: 'full',
      epochs: 1000
    })
    expect(run!.valAccuracy).toBeGreaterThan(0.9)
    await screenshot(page, 'learn-6-one-hidden-trained')

    await openLesson('oneHidden')
    const shapes = learn().locator('.shapes-panel')
    await expect.poll(() => shapes.innerText()).toContain('Values of the first 4 training rows')
    expect(await shapes.locator('[data-matrix=W1] [data-test=shape]').innerText()).toContain(
      '= 4 × 2'
    )
    expect(await shapes.locator('[data-matrix=Z1] [data-test=shape]').innerText()).toContain(
      '= 4 × 4'
    )
    expect(await shapes.locator('[data-matrix=Z2] [data-test=shape]').innerText()).toContain(
      '= 4 × 1'
    )
    expect(await shapes.locator('[data-matrix=W1] .values .katex').count()).toBe(1)
    const card = await answer('shapeDW1', '4 x 2')
    expect(await card.innerText()).toContain('Right.')
    await screenshot(page, 'learn-7-one-hidden-shapes')

    // Without a non-linear hidden layer the network is logistic regression again.
    await openLesson('oneHidden')
    const linear = await tryIt('oneHiddenLinear', 'Training', true)
    expect(linear!.network.layers.map((layer) => layer.activation)).toEqual(['linear', 'sigmoid'])
    await openLesson('oneHidden')
    const logistic = await tryIt('oneHiddenLogistic', 'Training', true)
    expect(logistic!.network.layers).toHaveLength(1)
    expect(linear!.valAccuracy).toBeLessThan(0.6)
    expect(logistic!.valAccuracy).toBeLessThan(0.6)
    expect(Math.abs(linear!.trainLoss! - logistic!.trainLoss!)).toBeLessThan(0.01)
    await screenshot(page, 'learn-7a-one-hidden-linear')

    await openLesson('oneHidden')
    await tryIt('oneHiddenStep', 'Inspect', true)
    await openLesson('oneHidden')
    await tryIt('oneHiddenDesign', 'Network', false)
    expect(await screen('Network').innerText()).toContain('2–4–1')
  })

  it('lesson 3: the worked example, stepped through and trained 10,000 steps', async () => {
    await openLesson('worked')
    const pathO2 = learn().locator('[data-figure=pathO2]')
    expect(await pathO2.locator('[data-test=printed]').innerText()).toBe('-0.019049119')
    expect(await pathO2.locator('[data-test=exact]').innerText()).toBe('-0.01904911826')
    await screenshot(page, 'learn-8-worked')
    await tryIt('workedStep', 'Inspect', false)
    await screenshot(page, 'learn-9-worked-step')

    await openLesson('worked')
    const run = await tryIt('workedTrain', 'Training', true)
    expect(run!.config).toMatchObject({
      epochs: 10000,
      precision: 'f64',
      optimizer: 'sgd',
      learningRate: 0.5,
      batchSize: 'full'
    })
    expect(run!.config.initModel).toMatch(/textbook-2-2-2\.model\.json$/)
    const last = harness.lab.db.metrics.epochs(run!.runId).at(-1)!
    expect(last.epoch).toBe(10000)
    // J before the 10,000th update: 0.0000351085 (Float64 with exact inputs: 3.51085481e-5).
    expect(Math.abs(last.trainLoss - 3.51085481e-5) / 3.51085481e-5).toBeLessThan(1e-5)
    await screenshot(page, 'learn-10-worked-trained')

    await openLesson('worked')
    const card = await answer('updatedW5', '0.3589')
    expect(await card.innerText()).toContain('Right.')
  })

  it('lesson 4: deep sigmoid against deep ReLU, in the gradient norms', async () => {
    await openLesson('deep')
    const sigmoid = await tryIt('deepSigmoid', 'Inspect', true)
    expect(sigmoid!.network.layers.map((layer) => layer.activation)).toEqual([
      ...Array(6).fill('sigmoid'),
      'sigmoid'
    ])
    await screenshot(page, 'learn-11-deep-sigmoid')
    await openLesson('deep')
    const relu = await tryIt('deepRelu', 'Inspect', true)
    expect(sigmoid!.trainLoss!).toBeGreaterThan(0.6)
    expect(relu!.trainLoss!).toBeLessThan(0.3)
    await openLesson('deep')
    const card = await answer('leakyAtZero', '0.01')
    expect(await card.innerText()).toContain('Right.')
    await screenshot(page, 'learn-12-deep')
  })

  it('lesson 5: the gradient check passes, then turns red on the layer broken on purpose', async () => {
    await openLesson('gradients')
    const run = await tryIt('gradcheckRelu', 'Inspect', true)
    expect(run!.config).toMatchObject({ hidden: [8, 8], activation: 'relu', l2: 0.001 })
    const inspect = screen('Inspect')
    await inspect.getByRole('button', { name: 'Run gradient check' }).click()
    await expect.poll(() => inspect.locator('.verdict').innerText()).toContain('Backprop agrees')
    const verdicts = () =>
      inspect
        .locator('tbody tr[data-verdict]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')))
    expect(await verdicts()).toEqual(['pass', 'pass', 'pass'])
    await screenshot(page, 'learn-15-gradcheck-green')

    await inspect.locator('[data-test=break]').selectOption('flip-bias-sign')
    await inspect.getByRole('button', { name: 'Run gradient check' }).click()
    const banner = inspect.locator('[data-test=broken-banner]')
    await banner.waitFor()
    expect(await inspect.locator('.verdict').innerText()).toContain('Backprop disagrees')
    const red = (await verdicts()).flatMap((verdict, index) =>
      verdict === 'fail' ? [index + 1] : []
    )
    expect(red).toHaveLength(1)
    await screenshot(page, 'learn-16-gradcheck-broken')
    await banner.getByRole('button', { name: 'Show which layer' }).click()
    expect(await banner.innerText()).toContain(`Layer ${red[0]}'s bias gradient`)
    await screenshot(page, 'learn-17-gradcheck-revealed')

    await inspect.locator('[data-test=break]').selectOption('drop-l2')
    await inspect.getByRole('button', { name: 'Run gradient check' }).click()
    await expect.poll(() => banner.innerText()).toContain('λ = 0.001')
    expect(await verdicts()).toEqual(['fail', 'fail', 'fail'])

    await openLesson('gradients')
    const card = await answer('droppedL2', '0.003')
    expect(await card.innerText()).toContain('Right.')
  })

  it('speaks Chinese, and remembers the progress after a reload', async () => {
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await tab('学习').click()
    const chinese = screen('学习')
    await chinese.locator('[data-lesson=deep]').click()
    const card = chinese.locator('[data-exercise=sigmoidMax]')
    await card.locator('input').fill('1/4')
    await card.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit())
    await expect.poll(() => card.innerText()).toContain('正确。')
    expect(await card.locator('[data-test=lab-value]').innerText()).toBe('实验室计算的值：0.25')
    await screenshot(page, 'learn-13-chinese')

    // The gradient check in Chinese, broken on purpose.
    await tab('检视').click()
    const checkPanel = screen('检视')
    await checkPanel.locator('[data-test=break]').selectOption('flip-bias-sign')
    await checkPanel.getByRole('button', { name: '运行梯度检验' }).click()
    await checkPanel.locator('[data-test=broken-banner]').waitFor()
    expect(await checkPanel.locator('.verdict').innerText()).toContain('反向传播不一致')
    await screenshot(page, 'learn-13a-chinese-gradcheck')
    await tab('学习').click()

    await chinese.locator('[data-lesson=oneHidden]').click()
    await chinese.locator('[data-try-it=oneHiddenDesign]').click()
    await screen('网络').waitFor()

    const stored = () => harness.lab.db.settings.get<UiState>('ui-state')
    await expect
      .poll(() => [stored()?.view, stored()?.learn?.lesson])
      .toEqual(['network', 'oneHidden'])
    expect(stored()?.learn?.answered['deep.sigmoidMax']).toBe(true)
    await page.reload()
    await screen('网络').waitFor()
    await tab('学习').click()
    await screen('学习').locator('[data-lesson=oneHidden][aria-current=page]').waitFor()
    const list = screen('学习').getByRole('navigation', { name: '课程' })
    expect(await list.locator('[data-lesson=logistic]').innerText()).toContain('答对 1 / 3 道练习')
    expect(await list.locator('[data-lesson=deep]').innerText()).toContain('答对 2 / 3 道练习')
    expect(await list.locator('[data-lesson=gradients]').innerText()).toContain('答对 1 / 2 道练习')
    await screenshot(page, 'learn-14-chinese-reloaded')
    expect(harness.pageErrors).toEqual([])
  })
})
