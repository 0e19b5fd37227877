import { createI18n } from 'vue-i18n'
import en from './en'
import { detectLocale, systemLanguages, type Locale } from './locale'
import zhCN from './zh-CN'

/** The UI's message tree (English is the reference every translation must match). */
export type Messages = typeof en

/** The first language: the system's, until the stored choice is restored (usePersistedState). */
const initialLocale = detectLocale(systemLanguages())

/**
 * Every UI text goes through vue-i18n: `const { t } = useI18n()` in components, `i18n.global.t`
 * elsewhere. Messages are plain objects per screen (src/renderer/src/i18n/<locale>/<screen>.ts);
 * each translation is typed against the English tree, so a missing or extra key does not compile.
 */
export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale,
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN }
})
setHtmlLang(initialLocale)

/** The language the UI is in now. */
export function currentLocale(): Locale {
  return i18n.global.locale.value
}

/** Switches the UI language at once (every `t()` re-renders) and tells `<html lang>`. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  setHtmlLang(locale)
}

function setHtmlLang(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}
