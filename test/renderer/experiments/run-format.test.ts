import { describe, expect, it } from 'vitest'
import { formatAccuracy, formatDuration, formatLoss } from '@renderer/composables/run-format'
import { i18n } from '@renderer/i18n'

const t = (key: string, values: Record<string, unknown>) => i18n.global.t(key, values)

describe('run number formats', () => {
  it('writes durations in seconds, minutes and hours', () => {
    expect(formatDuration(0.4249, t, 'en')).toBe('0.42 s')
    expect(formatDuration(12.34, t, 'en')).toBe('12.3 s')
    expect(formatDuration(125, t, 'en')).toBe('2 min 05 s')
    expect(formatDuration(59.96, t, 'en')).toBe('1 min 00 s')
    expect(formatDuration(3599.6, t, 'en')).toBe('1 h 00 min')
    expect(formatDuration(3725, t, 'en')).toBe('1 h 02 min')
  })

  it('writes losses with four significant digits, tiny ones in scientific notation', () => {
    expect(formatLoss(0.052345, 'en')).toBe('0.05235')
    expect(formatLoss(1.5, 'en')).toBe('1.5')
    expect(formatLoss(0.000012, 'en')).toBe('1.20e-5')
    expect(formatLoss(0, 'en')).toBe('0')
    expect(formatLoss(Number.NaN, 'en')).toBe('NaN')
  })

  it('writes accuracies as percentages with one decimal', () => {
    expect(formatAccuracy(0.96667, 'en')).toBe('96.7%')
    expect(formatAccuracy(1, 'en')).toBe('100.0%')
  })
})
