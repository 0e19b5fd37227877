import type en from '../../en/learn'
import { mergeTexts } from '../../merge-texts'
import screen from './screen'
import logistic from './logistic'
import oneHidden from './one-hidden'
import worked from './worked'
import deep from './deep'
import gradients from './gradients'

/** “学习”页面的简体中文文本（公式在 lib/learn 中，各语言相同）：每课一个文件，各为同一键树的一部分。 */
export default mergeTexts(screen, logistic, oneHidden, worked, deep, gradients) satisfies typeof en
