import { describe, expect, it } from 'vitest'
import {
  columnNames,
  looksLikeHeader,
  sniffDelimiter
} from '../../../../src/main/services/datasets/csv/sniff'

describe('CSV separator', () => {
  it('finds commas, semicolons and tabs by their steady count per line', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toBe(',')
    expect(sniffDelimiter('a;b;c\n1,5;2,5;x\n3,5;4,5;y\n')).toBe(';')
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t')
  })

  it('ignores separators inside double quotes', () => {
    expect(sniffDelimiter('name;note\n"Smith, J.";"a, b, c"\n"Doe, A.";"d"\n')).toBe(';')
  })

  it('reads past a byte-order mark and CRLF line ends', () => {
    expect(sniffDelimiter('\uFEFFx;y\r\n1;2\r\n3;4\r\n')).toBe(';')
  })

  it('does not let a sample cut mid-line decide', () => {
    // the 64 KiB sample ends inside the third line, which then has fewer commas
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5')).toBe(',')
  })

  it('takes a one-column file as comma-separated', () => {
    expect(sniffDelimiter('value\n1\n2\n')).toBe(',')
  })
})

describe('CSV header', () => {
  it('is a header when a column holds text over numbers', () => {
    expect(looksLikeHeader(['x', 'y', 'label'], [['1', '2', 'a']])).toBe(true)
  })

  it('is data when the first row looks like the rows below it', () => {
    expect(looksLikeHeader(['1', '2', 'a'], [['3', '4', 'b']])).toBe(false)
  })

  it('is a header of an all-text table when no first value recurs below it', () => {
    expect(
      looksLikeHeader(
        ['color', 'size'],
        [
          ['red', 'big'],
          ['blue', 'small']
        ]
      )
    ).toBe(true)
    expect(
      looksLikeHeader(
        ['red', 'big'],
        [
          ['red', 'small'],
          ['blue', 'big']
        ]
      )
    ).toBe(false)
  })

  it('on a file of one row, is a header only when every value is text', () => {
    expect(looksLikeHeader(['a', 'b'], [])).toBe(true)
    expect(looksLikeHeader(['a', '1'], [])).toBe(false)
  })

  it('names columns from the header (blank ones by position), or column1, column2, …', () => {
    expect(columnNames(['x', ' ', 'label'], true)).toEqual(['x', 'column2', 'label'])
    expect(columnNames(['1', '2'], false)).toEqual(['column1', 'column2'])
  })
})
