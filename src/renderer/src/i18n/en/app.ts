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
  notices: 'Notices',
  dismiss: 'Dismiss',
  opening: 'Opening the lab…',
  somethingWrong: 'Something went wrong: {message}'
}
