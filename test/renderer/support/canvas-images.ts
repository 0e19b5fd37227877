import { vi } from 'vitest'

/**
 * What the component under test puts on its canvases: each canvas's last `putImageData`, with
 * `getContext` stubbed (happy-dom has no 2-D context) and `ImageData` a plain holder of its
 * pixels. Undo with `vi.restoreAllMocks()` and `vi.unstubAllGlobals()`.
 */
export function capturePutImages(): Map<HTMLCanvasElement, ImageData> {
  const drawn = new Map<HTMLCanvasElement, ImageData>()
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement
  ) {
    return { putImageData: (image: ImageData) => drawn.set(this, image) } as never
  })
  vi.stubGlobal(
    'ImageData',
    class {
      constructor(
        readonly data: Uint8ClampedArray,
        readonly width: number,
        readonly height: number
      ) {}
    }
  )
  return drawn
}
