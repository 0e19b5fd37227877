import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '@renderer/i18n/en/learn'
import zhCN from '@renderer/i18n/zh-CN/learn'
import { answerText } from '@renderer/lib/learn/answers'
import { lessonContext } from '@renderer/lib/learn/context'
import { LESSONS } from '@renderer/lib/learn/lessons'
import { NOTATION_IDS, NOTATIONS } from '@renderer/lib/learn/notation'
import { formatExact } from '@renderer/lib/learn/worked-figures'
import { DEFAULT_SETTINGS } from '@renderer/lib/training/run-controls'
import { claimsInTex, claimsInText, holds, type Claim } from './support/arithmetic'

const context = lessonContext(
  { kind: 'images', inputShape: [100, 100, 3], rows: 326 },
  [30000, 1],
  DEFAULT_SETTINGS
)
const i18n = createI18n({
  legacy: false,
  locale: 'en',
  messages: { en: { learn: en }, zh: { learn: zhCN } }
})

/** Every arithmetic claim in every formula of every lesson, in every notation. */
function formulaClaims(): Claim[] {
  return LESSONS.flatMap((lesson) =>
    lesson.sections.flatMap((section) =>
      NOTATION_IDS.flatMap((id) => section.formulas(NOTATIONS[id]).flatMap(claimsInTex))
    )
  )
}

/** Every arithmetic claim in the lessons' texts and exercises, rendered with their numbers. */
function textClaims(locale: 'en' | 'zh'): Claim[] {
  i18n.global.locale.value = locale
  const t = (key: string, params: Record<string, unknown> = {}) =>
    i18n.global.t(`learn.${key}`, params)
  return LESSONS.flatMap((lesson) => {
    const sections = lesson.sections.flatMap((section) => {
      const params = section.params?.(context) ?? {}
      const base = `lessons.${lesson.id}.${section.id}`
      const after = i18n.global.te(`learn.${base}.after`) ? [t(`${base}.after`, params)] : []
      return [t(`${base}.text`, params), ...after].flatMap(claimsInText)
    })
    const exercises = lesson.exercises.flatMap((exercise) => {
      const answer = answerText(exercise.expected(context), formatExact, (sign) => sign)
      const params = { ...(exercise.params?.(context) ?? {}), answer }
      const base = `exercises.${lesson.id}.${exercise.id}`
      return [t(`${base}.prompt`, params), t(`${base}.explain`, params)].flatMap(claimsInText)
    })
    return [...sections, ...exercises]
  })
}

const describeClaim = (claim: Claim) =>
  `${claim.expression} ${claim.relation} ${claim.shown} (computed ${claim.computed}) in: ${claim.line}`

describe('the arithmetic the lessons display', () => {
  it('finds the arithmetic: a parser check on lines written out here', () => {
    const [sum] = claimsInTex('0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775')
    expect(sum.computed).toBeCloseTo(0.3775, 15)
    expect(holds(sum)).toBe(true)
    const [off] = claimsInTex('a = 0.055399425 + (-0.019049118) = 0.036350306')
    expect(holds(off)).toBe(false)
    expect(holds({ ...off, relation: '≈' })).toBe(true)
    expect(claimsInText('w5⁺ = 0.4 − 0.5 × 0.082167041 = 0.3589164797.').map(holds)).toEqual([
      false
    ])
    expect(claimsInText('tanh′(z) = 1 − tanh²(z) = 1 − 0.6² = 0.64。').map(holds)).toEqual([true])
    expect(claimsInTex('\\frac{1}{1 + e^{-0.3775}} = 0.593269992').map(holds)).toEqual([true])
  })

  it('in every formula of every lesson, in all three notations, adds up at the precision shown', () => {
    const claims = formulaClaims()
    // The worked example alone shows nine lines of arithmetic per notation.
    expect(claims.length).toBeGreaterThanOrEqual(3 * 12)
    const failing = claims.filter((claim) => !holds(claim)).map(describeClaim)
    expect(failing).toEqual([])
  })

  it('writes ≈ where the shown terms do not give the shown result (the two paths to a(1)1)', () => {
    const paths = formulaClaims().filter((claim) => claim.expression.includes('0.055399425'))
    expect(paths.map((claim) => claim.relation)).toEqual(['≈', '≈', '≈'])
  })

  for (const locale of ['en', 'zh'] as const) {
    it(`in every text and exercise (${locale}) adds up at the precision shown`, () => {
      const claims = textClaims(locale)
      expect(claims.length).toBeGreaterThanOrEqual(8)
      const failing = claims.filter((claim) => !holds(claim)).map(describeClaim)
      expect(failing).toEqual([])
    })
  }
})
