import screen from './screen'
import logistic from './logistic'
import oneHidden from './one-hidden'
import worked from './worked'
import deep from './deep'
import gradients from './gradients'

/**
 * Texts of the Learn screen: five lessons that run on the lab. Formulas live in lib/learn (the
 * same in every language). One file per lesson (its text, its "try it"s, its exercises and its
 * panel's words), and the screen's own texts; this puts them back in the keys the screen reads.
 */
export default {
  ...screen,
  ...logistic.panels,
  ...oneHidden.panels,
  ...worked.panels,
  ...deep.panels,
  lessons: {
    logistic: logistic.lesson,
    oneHidden: oneHidden.lesson,
    worked: worked.lesson,
    deep: deep.lesson,
    gradients: gradients.lesson
  },
  tryIts: {
    ...logistic.tryIts,
    ...oneHidden.tryIts,
    ...worked.tryIts,
    ...deep.tryIts,
    ...gradients.tryIts
  },
  exercises: {
    logistic: logistic.exercises,
    oneHidden: oneHidden.exercises,
    worked: worked.exercises,
    deep: deep.exercises,
    gradients: gradients.exercises
  }
}
