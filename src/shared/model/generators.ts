/**
 * The 2-D generators' names and what the Data screen sets them with. Noise is given in percent,
 * over Playground's range 0–50 %: p % is a Gaussian jitter of σ = p / 250 on both coordinates of
 * points that lie within a radius of about 1 (50 % is σ = 0.2; the spirals sample's σ = 0.02 is
 * 5 %).
 */
/** The 2-D classification generators (two classes). */
export const CLASS_GENERATOR_NAMES = ['xor', 'circles', 'two-spirals', 'gaussians'] as const

/** The 2-D regression generators: a surface z = f(x, y) to fit (Playground's plane and Gaussians). */
export const SURFACE_GENERATOR_NAMES = ['plane', 'multi-gaussian'] as const

/** Every generator: the classifiers, then the surfaces. */
export const GENERATOR_NAMES = [...CLASS_GENERATOR_NAMES, ...SURFACE_GENERATOR_NAMES] as const

/** A generator's name. */
export type GeneratorName = (typeof GENERATOR_NAMES)[number]

/** A regression generator's name. */
export type SurfaceGeneratorName = (typeof SURFACE_GENERATOR_NAMES)[number]

/** Whether a generator makes a regression surface rather than two classes. */
export function isSurfaceGenerator(name: GeneratorName): name is SurfaceGeneratorName {
  return (SURFACE_GENERATOR_NAMES as readonly string[]).includes(name)
}

/** The noise slider's range, in percent (Playground's). */
export const MAX_NOISE_PERCENT = 50

/** The number of points the Data screen offers, from a few to a few thousand. */
export const GENERATED_POINTS = { min: 20, max: 5000 } as const

/** σ of the jitter for a noise of `percent` %. */
export function noiseOfPercent(percent: number): number {
  return percent / 250
}

/** The noise in percent of a jitter σ (rounded to a whole percent, as the slider moves). */
export function percentOfNoise(noise: number): number {
  return Math.round(noise * 250)
}

/** `datasets:generate`: a 2-D set made with these options (the same options give the same set). */
export interface GenerateRequest {
  generator: GeneratorName
  /** How many points (a classifier's are split evenly between the two classes). */
  points: number
  /** 0 to MAX_NOISE_PERCENT. */
  noisePercent: number
  seed: number
}

/**
 * A generated dataset's options, read back from its source (`generator:two-spirals?samples=400&
 * noise=0.02&seed=1`); null for any other dataset.
 */
export function generateRequestOf(source: string): GenerateRequest | null {
  const match = /^generator:([a-z-]+)\?samples=(\d+)&noise=([\d.e-]+)&seed=(\d+)$/.exec(source)
  if (!match || !(GENERATOR_NAMES as readonly string[]).includes(match[1])) return null
  return {
    generator: match[1] as GeneratorName,
    points: Number(match[2]),
    noisePercent: percentOfNoise(Number(match[3])),
    seed: Number(match[4])
  }
}
