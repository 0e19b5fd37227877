import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../../src/main/services/datasets/generators'
import { CLASS_GENERATOR_NAMES } from '../../../src/shared/model/generators'
import { UserError } from '../../../src/shared/errors'

/** The points of a generated dataset as [x, y, label] rows. */
function pointsOf(
  name: string,
  samples: number,
  noise: number,
  seed = 3
): [number, number, number][] {
  const dataset = generateDataset(name, { samples, noise, seed })
  return Array.from({ length: dataset.rows }, (_, row) => [
    dataset.features[row * 2],
    dataset.features[row * 2 + 1],
    dataset.labels![row]
  ])
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

function standardDeviation(values: number[]): number {
  const centre = mean(values)
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)))
}

describe('generateDataset', () => {
  it.each(CLASS_GENERATOR_NAMES)(
    '%s: two classes of 2-D points, alternating, the same for the same seed',
    (name) => {
      const dataset = generateDataset(name, { samples: 101, noise: 0.2, seed: 9 })
      expect(dataset).toMatchObject({ kind: 'generated', name, rows: 101, featureCount: 2 })
      expect(dataset.featureNames).toEqual(['x', 'y'])
      expect(dataset.inputShape).toEqual([2])
      expect(dataset.classes).toEqual(['0', '1'])
      expect(Array.from(dataset.labels!)).toEqual(Array.from({ length: 101 }, (_, row) => row % 2))
      expect(dataset.features).toHaveLength(202)
      expect(dataset.targets).toBeNull()
      expect(dataset.source).toBe(`generator:${name}?samples=101&noise=0.2&seed=9`)
      const again = generateDataset(name, { samples: 101, noise: 0.2, seed: 9, name: 'mine' })
      expect(again.name).toBe('mine')
      expect(Array.from(again.features)).toEqual(Array.from(dataset.features))
      expect(again.contentHash).toBe(dataset.contentHash)
      const reseeded = generateDataset(name, { samples: 101, noise: 0.2, seed: 10 })
      expect(reseeded.contentHash).not.toBe(dataset.contentHash)
      expect(Array.from(reseeded.features)).not.toEqual(Array.from(dataset.features))
      expect(generateDataset(name, { samples: 101, noise: 0.3, seed: 9 }).contentHash).not.toBe(
        dataset.contentHash
      )
    }
  )

  it.each(['plane', 'multi-gaussian'])(
    '%s: a regression target `value` over points uniform in the square, the same for the same seed',
    (name) => {
      const dataset = generateDataset(name, { samples: 101, noise: 0.2, seed: 9 })
      expect(dataset).toMatchObject({ classes: null, labels: null, targetNames: ['value'] })
      expect(dataset.targets).toHaveLength(101)
      for (const value of dataset.features) expect(Math.abs(value)).toBeLessThanOrEqual(1)
      const again = generateDataset(name, { samples: 101, noise: 0.2, seed: 9 })
      expect(Array.from(again.targets!)).toEqual(Array.from(dataset.targets!))
      expect(generateDataset(name, { samples: 101, noise: 0, seed: 9 }).contentHash).not.toBe(
        dataset.contentHash
      )
    }
  )

  it('plane: without noise, z = 0.6 (x + y) (Playground’s (x + y) / 10 over [−6, 6]²)', () => {
    const dataset = generateDataset('plane', { samples: 500, noise: 0, seed: 2 })
    for (let row = 0; row < dataset.rows; row++) {
      const [x, y] = [dataset.features[row * 2], dataset.features[row * 2 + 1]]
      expect(dataset.targets![row]).toBeCloseTo(0.6 * (x + y), 12)
    }
  })

  it('multi-gaussian: without noise, six signed cones of radius 1/3 (Playground’s, scaled)', () => {
    const dataset = generateDataset('multi-gaussian', { samples: 4000, noise: 0, seed: 2 })
    // Playground's cone at (4, 2.5) with sign +1 and (0, 2.5) with −1, in its units of 6.
    const cone = (cx: number, cy: number, x: number, y: number) =>
      Math.max(0, 1 - Math.hypot(x - cx / 6, y - cy / 6) * 3)
    for (let row = 0; row < dataset.rows; row++) {
      const [x, y] = [dataset.features[row * 2], dataset.features[row * 2 + 1]]
      const z = dataset.targets![row]
      expect(Math.abs(z)).toBeLessThanOrEqual(1)
      if (cone(4, 2.5, x, y) > 0) expect(z).toBeCloseTo(cone(4, 2.5, x, y), 12)
      if (cone(0, 2.5, x, y) > 0) expect(z).toBeCloseTo(-cone(0, 2.5, x, y), 12)
      // Between the rows of cones (|y| < 2.5/6 − 1/3) nothing reaches: z is 0.
      if (Math.abs(y) < 2.5 / 6 - 1 / 3) expect(z).toBe(0)
    }
  })

  it('xor: without noise, class 1 exactly where x and y have different signs', () => {
    const points = pointsOf('xor', 2000, 0)
    for (const [x, y, label] of points) expect(x * y < 0 ? 1 : 0).toBe(label)
    for (const [x, y] of points) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(1)
    // All four quadrants are used.
    const quadrants = new Set(points.map(([x, y]) => `${Math.sign(x)},${Math.sign(y)}`))
    expect(quadrants.size).toBe(4)
  })

  it('circles: without noise, class 0 at radius 1 and class 1 at radius 0.5', () => {
    for (const [x, y, label] of pointsOf('circles', 500, 0)) {
      expect(Math.hypot(x, y)).toBeCloseTo(label === 0 ? 1 : 0.5, 6)
    }
  })

  it('circles: noise is the standard deviation of the jitter', () => {
    const points = pointsOf('circles', 20000, 0.1)
    const radialErrors = points.map(([x, y, label]) => Math.hypot(x, y) - (label === 0 ? 1 : 0.5))
    expect(standardDeviation(radialErrors)).toBeCloseTo(0.1, 2)
  })

  it('two spirals: without noise, the second arm is the first turned by half a turn', () => {
    const points = pointsOf('two-spirals', 200, 0)
    for (let index = 0; index < 200; index += 2) {
      const [x0, y0] = points[index]
      const [x1, y1] = points[index + 1]
      expect(x1).toBeCloseTo(-x0, 6)
      expect(y1).toBeCloseTo(-y0, 6)
      // Radius grows evenly from 0 to 1 along each arm.
      expect(Math.hypot(x0, y0)).toBeCloseTo(index / 2 / 99, 6)
    }
  })

  it('gaussians: blobs centred at (−0.5, −0.5) and (0.5, 0.5) with spread 0.25', () => {
    const points = pointsOf('gaussians', 20000, 0)
    for (const [label, centre] of [
      [0, -0.5],
      [1, 0.5]
    ]) {
      const xs = points.filter((point) => point[2] === label).map(([x]) => x)
      const ys = points.filter((point) => point[2] === label).map(([, y]) => y)
      expect(mean(xs)).toBeCloseTo(centre, 1)
      expect(mean(ys)).toBeCloseTo(centre, 1)
      expect(standardDeviation(xs)).toBeCloseTo(0.25, 2)
    }
  })

  it('uses 400 points, noise 0.1 and seed 1 when left out', () => {
    expect(generateDataset('xor').source).toBe('generator:xor?samples=400&noise=0.1&seed=1')
  })

  it('refuses unknown names and options out of range, naming the option', () => {
    const cases: [string, object, string][] = [
      [
        'moons',
        {},
        "unknown generator 'moons'; choose one of xor, circles, two-spirals, gaussians"
      ],
      ['xor', { samples: 1 }, 'samples: expected a whole number from 2 to 1000000, got 1'],
      ['xor', { samples: 2.5 }, 'samples: expected a whole number from 2 to 1000000, got 2.5'],
      ['xor', { noise: -0.1 }, 'noise: expected a number from 0 to 10, got -0.1'],
      ['xor', { noise: Number.NaN }, 'noise: expected a number from 0 to 10, got NaN'],
      ['xor', { seed: -1 }, 'seed: expected a whole number from 0 to 4294967295, got -1']
    ]
    for (const [name, options, message] of cases) {
      expect(() => generateDataset(name, options)).toThrow(UserError)
      expect(() => generateDataset(name, options)).toThrow(message)
    }
  })
})
