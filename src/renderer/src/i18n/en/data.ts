/** Texts of the Data screen. */
export default {
  title: 'Data'
}
