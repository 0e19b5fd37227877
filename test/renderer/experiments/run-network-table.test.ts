import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import RunNetworkTable from '@renderer/components/experiments/RunNetworkTable.vue'
import { i18n, setLocale } from '@renderer/i18n'

/** The run page's network: the loss in the UI's words, as the Network screen and Compare say it. */
describe("a run's network table", () => {
  afterEach(() => setLocale('en'))
  const mountTable = () =>
    mount(RunNetworkTable, {
      props: {
        network: {
          inputSize: 2,
          loss: 'binary-cross-entropy' as const,
          layers: [
            { units: 8, activation: 'tanh' as const, trainable: { weights: true, biases: true } },
            { units: 1, activation: 'sigmoid' as const, trainable: { weights: true, biases: true } }
          ]
        }
      },
      global: { plugins: [i18n] }
    })

  it('names the loss in words, not by its id', () => {
    expect(mountTable().text()).toContain('binary cross-entropy')
    expect(mountTable().text()).not.toContain('binary-cross-entropy')
  })

  it('in Chinese too', () => {
    setLocale('zh-CN')
    expect(mountTable().text()).not.toContain('binary-cross-entropy')
  })
})
