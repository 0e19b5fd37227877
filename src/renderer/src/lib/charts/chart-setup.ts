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
Chart.defaults.color = '#5d6778'
Chart.defaults.borderColor = '#e6e9ef'

export { Chart }
