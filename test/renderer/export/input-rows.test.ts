import { describe, expect, it } from 'vitest'
import { parseInputRows } from '@renderer/lib/models/input-rows'

describe('parseInputRows', () => {
  it('reads rows as the command line does: "," between values, ";" or a new line between rows', () => {
    expect(parseInputRows('5.1,3.5,1.4,0.2; 6.7, 3.0, 5.2, 2.3\n-1,0,1e-3,2', 4)).toEqual({
      rows: [
        [5.1, 3.5, 1.4, 0.2],
        [6.7, 3.0, 5.2, 2.3],
        [-1, 0, 0.001, 2]
      ]
    })
  })

  it('takes the full-width comma and semicolon a Chinese keyboard types', () => {
    expect(parseInputRows('1，2；3，4', 2)).toEqual({
      rows: [
        [1, 2],
        [3, 4]
      ]
    })
  })

  it('names the row and value that is not a number, and a row of the wrong width', () => {
    expect(parseInputRows('1,2;3,x', 2)).toEqual({
      problem: { kind: 'notNumber', row: 2, value: 2, text: 'x' }
    })
    expect(parseInputRows('1,2,3', 2)).toEqual({
      problem: { kind: 'width', row: 1, got: 3, expected: 2 }
    })
    expect(parseInputRows(' ; ', 2)).toEqual({ problem: { kind: 'empty' } })
  })
})
