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
  notices: 'Notices',
  dismiss: 'Dismiss',
  opening: 'Opening the lab…',
  somethingWrong: 'Something went wrong: {message}'
}
