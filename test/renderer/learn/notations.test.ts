import katex from 'katex'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LessonPage from '@renderer/components/learn/LessonPage.vue'
import { i18n } from '@renderer/i18n'
import { LESSONS } from '@renderer/lib/learn/lessons'
import { NOTATION_IDS, NOTATION_LEGENDS, NOTATIONS } from '@renderer/lib/learn/notation'
import { shapeRows } from '@renderer/lib/learn/shapes'
import { workedFigures } from '@renderer/lib/learn/worked-figures'
import { useLearnStore } from '@renderer/stores/learn'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Typesets TeX as the lab does, but throwing on any error KaTeX would show in red. */
function typeset(tex: string): void {
  katex.renderToString(tex, { displayMode: true, throwOnError: true, output: 'htmlAndMathml' })
}

/** Every TeX a lesson shows in a notation: formulas, remarks, figure symbols, shapes, legend. */
function allTex(lessonIndex: number, id: (typeof NOTATION_IDS)[number]): string[] {
  const lesson = LESSONS[lessonIndex]
  const n = NOTATIONS[id]
  return [
    NOTATION_LEGENDS[id],
    ...lesson.sections.flatMap((section) => [
      ...section.formulas(n),
      ...(section.remarks ?? []).flatMap((remark) => [remark.wrote, remark.corrected])
    ]),
    ...(lesson.id === 'worked' ? workedFigures().map((figure) => figure.symbol(n)) : []),
    ...(lesson.id === 'oneHidden'
      ? shapeRows({ inputs: 2, hidden: 4, outputs: 1, samples: 8 }, n).flatMap((row) => [
          row.symbol,
          row.lab.symbol,
          row.dims.join(' \\times ')
        ])
      : [])
  ]
}

describe('every lesson in all three notations', () => {
  for (const [index, lesson] of LESSONS.entries()) {
    for (const id of NOTATION_IDS) {
      it(`${lesson.id} typesets in the ${id} notation without a KaTeX error`, () => {
        const formulas = allTex(index, id)
        expect(formulas.length).toBeGreaterThan(1)
        for (const tex of formulas) expect(() => typeset(tex), tex).not.toThrow()
      })
    }
  }

  it('writes each notation’s own symbols: W[l] in the course’s, W(l) in the others', () => {
    const formulas = (id: (typeof NOTATION_IDS)[number]) =>
      LESSONS.flatMap((lesson) => lesson.sections.flatMap((s) => s.formulas(NOTATIONS[id])))
        // The one line that sets the three notations side by side.
        .filter((tex) => !tex.includes('\\text{lab}'))
    expect(formulas('course').filter((tex) => /W\^\{\(/.test(tex))).toEqual([])
    expect(formulas('lab').filter((tex) => /\^\{\[/.test(tex))).toEqual([])
    expect(formulas('derivation').filter((tex) => /\^\{\[/.test(tex))).toEqual([])
    expect(formulas('derivation').join(' ')).toContain('\\mathbb{R}^{s_2 \\times s_1}')
    expect(formulas('derivation').join(' ')).toContain('n_l')
  })

  it('changes every lesson’s formulas with the notation', () => {
    for (const lesson of LESSONS) {
      const texts = NOTATION_IDS.map((id) =>
        lesson.sections.flatMap((section) => section.formulas(NOTATIONS[id])).join('\n')
      )
      expect(new Set(texts).size, lesson.id).toBe(3)
    }
  })

  it('numbers the derivation’s activations one higher, its weights the same', () => {
    const n = NOTATIONS.derivation
    expect([n.z(1), n.a(0), n.delta(2, 1), n.W(1), n.b(2)]).toEqual([
      'z^{(2)}',
      'a^{(1)}',
      '\\delta^{(3)}_{1}',
      'W^{(1)}',
      'b^{(2)}'
    ])
    expect([NOTATIONS.course.z(1, 'j', 'i'), NOTATIONS.lab.a(2, undefined, 'i')]).toEqual([
      'z^{[1](i)}_{j}',
      'a^{(2)(i)}'
    ])
  })
})

describe('one meaning per index: i counts samples (above), j features and units (below)', () => {
  it('never writes i as a subscript in any formula of any notation', () => {
    const subscriptI = /_\{?(?:[^}]*[,:])?i\b(?!\s*=)/
    const found = NOTATION_IDS.flatMap((id) =>
      LESSONS.flatMap((lesson) =>
        lesson.sections.flatMap((section) => section.formulas(NOTATIONS[id]))
      ).filter((tex) => subscriptI.test(tex))
    )
    expect(found).toEqual([])
  })

  it('writes a sample as x^(i) and says once what i and j mean', () => {
    const formulas = LESSONS.flatMap((lesson) =>
      lesson.sections.flatMap((section) => section.formulas(NOTATIONS.lab))
    ).join(' ')
    expect(formulas).toMatch(/x\^\{\(i\)/)
    expect(formulas).toContain("x'_j")
    const en = i18n.global.getLocaleMessage('en') as { learn: { notation: { indices: string } } }
    expect(en.learn.notation.indices).toContain('x⁽ⁱ⁾ is sample i')
    expect(en.learn.notation.indices).toContain('xⱼ is feature j')
  })
})

describe('the lesson page', () => {
  beforeEach(() => {
    fakeLab({})
    setActivePinia(createPinia())
  })

  for (const lesson of LESSONS) {
    it(`shows ${lesson.id} in each notation the learner picks, typeset without errors`, async () => {
      const pinia = createPinia()
      setActivePinia(pinia)
      const wrapper = mount(LessonPage, {
        props: { lesson },
        global: { plugins: [pinia, i18n], stubs: { ShapesTable: true, VectorizeTiming: true } }
      })
      const seen: string[] = []
      for (const id of NOTATION_IDS) {
        await wrapper.get(`[data-notation=${id}] input`).setValue(true)
        expect(useLearnStore().notationId).toBe(id)
        expect(wrapper.findAll('.katex-error')).toHaveLength(0)
        expect(wrapper.findAll('.katex').length).toBeGreaterThan(1)
        seen.push(wrapper.get('[data-test=notation-legend]').text())
      }
      expect(new Set(seen).size).toBe(3)
    }, 30_000)
  }
})
