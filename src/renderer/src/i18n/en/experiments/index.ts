import { mergeTexts } from '../../merge-texts'
import list from './list'
import run from './run'
import settings from './settings'
import timeline from './timeline'
import compare from './compare'
import files from './files'

/** Texts of the Experiments screen, one file per part of it, each a slice of the same keys. */
export default mergeTexts(list, run, settings, timeline, compare, files)
