import type en from '../../en/learn'
import screen from './screen'
import logistic from './logistic'
import oneHidden from './one-hidden'
import worked from './worked'
import deep from './deep'
import gradients from './gradients'

/** “学习”页面的简体中文文本（公式在 lib/learn 中，各语言相同）：每课一个文件，在此合成页面读取的键。 */
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
} satisfies typeof en
