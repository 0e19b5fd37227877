import app from './app'
import data from './data'
import experiments from './experiments'
import exportTexts from './export'
import network from './network'
import training from './training'

/** Every English text of the UI, one namespace per screen (the reference for translations). */
export default { app, data, network, training, experiments, export: exportTexts }
