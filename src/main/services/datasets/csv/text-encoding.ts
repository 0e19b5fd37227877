import { Transform } from 'node:stream'

/**
 * The text encodings a CSV file is read in: UTF-8 (the default, BOM or not), UTF-16 in either
 * byte order (Excel's "Unicode text"; by its BOM, or by the zero bytes ASCII text has in it), and
 * Windows-1252 (a superset of Latin-1) for a file that is not valid UTF-8.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Bytes of the sample that decide UTF-16 without a BOM. */
const UTF16_PROBE_BYTES = 4096

/** The encoding of a file from its first bytes; `complete` when the sample is the whole file. */
export function detectEncoding(sample: Uint8Array, complete: boolean): TextEncodingName {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le'
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be'
  if (!(sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)) {
    // ASCII text in UTF-16 has a zero byte in every pair: after the letter (LE) or before it (BE).
    const probe = sample.subarray(0, UTF16_PROBE_BYTES - (UTF16_PROBE_BYTES % 2))
    let evenZeros = 0
    let oddZeros = 0
    for (let i = 0; i < probe.length; i++) {
      if (probe[i] !== 0) continue
      if (i % 2 === 0) evenZeros++
      else oddZeros++
    }
    const pairs = probe.length / 2
    if (pairs >= 2 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
    if (pairs >= 2 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  }
  return isUtf8(sample, complete) ? 'utf-8' : 'windows-1252'
}

/** True when the bytes are valid UTF-8 (a sequence cut off at the end of a sample is allowed). */
export function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete })
    return true
  } catch {
    return false
  }
}

/** Thrown by the decoder when a file read as UTF-8 turns out not to be, past its sample. */
export class NotUtf8Error extends Error {
  constructor(readonly offset: number) {
    super(`not valid UTF-8 text after byte ${offset}`)
    this.name = 'NotUtf8Error'
  }
}

/** A stream that turns a file's bytes into text in `encoding` (the BOM dropped). */
export function decodingStream(encoding: TextEncodingName): Transform {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' })
  let offset = 0
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode()
    } catch {
      throw new NotUtf8Error(offset)
    }
  }
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, callback) {
      try {
        const text = decode(chunk)
        offset += chunk.length
        callback(null, text)
      } catch (error) {
        callback(error as Error)
      }
    },
    flush(callback) {
      try {
        callback(null, decode())
      } catch (error) {
        callback(error as Error)
      }
    }
  })
}
