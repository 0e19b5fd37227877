import { ref } from 'vue'

/**
 * Whether the Training screen shows its split view (data, network and boundary side by side) for
 * 2-D data: kept while the lab is open, so leaving the screen and coming back keeps it, and saved
 * with the UI state (use-persisted-state.ts), so the next start opens the way the last one left it.
 */
export const splitView = ref(false)
