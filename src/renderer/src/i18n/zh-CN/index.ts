import type en from '../en'
import app from './app'
import data from './data'
import experiments from './experiments'
import exportTexts from './export'
import inspect from './inspect'
import learn from './learn'
import network from './network'
import results from './results'
import training from './training'

/**
 * Every Simplified Chinese text of the UI, one namespace per screen, with exactly the English
 * tree's keys (a missing or extra key is a compile error; test/renderer/i18n checks placeholders).
 */
export default {
  app,
  data,
  network,
  training,
  inspect,
  experiments,
  learn,
  export: exportTexts,
  results
} satisfies typeof en
