import { describe, expect, it } from 'vitest'
import {
  answerText,
  checkAnswer,
  parseNumber,
  parseShape,
  parseSign,
  signOf,
  type ExpectedAnswer
} from '@renderer/lib/learn/answers'

describe('reading answers as people type them', () => {
  it('reads numbers with signs, exponents, fractions, thousands and decimal commas', () => {
    expect(parseNumber('0.25')).toBe(0.25)
    expect(parseNumber(' -0.5 ')).toBe(-0.5)
    expect(parseNumber('−0.5')).toBe(-0.5)
    expect(parseNumber('.5')).toBe(0.5)
    expect(parseNumber('1e-3')).toBe(0.001)
    expect(parseNumber('1/4')).toBe(0.25)
    expect(parseNumber('30,000')).toBe(30000)
    expect(parseNumber('30 000')).toBe(30000)
    expect(parseNumber('0,25')).toBe(0.25)
    expect(parseNumber('0,359')).toBe(0.359)
    expect(parseNumber('０．２５')).toBe(0.25)
  })

  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '1/0', '4x2', '1..2', '--1'])
      expect(parseNumber(text)).toBeNull()
  })

  it('reads shapes written with ×, x, *, a comma, "by" or 乘, with or without brackets', () => {
    for (const text of [
      '4×2',
      '4 x 2',
      '4X2',
      '4*2',
      '(4, 2)',
      '[4,2]',
      '4 by 2',
      '4乘2',
      '４×２',
      '4，2'
    ]) {
      expect(parseShape(text), text).toEqual({ rows: 4, cols: 2 })
    }
    for (const text of ['4', '4×', '0×2', '4×2×1', 'four by two'])
      expect(parseShape(text), text).toBeNull()
  })

  it('reads signs in words, symbols and Chinese', () => {
    expect(parseSign('positive')).toBe('positive')
    expect(parseSign('+')).toBe('positive')
    expect(parseSign('正')).toBe('positive')
    expect(parseSign('Negative')).toBe('negative')
    expect(parseSign('−')).toBe('negative')
    expect(parseSign('负')).toBe('negative')
    expect(parseSign('0')).toBe('zero')
    expect(parseSign('maybe')).toBeNull()
    expect([signOf(0.08), signOf(-0.019), signOf(0)]).toEqual(['positive', 'negative', 'zero'])
  })
})

describe('checking answers against the lab’s value', () => {
  const w5: ExpectedAnswer = {
    kind: 'number',
    value: 0.358916479718,
    tolerance: { absolute: 5e-5 }
  }

  it('accepts a number within the tolerance and rejects one outside it', () => {
    expect(checkAnswer(w5, '0.35891648')).toBe('correct')
    expect(checkAnswer(w5, '0.3589')).toBe('correct')
    expect(checkAnswer(w5, '0.3588')).toBe('wrong')
    expect(checkAnswer(w5, '0.4')).toBe('wrong')
    expect(checkAnswer(w5, 'w5')).toBe('unreadable')
  })

  it('accepts the value correctly rounded to three significant digits or more', () => {
    // 0.359 is 8e-5 from 0.35891648, outside the tolerance, but it is the value rounded.
    expect(checkAnswer(w5, '0.359')).toBe('correct')
    expect(checkAnswer(w5, '0,359')).toBe('correct')
    expect(checkAnswer(w5, '-0.359')).toBe('wrong')
    // Two digits are too few to tell the value from a slip; a fourth digit must be right.
    expect(checkAnswer(w5, '0.36')).toBe('wrong')
    expect(checkAnswer(w5, '0.3590')).toBe('wrong')
    expect(checkAnswer(w5, '0.358')).toBe('wrong')
  })

  it('takes either bound of a tolerance, relative to the expected value', () => {
    const relative: ExpectedAnswer = { kind: 'number', value: 1000, tolerance: { relative: 0.01 } }
    expect(checkAnswer(relative, '1009')).toBe('correct')
    expect(checkAnswer(relative, '1011')).toBe('wrong')
    const exact: ExpectedAnswer = { kind: 'number', value: 30000, tolerance: { absolute: 0 } }
    expect(checkAnswer(exact, '30000')).toBe('correct')
    expect(checkAnswer(exact, '29999')).toBe('wrong')
  })

  it('checks shapes in order (4 × 2 is not 2 × 4) and signs', () => {
    const shape: ExpectedAnswer = { kind: 'shape', rows: 4, cols: 2 }
    expect(checkAnswer(shape, '4 x 2')).toBe('correct')
    expect(checkAnswer(shape, '2×4')).toBe('wrong')
    expect(checkAnswer(shape, 'four')).toBe('unreadable')
    const sign: ExpectedAnswer = { kind: 'sign', value: 'positive' }
    expect(checkAnswer(sign, 'positive')).toBe('correct')
    expect(checkAnswer(sign, 'negative')).toBe('wrong')
  })

  it('writes the lab’s value as it is revealed', () => {
    const format = (value: number) => value.toFixed(3)
    const name = (sign: string) => `<${sign}>`
    expect(answerText(w5, format, name)).toBe('0.359')
    expect(answerText({ kind: 'shape', rows: 320, cols: 4 }, format, name)).toBe('320 × 4')
    expect(answerText({ kind: 'sign', value: 'negative' }, format, name)).toBe('<negative>')
  })
})
