import type { GrowableMemory } from './kernel-module'

/** Bytes in one WebAssembly page. */
const PAGE_BYTES = 65536
/** Allocations start on cache-line boundaries, so vectors never straddle two lines. */
const ALIGNMENT = 64
/** Free bytes always kept past the last allocation (vector loads may read a little beyond). */
const SLACK = 64

/**
 * A bump allocator over the kernels' shared memory. Nothing is freed: matrices live as long as
 * the backend (a network, its workspace and batch buffers are allocated once per run), so the
 * memory size stays flat while training. Views stay valid when the memory grows, because a
 * shared memory's buffer is never detached.
 */
export class WasmHeap {
  private next: number
  private currentBuffer: ArrayBufferLike
  /** Every buffer object the memory has had; views on any of them are ours. */
  private readonly ownBuffers = new WeakSet<ArrayBufferLike>()

  constructor(
    private readonly memory: GrowableMemory,
    base: number
  ) {
    this.next = alignUp(base)
    this.currentBuffer = memory.buffer
    this.ownBuffers.add(this.currentBuffer)
  }

  /** Size of the memory in bytes. */
  get byteLength(): number {
    return this.buffer().byteLength
  }

  /** End of the last allocation: how much of the memory is in use. */
  get allocatedBytes(): number {
    return this.next
  }

  /** Reserves `bytes` (zero-filled: fresh memory is never reused) and returns the pointer. */
  allocate(bytes: number): number {
    const pointer = this.next
    const end = pointer + bytes + SLACK
    const available = this.buffer().byteLength
    if (end > available) this.memory.grow(Math.ceil((end - available) / PAGE_BYTES))
    this.next = alignUp(pointer + bytes)
    return pointer
  }

  /** A Float32Array view of `length` floats at `pointer`. */
  floats(pointer: number, length: number): Float32Array {
    return new Float32Array(this.buffer(), pointer, length)
  }

  /** A Uint8Array view of `length` bytes at `pointer`. */
  bytes(pointer: number, length: number): Uint8Array {
    return new Uint8Array(this.buffer(), pointer, length)
  }

  /** An Int32Array view of `length` integers at `pointer`. */
  integers(pointer: number, length: number): Int32Array {
    return new Int32Array(this.buffer(), pointer, length)
  }

  /** A Float64Array view of `length` doubles at `pointer` (8-byte aligned). */
  doubles(pointer: number, length: number): Float64Array {
    return new Float64Array(this.buffer(), pointer, length)
  }

  /** True when `array` is a view of this memory. */
  owns(array: ArrayBufferView): boolean {
    return array.buffer === this.buffer() || this.ownBuffers.has(array.buffer)
  }

  /** The pointer of a view this heap handed out (or a subarray of one). */
  pointerOf(array: ArrayLike<number> & ArrayBufferView): number {
    if (array.buffer !== this.currentBuffer && !this.ownBuffers.has(array.buffer)) {
      throw new Error('wasm kernels: this array was not allocated by the same backend')
    }
    return array.byteOffset
  }

  private buffer(): ArrayBufferLike {
    const buffer = this.memory.buffer
    if (buffer !== this.currentBuffer) {
      this.currentBuffer = buffer
      this.ownBuffers.add(buffer)
    }
    return buffer
  }
}

function alignUp(value: number): number {
  return Math.ceil(value / ALIGNMENT) * ALIGNMENT
}
