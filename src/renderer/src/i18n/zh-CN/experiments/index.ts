import type en from '../../en/experiments'
import { mergeTexts } from '../../merge-texts'
import list from './list'
import run from './run'
import settings from './settings'
import timeline from './timeline'
import compare from './compare'
import files from './files'

/** “实验”页面的简体中文文本：每个部分一个文件，各为同一键树的一部分。 */
export default mergeTexts(list, run, settings, timeline, compare, files) satisfies typeof en
