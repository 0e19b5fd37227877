import { createI18n } from 'vue-i18n'
import en from './en'

/** The UI's message tree (English is the reference every translation must match). */
export type Messages = typeof en

/**
 * Every UI text goes through vue-i18n: `const { t } = useI18n()` in components, `i18n.global.t`
 * elsewhere. Messages are plain objects per screen (src/renderer/src/i18n/<locale>/<screen>.ts).
 */
export const i18n = createI18n<[Messages], 'en'>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en }
})
