/** Texts of the Network screen. */
export default {
  title: 'Network'
}
