import app from './app'
import data from './data'
import experiments from './experiments'
import exportTexts from './export'
import inspect from './inspect'
import learn from './learn'
import network from './network'
import results from './results'
import training from './training'

/** Every English text of the UI, one namespace per screen (the reference for translations). */
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
}
