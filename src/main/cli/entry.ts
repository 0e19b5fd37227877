import { BUNDLED_ASSETS } from '../bundled-assets'

/**
 * The built CLI's entry (out/main/cli.js, run by bin/backprop-lab and, in the installed app, by
 * Electron's own runtime as Node): points the engine at the worker and kernels built beside it,
 * then runs the command line.
 */
Object.assign(process.env, BUNDLED_ASSETS)
await import('./main')
