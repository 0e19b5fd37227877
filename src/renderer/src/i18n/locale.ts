import { UI_LOCALES, type UiLocale } from '@shared/model/app-state'

/** The UI languages, in the order the language switch lists them. */
export const LOCALES = UI_LOCALES
export type Locale = UiLocale

/** Each language's name in itself, so a reader finds theirs whatever language the UI is in. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' }

/** True for a locale the UI has (a stored state may come from another version of the lab). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Regions whose Chinese is written in Traditional characters unless the tag says Hans. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo'])

/** The locale one BCP 47 language tag asks for, or null for a language the UI does not have. */
function localeOfTag(tag: string): Locale | null {
  const [language, ...rest] = tag.trim().toLowerCase().replace(/_/g, '-').split('-')
  if (language === 'en') return 'en'
  if (language !== 'zh') return null
  if (rest.includes('hans')) return 'zh-CN'
  if (rest.includes('hant') || rest.some((part) => TRADITIONAL_REGIONS.has(part))) return null
  return 'zh-CN'
}

/**
 * The UI locale for the system's preferred languages (`navigator.languages`, most preferred
 * first): the first that is English or Simplified Chinese (any `zh` tag except Traditional ones:
 * `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant…`) wins; with neither, English.
 */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const locale = localeOfTag(tag)
    if (locale) return locale
  }
  return 'en'
}

/** The system's preferred languages as the page sees them (empty outside a browser). */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  if (navigator.languages?.length) return navigator.languages
  return navigator.language ? [navigator.language] : []
}
