import type { UiLocale } from './model/app-state'

/** The desktop app's menus, in menu-bar order (macOS adds its app menu and Window menu). */
export const MENU_NAMES = ['file', 'edit', 'view', 'training', 'help'] as const
export type MenuName = (typeof MENU_NAMES)[number]

/** How the app looks: following the system, or always light or dark. */
export const APPEARANCES = ['system', 'light', 'dark'] as const
export type Appearance = (typeof APPEARANCES)[number]

/** A command's label in each UI language. */
type Label = Record<UiLocale, string>

/** One command of the app: where the menu lists it, its shortcut, and who carries it out. */
export interface AppCommand {
  label: Label
  /** The menus that list it (a command may sit in two: Learn is in View and Help). */
  menus: readonly MenuName[]
  /**
   * Electron accelerator. Never a key a text field uses (letters, Space, Enter, arrows,
   * Ctrl+A/C/V/X/Z/Y): plain function keys for training, Ctrl/Cmd with O, E and digits elsewhere.
   */
  accelerator?: string
  /** `renderer`: the window's own action, the one its button calls; `main`: done in main. */
  runsIn: 'renderer' | 'main'
  /** A separator goes before it in its menu. */
  separatorBefore?: boolean
}

/**
 * THE table of the app's commands. Main builds the application menu from it (each renderer
 * command reaches the window as an `app:command` event), and the window's own buttons run the
 * same commands through the renderer's command registry, so a menu item and its button can
 * never do different things. Standard items (Edit, zoom, full screen, Quit, About) are roles.
 */
export const APP_COMMANDS = {
  'open-data-file': {
    label: { en: 'Open Data File…', 'zh-CN': '打开数据文件…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+O',
    runsIn: 'renderer'
  },
  'open-image-folder': {
    label: { en: 'Open Image Folder…', 'zh-CN': '打开图像文件夹…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+Shift+O',
    runsIn: 'renderer'
  },
  'open-model': {
    label: { en: 'Open Model…', 'zh-CN': '打开模型…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+Alt+O',
    runsIn: 'renderer'
  },
  'open-experiment': {
    label: { en: 'Open Experiment…', 'zh-CN': '打开实验…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+Shift+X',
    runsIn: 'renderer',
    separatorBefore: true
  },
  'save-experiment': {
    label: { en: 'Save Experiment As…', 'zh-CN': '实验另存为…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+Shift+S',
    runsIn: 'renderer'
  },
  'export-model': {
    label: { en: 'Export Model…', 'zh-CN': '导出模型…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+E',
    runsIn: 'renderer',
    separatorBefore: true
  },
  'lab-report': {
    label: { en: 'Lab Report…', 'zh-CN': '实验报告…' },
    menus: ['file'],
    accelerator: 'CmdOrCtrl+Shift+E',
    runsIn: 'renderer'
  },
  'view-data': {
    label: { en: 'Data', 'zh-CN': '数据' },
    menus: ['view'],
    accelerator: 'CmdOrCtrl+1',
    runsIn: 'renderer'
  },
  'view-network': {
    label: { en: 'Network', 'zh-CN': '网络' },
    menus: ['view'],
    accelerator: 'CmdOrCtrl+2',
    runsIn: 'renderer'
  },
  'view-training': {
    label: { en: 'Training', 'zh-CN': '训练' },
    menus: ['view'],
    accelerator: 'CmdOrCtrl+3',
    runsIn: 'renderer'
  },
  'view-inspect': {
    label: { en: 'Inspect', 'zh-CN': '检视' },
    menus: ['view'],
    accelerator: 'CmdOrCtrl+4',
    runsIn: 'renderer'
  },
  'view-experiments': {
    label: { en: 'Experiments', 'zh-CN': '实验' },
    menus: ['view'],
    accelerator: 'CmdOrCtrl+5',
    runsIn: 'renderer'
  },
  'view-learn': {
    label: { en: 'Learn', 'zh-CN': '学习' },
    menus: ['view', 'help'],
    accelerator: 'CmdOrCtrl+6',
    runsIn: 'renderer'
  },
  'appearance-system': {
    label: { en: 'System', 'zh-CN': '跟随系统' },
    menus: ['view'],
    runsIn: 'main',
    separatorBefore: true
  },
  'appearance-light': {
    label: { en: 'Light', 'zh-CN': '浅色' },
    menus: ['view'],
    runsIn: 'main'
  },
  'appearance-dark': {
    label: { en: 'Dark', 'zh-CN': '深色' },
    menus: ['view'],
    runsIn: 'main'
  },
  'training-start': {
    label: { en: 'Start', 'zh-CN': '开始' },
    menus: ['training'],
    accelerator: 'F5',
    runsIn: 'renderer'
  },
  'training-pause-resume': {
    label: { en: 'Pause / Resume', 'zh-CN': '暂停 / 继续' },
    menus: ['training'],
    accelerator: 'F6',
    runsIn: 'renderer'
  },
  'training-step': {
    label: { en: 'Step One Batch', 'zh-CN': '单步（一个批次）' },
    menus: ['training'],
    accelerator: 'F10',
    runsIn: 'renderer'
  },
  'training-stop': {
    label: { en: 'Stop', 'zh-CN': '停止' },
    menus: ['training'],
    accelerator: 'Shift+F5',
    runsIn: 'renderer'
  },
  'open-data-folder': {
    label: { en: 'Open the Data Folder', 'zh-CN': '打开数据文件夹' },
    menus: ['help'],
    runsIn: 'main',
    separatorBefore: true
  },
  'open-log-folder': {
    label: { en: 'Open the Log Folder', 'zh-CN': '打开日志文件夹' },
    menus: ['help'],
    runsIn: 'main'
  }
} as const satisfies Record<string, AppCommand>

export type AppCommandName = keyof typeof APP_COMMANDS
/** The commands the window carries out (what an `app:command` event may name). */
export type RendererCommandName = {
  [C in AppCommandName]: (typeof APP_COMMANDS)[C]['runsIn'] extends 'renderer' ? C : never
}[AppCommandName]

/** The renderer commands, for validating an `app:command` payload and registering handlers. */
export const RENDERER_COMMANDS = (Object.keys(APP_COMMANDS) as AppCommandName[]).filter(
  (name): name is RendererCommandName => APP_COMMANDS[name].runsIn === 'renderer'
)

/** The command that shows a screen (the screens are the renderer's VIEW_NAMES). */
export const viewCommand = (view: string): RendererCommandName =>
  `view-${view}` as RendererCommandName

/** The command that sets an appearance. */
export const appearanceCommand = (appearance: Appearance) => `appearance-${appearance}` as const

/** Labels of the menus themselves and of the items main builds around the commands. */
export const MENU_LABELS = {
  file: { en: 'File', 'zh-CN': '文件' },
  edit: { en: 'Edit', 'zh-CN': '编辑' },
  view: { en: 'View', 'zh-CN': '视图' },
  training: { en: 'Training', 'zh-CN': '训练' },
  help: { en: 'Help', 'zh-CN': '帮助' },
  appearance: { en: 'Appearance', 'zh-CN': '外观' },
  openRecent: { en: 'Open Recent', 'zh-CN': '最近打开' },
  clearRecent: { en: 'Clear Menu', 'zh-CN': '清除列表' },
  noRecent: { en: 'No Recent Files', 'zh-CN': '没有最近的文件' },
  about: { en: 'About Backprop Lab', 'zh-CN': '关于 Backprop Lab' }
} satisfies Record<MenuName | string, Label>
