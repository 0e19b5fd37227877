import regular from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url'
import bold from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url'

/** The family name main.css lists after the system fonts, before any system CJK font. */
export const CJK_FAMILY = 'Lab Noto Sans SC'

/** CJK ideographs and punctuation, full-width forms: only these use the font (English keeps the system's look). */
export const CJK_RANGE =
  'U+2E80-2FFF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF'

/**
 * Noto Sans SC (SIL Open Font License), the Simplified Chinese subset in regular and bold,
 * shipped with the app so that 简体中文 renders on a machine without a Chinese font. The files
 * are bundled (about 1.1 MB each) and loaded at start.
 */
export function addCjkFont(fonts: FontFaceSet = document.fonts): void {
  for (const [url, weight] of [
    [regular, '400'],
    [bold, '700']
  ] as const) {
    const face = new FontFace(CJK_FAMILY, `url(${url}) format('woff2')`, {
      weight,
      unicodeRange: CJK_RANGE
    })
    fonts.add(face)
    // Loaded at once (a bundled file, read in milliseconds): text laid out while a face loads on
    // demand can keep the empty boxes of the fallback in Chromium.
    void face.load().catch(() => {})
  }
}
