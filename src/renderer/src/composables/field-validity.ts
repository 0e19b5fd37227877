import {
  computed,
  inject,
  onScopeDispose,
  provide,
  shallowRef,
  watch,
  type InjectionKey
} from 'vue'

/** A field says whether its text is a valid value (`invalidLabel` null) or not. */
type ReportField = (field: symbol, invalidLabel: string | null) => void

const FIELD_VALIDITY: InjectionKey<ReportField> = Symbol('field validity')

/**
 * The number fields of a form whose text is not a valid value, by label: what the form's action
 * (Start, Continue) waits for. A field keeps its last valid value while its text is invalid, so
 * acting then would use a value the screen no longer shows.
 */
export function createFieldValidity() {
  const invalid = shallowRef(new Map<symbol, string>())
  const report: ReportField = (field, invalidLabel) => {
    const next = new Map(invalid.value)
    if (invalidLabel === null) next.delete(field)
    else next.set(field, invalidLabel)
    invalid.value = next
  }
  /** The first field showing an invalid value (its label), or null. */
  const firstInvalid = computed<string | null>(() => invalid.value.values().next().value ?? null)
  return { report, firstInvalid }
}

/** Makes the number fields inside this component report to `report` (createFieldValidity). */
export function provideFieldValidity(report: ReportField): void {
  provide(FIELD_VALIDITY, report)
}

/**
 * Reports a field's validity, while it is mounted, to the form that provides it (elsewhere,
 * e.g. a race's own rates, nothing). A disabled field blocks nothing: its value is not used.
 */
export function reportValidity(invalid: () => boolean, label: () => string): void {
  const report = inject(FIELD_VALIDITY, null)
  if (!report) return
  const field = Symbol('number field')
  watch([invalid, label], ([isInvalid, name]) => report(field, isInvalid ? name : null), {
    immediate: true
  })
  onScopeDispose(() => report(field, null))
}
