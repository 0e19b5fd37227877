import { useI18n } from 'vue-i18n'

/** Translates a message key with named values (vue-i18n's `t`). */
type Translate = (key: string, values: Record<string, unknown>) => string

/**
 * A duration for people: "0.42 s", "12.3 s", "2 min 05 s", "1 h 02 min" (units from the
 * messages, so a translation can change them).
 */
export function formatDuration(seconds: number, t: Translate, locale: string): string {
  if (seconds < 59.95) {
    const digits = seconds < 1 ? 2 : 1
    const value = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits
    }).format(seconds)
    return t('experiments.duration.seconds', { seconds: value })
  }
  const whole = Math.round(seconds)
  const pad = (value: number) => String(value).padStart(2, '0')
  if (whole < 3600)
    return t('experiments.duration.minutes', {
      minutes: Math.floor(whole / 60),
      seconds: pad(whole % 60)
    })
  const minutes = Math.round(whole / 60)
  return t('experiments.duration.hours', {
    hours: Math.floor(minutes / 60),
    minutes: pad(minutes % 60)
  })
}

/** A loss: four significant digits, or scientific notation below 0.001. */
export function formatLoss(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value)
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2)
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 }).format(value)
}

/** An accuracy in [0, 1] as a percentage with one decimal: "96.7%". */
export function formatAccuracy(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1
  }).format(value)
}

/** A stored ISO timestamp as a local date and time. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso)
  )
}

/** A timestamp for a list: month, day and time, with the year only when it is not this year's. */
export function formatShortDate(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso)
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric'
  return new Intl.DateTimeFormat(locale, {
    year,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit'
  }).format(date)
}

/** The Experiments screen's number formats in the UI's language; null values show as a dash. */
export function useRunFormat() {
  const { t, locale } = useI18n()
  const none = () => t('experiments.none')
  return {
    duration: (seconds: number | null) =>
      seconds === null ? none() : formatDuration(seconds, t, locale.value),
    loss: (value: number | null) => (value === null ? none() : formatLoss(value, locale.value)),
    accuracy: (value: number | null) =>
      value === null ? none() : formatAccuracy(value, locale.value),
    date: (iso: string | null) => (iso === null ? none() : formatDate(iso, locale.value)),
    shortDate: (iso: string) => formatShortDate(iso, locale.value),
    count: (value: number) => new Intl.NumberFormat(locale.value).format(value)
  }
}
