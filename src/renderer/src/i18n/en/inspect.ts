/** Texts of the Inspect screen. */
export default {
  title: 'Inspect'
}
