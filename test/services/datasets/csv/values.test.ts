import { describe, expect, it } from 'vitest'
import {
  isMissing,
  parseNumber,
  sortClassValues
} from '../../../../src/main/services/datasets/csv/values'

describe('CSV field values', () => {
  it('reads plain decimal numbers, signs, exponents and surrounding blanks', () => {
    expect(parseNumber('42')).toBe(42)
    expect(parseNumber(' -3.5 ')).toBe(-3.5)
    expect(parseNumber('+.25')).toBe(0.25)
    expect(parseNumber('7.')).toBe(7)
    expect(parseNumber('1e-3')).toBe(0.001)
    expect(parseNumber('6.02E23')).toBe(6.02e23)
  })

  it('refuses what is not one plain number (hex, thousands separators, units, infinities)', () => {
    for (const text of ['0x1F', '1,000.5', '12 kg', 'Infinity', '-', '.', '1e', '', '1.2.3'])
      expect(parseNumber(text), text).toBeNull()
  })

  it('reads a decimal comma only when the file uses them', () => {
    expect(parseNumber('3,14')).toBeNull()
    expect(parseNumber('3,14', true)).toBe(3.14)
    expect(parseNumber('-0,5', true)).toBe(-0.5)
    expect(parseNumber('2.5', true)).toBe(2.5)
    // a thousands group is not a decimal comma
    expect(parseNumber('1,000,5', true)).toBeNull()
  })

  it('knows the placeholders exported files write for a missing value', () => {
    for (const text of ['', ' ', 'NA', 'n/a', 'NaN', 'null', 'None', '?', '#N/A'])
      expect(isMissing(text), JSON.stringify(text)).toBe(true)
    for (const text of ['0', 'nah', 'missing value', '-']) expect(isMissing(text), text).toBe(false)
  })

  it('sorts numeric classes by value ("2" before "10") and text classes by code point', () => {
    expect(sortClassValues(['10', '2', '1'])).toEqual(['1', '2', '10'])
    expect(sortClassValues(['virginica', 'setosa', 'Versicolor'])).toEqual([
      'Versicolor',
      'setosa',
      'virginica'
    ])
    expect(sortClassValues(['b', '2', '10'])).toEqual(['10', '2', 'b'])
  })
})
