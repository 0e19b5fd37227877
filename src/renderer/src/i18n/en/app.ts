/** The shell: navigation, status, notices. */
export default {
  title: 'Backprop Lab',
  screens: 'Screens',
  views: {
    data: 'Data',
    network: 'Network',
    training: 'Training',
    inspect: 'Inspect',
    experiments: 'Experiments',
    learn: 'Learn'
  },
  status: {
    data: 'Data: {name}',
    training: 'training {percent}%',
    paused: 'paused {percent}%',
    browserMode: 'browser mode'
  },
  language: {
    label: 'Language',
    hint: 'The language of the lab: numbers and formulas stay the same'
  },
  appearance: {
    label: 'Appearance',
    hint: 'Light or dark: the same choice as View › Appearance in the desktop app',
    system: 'System',
    light: 'Light',
    dark: 'Dark'
  },
  commands: {
    unavailable: '“{command}” cannot be used right now.'
  },
  rendererRestarted:
    'The window stopped unexpectedly ({reason}) and was reloaded. Your data and runs are kept; training went on in the lab.',
  skipToMain: 'Skip to the screen',
  notices: 'Notices',
  dismiss: 'Dismiss',
  opening: 'Opening the lab…',
  figures: {
    part: 'Part',
    loss: 'Loss',
    accuracy: 'Accuracy',
    parts: { train: 'Training', validation: 'Validation', test: 'Test' },
    caption: 'Final figures (epoch {epoch})',
    none: 'No epoch has finished yet.',
    definition:
      'Final figures are the last completed epoch’s: training loss and accuracy averaged over its batches (each before its update), validation figures of the weights at its end; test figures are the final evaluation of those same weights.'
  },
  somethingWrong: 'Something went wrong: {message}'
}
