import { vi } from 'vitest'

/** A line as a canvas shows it: its stroke and its ends (CSS pixels). */
export interface CanvasLine {
  color: string
  width: number
  alpha: number
  x1: number
  y1: number
  x2: number
  y2: number
}

/** A stand-in 2-D context of `canvas`: its images into `drawn`, its lines into `lines`. */
function stubContext(
  canvas: HTMLCanvasElement,
  drawn: Map<HTMLCanvasElement, ImageData>,
  lines: Map<HTMLCanvasElement, CanvasLine[]>
) {
  let path: [number, number][] = []
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    putImageData: (image: ImageData) => drawn.set(canvas, image),
    setTransform: () => undefined,
    clearRect: () => lines.set(canvas, []),
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push([x, y]),
    lineTo: (x: number, y: number) => path.push([x, y]),
    stroke: () => {
      const { strokeStyle: color, lineWidth: width, globalAlpha: alpha } = context
      for (let k = 0; k + 1 < path.length; k += 2) {
        const [[x1, y1], [x2, y2]] = [path[k], path[k + 1]]
        lines.get(canvas)?.push({ color, width, alpha, x1, y1, x2, y2 })
      }
    }
  }
  return context
}

/**
 * What the component under test puts on its canvases: each canvas's last `putImageData`, with
 * `getContext` stubbed (happy-dom has no 2-D context) and `ImageData` a plain holder of its
 * pixels; and into `lines`, every line stroked on each canvas since its last `clearRect`.
 * Undo with `vi.restoreAllMocks()` and `vi.unstubAllGlobals()`.
 */
export function capturePutImages(
  lines = new Map<HTMLCanvasElement, CanvasLine[]>()
): Map<HTMLCanvasElement, ImageData> {
  const drawn = new Map<HTMLCanvasElement, ImageData>()
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement
  ) {
    return stubContext(this, drawn, lines) as never
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
