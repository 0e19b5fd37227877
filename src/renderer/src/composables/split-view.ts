import { ref } from 'vue'

/**
 * Whether the Training screen shows its split view (data, network and boundary side by side) for
 * 2-D data: kept while the lab is open, so leaving the screen and coming back keeps it.
 */
export const splitView = ref(false)
