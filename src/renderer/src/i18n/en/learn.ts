/** Texts of the Learn screen. */
export default {
  title: 'Learn'
}
