import type { ValueRange } from '@shared/model/inspect'

/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number]

/** Colour of negative values (the lab's blue), of zero (near white) and of positive values (red). */
export const NEGATIVE_RGB: Rgb = [47, 111, 237]
export const ZERO_RGB: Rgb = [247, 248, 250]
export const POSITIVE_RGB: Rgb = [217, 63, 59]

/**
 * The end of a diverging scale for values in `range`: the larger of |min| and |max|, so the
 * scale runs from −limit to +limit and 0 always sits in its middle (1 when every value is 0).
 */
export function symmetricLimit(range: ValueRange): number {
  const limit = Math.max(Math.abs(range.min), Math.abs(range.max))
  return limit > 0 && Number.isFinite(limit) ? limit : 1
}

/** The smallest and largest of some values (both 0 for none). */
export function rangeOf(values: ArrayLike<number>): ValueRange {
  if (values.length === 0) return { min: 0, max: 0 }
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value < min) min = value
    if (value > max) max = value
  }
  return { min, max }
}

/**
 * A value's colour on the blue–white–red scale from −limit to +limit: the share |value| / limit
 * (clipped to 1) of the way from white to blue (negative) or red (positive).
 */
export function divergingRgb(value: number, limit: number): Rgb {
  const share = Math.min(1, Math.abs(value) / limit)
  if (!Number.isFinite(share)) return ZERO_RGB
  const end = value < 0 ? NEGATIVE_RGB : POSITIVE_RGB
  return [0, 1, 2].map((channel) =>
    Math.round(ZERO_RGB[channel] + (end[channel] - ZERO_RGB[channel]) * share)
  ) as unknown as Rgb
}

/** A CSS colour of `divergingRgb`. */
export function divergingCss(value: number, limit: number): string {
  const [red, green, blue] = divergingRgb(value, limit)
  return `rgb(${red}, ${green}, ${blue})`
}

/** WCAG's relative luminance of a colour (0 black … 1 white). */
function luminance(rgb: Rgb): number {
  const [red, green, blue] = rgb.map((value) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue
}

/**
 * True when white text reads better than black on this colour. At luminance 0.179 both have the
 * same contrast (about 4.6:1), so one of the two always reaches WCAG's 4.5:1, light theme or dark.
 */
export function wantsLightText(rgb: Rgb): boolean {
  return luminance(rgb) < 0.179
}
