/**
 * A palette colour (a custom property of main.css, e.g. `--grid`) as the page shows it now, for
 * canvases and Chart.js, which cannot read CSS variables: the variable's value is a
 * `light-dark()` pair, resolved by the browser on a probe element under `within`.
 */
export function themeColor(variable: `--${string}`, within: Element = document.body): string {
  const probe = document.createElement('span')
  probe.style.display = 'none'
  probe.style.color = `var(${variable})`
  within.appendChild(probe)
  const color = getComputedStyle(probe).color
  probe.remove()
  return color
}
