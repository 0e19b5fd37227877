import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip
} from 'chart.js'

/** The Chart.js pieces the lab's line charts use (registered once, tree-shaking the rest). */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend
)
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
// Colours come from the palette (main.css) per chart, light or dark: see LineChart.vue.

export { Chart }
