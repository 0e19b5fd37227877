import { describe, expect, it } from 'vitest'
import { detectEncoding } from '../../../../src/main/services/datasets/csv/text-encoding'

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i ^ 1])

describe('detectEncoding', () => {
  const table = 'x,y,label\n0.5,1.25,a\n2,3,b\n'.repeat(40)

  it('reads UTF-16 without a BOM from its zero bytes, either order', () => {
    expect(detectEncoding(utf16le(table), true)).toBe('utf-16le')
    expect(detectEncoding(utf16be(table), true)).toBe('utf-16be')
  })

  it('keeps a UTF-8 table with one stray NUL byte as UTF-8', () => {
    const bytes = new Uint8Array(Buffer.from(table, 'utf8'))
    bytes[101] = 0
    expect(detectEncoding(bytes, true)).toBe('utf-8')
  })

  it('tells BOMs and Windows-1252 apart', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), true)).toBe('utf-8')
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]), true)).toBe('utf-16le')
    // "café" with é as the single byte 0xE9.
    expect(detectEncoding(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), true)).toBe(
      'windows-1252'
    )
  })
})
