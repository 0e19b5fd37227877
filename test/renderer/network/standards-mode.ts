/**
 * happy-dom has no `document.compatMode`, and KaTeX warns on import unless the page is in
 * standards mode, as the app's index.html (`<!doctype html>`) is. Import this module first.
 */
if (document.compatMode === undefined) {
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true })
}
