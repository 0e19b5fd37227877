/** Texts of the Experiments screen. */
export default {
  title: 'Experiments'
}
