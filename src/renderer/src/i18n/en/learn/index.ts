import { mergeTexts } from '../../merge-texts'
import screen from './screen'
import logistic from './logistic'
import oneHidden from './one-hidden'
import worked from './worked'
import deep from './deep'
import gradients from './gradients'

/**
 * Texts of the Learn screen: five lessons that run on the lab. Formulas live in lib/learn (the
 * same in every language). One file per lesson (its text, its "try it"s, its exercises and its
 * panel's words) and one of the screen's own texts, each a slice of the same keys.
 */
export default mergeTexts(screen, logistic, oneHidden, worked, deep, gradients)
