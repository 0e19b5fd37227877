import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, headless (never a downloaded browser), as the end-to-end tests and the
 * scripted-browser benchmarks launch it; `env` is the browser's environment when given.
 */
export function launchChromium(env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ],
    ...(env ? { env } : {})
  })
}
