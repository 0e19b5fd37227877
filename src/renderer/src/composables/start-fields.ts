import { inject, onScopeDispose, provide, watch, type InjectionKey } from 'vue'

/** A field says whether its text is a valid value (`invalidLabel` null) or not. */
type ReportField = (field: symbol, invalidLabel: string | null) => void

const START_FIELDS: InjectionKey<ReportField> = Symbol('start fields')

/**
 * Makes the number fields inside this component (the Training settings) report whether their
 * text is valid, so that Start waits while one is not.
 */
export function provideStartFields(report: ReportField): void {
  provide(START_FIELDS, report)
}

/**
 * Reports a field's validity, while it is mounted, to the panel that provides it (elsewhere,
 * e.g. a race's own rates, nothing). A disabled field blocks nothing: its value is not used.
 */
export function reportToStart(invalid: () => boolean, label: () => string): void {
  const report = inject(START_FIELDS, null)
  if (!report) return
  const field = Symbol('setting field')
  watch([invalid, label], ([isInvalid, name]) => report(field, isInvalid ? name : null), {
    immediate: true
  })
  onScopeDispose(() => report(field, null))
}
