/** Texts of the Training screen. */
export default {
  title: 'Training'
}
