/** The versions the About panel names. */
export interface AboutVersions {
  app: string
  electron: string
  chrome: string
  node: string
}

/** The About panel's text: the app's version, then the runtime it runs on. */
export function aboutText(versions: AboutVersions): { title: string; detail: string } {
  return {
    title: `Backprop Lab ${versions.app}`,
    detail: [
      `Electron ${versions.electron}`,
      `Chromium ${versions.chrome}`,
      `Node ${versions.node}`,
      '',
      'An offline lab for feed-forward neural networks, with a hand-written backprop engine.'
    ].join('\n')
  }
}
