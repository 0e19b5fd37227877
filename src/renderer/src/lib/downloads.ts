/**
 * Saving files from the page: a Blob download for text made here (the lab report), and a link
 * click for a file the browser-mode host offers (an export's zip). Both work in Chromium and in
 * Electron, which asks where to save.
 */

/** Saves `text` as a file named `fileName`. */
export function saveText(fileName: string, text: string, type = 'text/html'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  try {
    clickDownload(url, fileName)
  } finally {
    // The click starts the download at once; the URL is no longer needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}

/** Starts the download of a same-origin address (the host sends it as an attachment). */
export function downloadFrom(address: string, fileName: string): void {
  clickDownload(address, fileName)
}

function clickDownload(href: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
}
