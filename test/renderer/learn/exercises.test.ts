import { describe, expect, it } from 'vitest'
import type { ExpectedAnswer } from '@renderer/lib/learn/answers'
import { lessonContext } from '@renderer/lib/learn/context'
import { exerciseKey, type LessonContext } from '@renderer/lib/learn/lesson-types'
import { LESSONS } from '@renderer/lib/learn/lessons'
import { lessonTally, restoredProgress } from '@renderer/lib/learn/progress'
import { DEFAULT_SETTINGS } from '@renderer/lib/training/run-controls'

const APPLES = { kind: 'images' as const, inputShape: [100, 100, 3], rows: 326 }
const CIRCLES = { kind: 'generated' as const, inputShape: [2], rows: 400 }

function expected(lesson: string, exercise: string, context: LessonContext): ExpectedAnswer {
  const spec = LESSONS.find((candidate) => candidate.id === lesson)!.exercises.find(
    (candidate) => candidate.id === exercise
  )!
  return spec.expected(context)
}

describe('what the lessons read from the lab', () => {
  it('takes the photos’ shape from an image dataset, else the apples sample’s', () => {
    const settings = DEFAULT_SETTINGS
    expect(lessonContext(APPLES, [30000, 1], settings).photoShape).toEqual([100, 100, 3])
    expect(
      lessonContext({ ...APPLES, inputShape: [28, 28, 1] }, [784, 1], settings).photoShape
    ).toEqual([28, 28, 1])
    expect(lessonContext(CIRCLES, [2, 4, 1], settings).photoShape).toEqual([100, 100, 3])
  })

  it('takes n_x, n_h, n_y from a one-hidden-layer design, else the lesson’s 2-4-1', () => {
    expect(lessonContext(CIRCLES, [2, 4, 1], DEFAULT_SETTINGS).design).toEqual({
      inputs: 2,
      hidden: 4,
      outputs: 1
    })
    expect(lessonContext(CIRCLES, [4, 16, 3], DEFAULT_SETTINGS).design).toEqual({
      inputs: 4,
      hidden: 16,
      outputs: 3
    })
    expect(lessonContext(CIRCLES, [2, 16, 8, 1], DEFAULT_SETTINGS).design).toEqual({
      inputs: 2,
      hidden: 4,
      outputs: 1
    })
    expect(lessonContext(null, [0, 16, 0], DEFAULT_SETTINGS).design).toEqual({
      inputs: 2,
      hidden: 4,
      outputs: 1
    })
  })

  it('counts m: the batch size, or every training row of a full batch (400 rows × 0.8 = 320)', () => {
    expect(lessonContext(CIRCLES, [2, 4, 1], { batchSize: 32, split: [0.8, 0.2] }).batch).toBe(32)
    expect(lessonContext(CIRCLES, [2, 4, 1], { batchSize: 'full', split: [0.8, 0.2] }).batch).toBe(
      320
    )
    expect(lessonContext(CIRCLES, [2, 4, 1], { batchSize: 1000, split: [1] }).batch).toBe(400)
  })
})

describe('the exercises’ values, worked out by hand', () => {
  const circlesFull = lessonContext(CIRCLES, [2, 4, 1], { batchSize: 'full', split: [0.8, 0.2] })
  const apples = lessonContext(APPLES, [30000, 1], DEFAULT_SETTINGS)

  it('logistic regression: ŷ = σ(0) = 0.5, ∂L/∂b = 0.5 − 0 for an apple, 100·100·3 weights', () => {
    expect(expected('logistic', 'outputAtZero', apples)).toMatchObject({ value: 0.5 })
    expect(expected('logistic', 'biasGradient', apples)).toMatchObject({ value: 0.5 })
    expect(expected('logistic', 'weightCount', apples)).toMatchObject({ value: 30000 })
  })

  it('one hidden layer: dW(1) is n_h × n_x = 4 × 2, the lab’s A(1) is m × n_h = 320 × 4, 1 − 0.6² = 0.64', () => {
    expect(expected('oneHidden', 'shapeDW1', circlesFull)).toEqual({
      kind: 'shape',
      rows: 4,
      cols: 2
    })
    expect(expected('oneHidden', 'shapeLabA1', circlesFull)).toEqual({
      kind: 'shape',
      rows: 320,
      cols: 4
    })
    const slope = expected('oneHidden', 'tanhSlope', circlesFull)
    expect(slope.kind === 'number' && slope.value).toBeCloseTo(0.64, 12)
  })

  it('the worked example: ∂E/∂w5 > 0, w5⁺ = 0.4 − 0.5 · 0.082167041, the path through output 2 < 0', () => {
    expect(expected('worked', 'signW5', apples)).toEqual({ kind: 'sign', value: 'positive' })
    const w5 = expected('worked', 'updatedW5', apples)
    expect(w5.kind === 'number' && w5.value).toBeCloseTo(0.4 - 0.5 * 0.082167041, 8)
    expect(expected('worked', 'signPathO2', apples)).toEqual({ kind: 'sign', value: 'negative' })
  })

  it('deep networks: σ′ at most 0.25, leaky ReLU′(0) = α = 0.01, λw = 0.01 · 0.5', () => {
    expect(expected('deep', 'sigmoidMax', apples)).toMatchObject({ value: 0.25 })
    expect(expected('deep', 'leakyAtZero', apples)).toMatchObject({ value: 0.01 })
    const l2 = expected('deep', 'l2Gradient', apples)
    expect(l2.kind === 'number' && l2.value).toBeCloseTo(0.005, 15)
  })

  it('gives every lesson two or three exercises with unique keys', () => {
    const keys = LESSONS.flatMap((lesson) =>
      lesson.exercises.map((exercise) => exerciseKey(lesson.id, exercise.id))
    )
    expect(new Set(keys).size).toBe(keys.length)
    for (const lesson of LESSONS) expect(lesson.exercises.length).toBeGreaterThanOrEqual(2)
  })
})

describe('stored progress', () => {
  it('keeps known lessons and exercises and drops others (a state from another version)', () => {
    const restored = restoredProgress({
      lesson: 'worked',
      visited: ['deep', 'gone', 'logistic'],
      answered: { 'worked.signW5': true, 'worked.removed': false, 'logistic.weightCount': false }
    })
    expect(restored).toEqual({
      lesson: 'worked',
      visited: ['logistic', 'deep'],
      answered: { 'worked.signW5': true, 'logistic.weightCount': false },
      notation: 'lab'
    })
    expect(restoredProgress({ lesson: 'gone', visited: [], answered: {} }).lesson).toBeNull()
  })

  it('tallies a lesson’s exercises answered and answered right', () => {
    const worked = LESSONS.find((lesson) => lesson.id === 'worked')!
    const progress = {
      lesson: null,
      visited: [],
      answered: { 'worked.signW5': true, 'worked.updatedW5': false }
    }
    expect(lessonTally(progress, worked)).toEqual({ answered: 2, correct: 1, total: 3 })
  })
})
