import { describe, expect, it } from 'vitest'
import {
  BREAST_CANCER_CSV,
  DIGITS_CSV,
  IRIS_CSV,
  WINE_CSV,
  doneLine,
  newHome,
  runJson
} from './support/cli'

/**
 * Issue 3: with the default options (only `--hidden 64` for the 64-pixel digits), `train` reaches
 * at least 95% accuracy on the held-out validation split of each real sample dataset.
 */
describe('accuracy with default options on held-out validation rows', () => {
  const home = newHome()
  const cases = [
    // rows and classes as the datasets' README counts them
    { name: 'iris', file: IRIS_CSV, extra: [], rows: 150, classes: 3 },
    { name: 'breast cancer', file: BREAST_CANCER_CSV, extra: [], rows: 569, classes: 2 },
    { name: 'wine', file: WINE_CSV, extra: [], rows: 178, classes: 3 },
    { name: 'digits 8×8', file: DIGITS_CSV, extra: ['--hidden', '64'], rows: 1797, classes: 10 }
  ]

  for (const { name, file, extra, rows, classes } of cases) {
    it(`${name}: validation accuracy ≥ 95%`, async () => {
      const result = await runJson(home, ['train', file, ...extra])
      expect(result.code, result.stderr).toBe(0)
      const done = doneLine(result)
      expect(done.status).toBe('completed')
      expect(done.valAccuracy).toBeGreaterThanOrEqual(0.95)
      // Measured on the held-out 20% only (the default split 0.8,0.2, stratified by class).
      const matrix = done.confusionMatrix as number[][]
      expect(matrix).toHaveLength(classes)
      const counted = matrix.flat().reduce((sum, n) => sum + n, 0)
      expect(Math.abs(counted - 0.2 * rows)).toBeLessThanOrEqual(classes)
    })
  }
})
