import type { MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import {
  APP_COMMANDS,
  APPEARANCES,
  MENU_LABELS,
  MENU_NAMES,
  appearanceCommand,
  type AppCommandName,
  type Appearance,
  type MenuName
} from '../../shared/app-commands'
import type { UiLocale } from '../../shared/model/app-state'

/** What the menu shows beyond the command table, and where its clicks go. */
export interface MenuState {
  platform: NodeJS.Platform
  locale: UiLocale
  appearance: Appearance
  /** Files opened lately, newest first (Open Recent). */
  recent: readonly string[]
  /** Carries out a command of the table (main's own, or sent to the window). */
  run: (command: AppCommandName) => void
  openRecent: (path: string) => void
  clearRecent: () => void
  /** The About panel (macOS shows it from the app menu's `about` role). */
  showAbout: () => void
}

type Item = MenuItemConstructorOptions

function commandItem(name: AppCommandName, state: MenuState): Item {
  const command = APP_COMMANDS[name]
  return {
    id: name,
    label: command.label[state.locale],
    accelerator: 'accelerator' in command ? command.accelerator : undefined,
    click: () => state.run(name)
  }
}

/** The table's commands of one menu, in table order, with their separators. */
function commandItems(menu: MenuName, state: MenuState): Item[] {
  const items: Item[] = []
  for (const [name, command] of Object.entries(APP_COMMANDS) as [
    AppCommandName,
    (typeof APP_COMMANDS)[AppCommandName]
  ][]) {
    if (!(command.menus as readonly MenuName[]).includes(menu)) continue
    if (name.startsWith('appearance-')) continue
    if ('separatorBefore' in command && items.length > 0) items.push({ type: 'separator' })
    items.push(commandItem(name, state))
  }
  return items
}

function recentMenu(state: MenuState): Item {
  const { locale } = state
  const files: Item[] =
    state.recent.length === 0
      ? [{ label: MENU_LABELS.noRecent[locale], enabled: false }]
      : state.recent.map((path) => ({
          label: basename(path),
          sublabel: path,
          toolTip: path,
          click: () => state.openRecent(path)
        }))
  return {
    id: 'open-recent',
    label: MENU_LABELS.openRecent[locale],
    submenu: [
      ...files,
      { type: 'separator' },
      {
        label: MENU_LABELS.clearRecent[locale],
        enabled: state.recent.length > 0,
        click: () => state.clearRecent()
      }
    ]
  }
}

function appearanceMenu(state: MenuState): Item {
  return {
    id: 'appearance',
    label: MENU_LABELS.appearance[state.locale],
    submenu: APPEARANCES.map((appearance) => ({
      ...commandItem(appearanceCommand(appearance), state),
      type: 'radio' as const,
      checked: appearance === state.appearance
    }))
  }
}

/** Each menu's items: the table's commands with the standard roles around them. */
function menuItems(menu: MenuName, state: MenuState): Item[] {
  const mac = state.platform === 'darwin'
  const commands = commandItems(menu, state)
  switch (menu) {
    case 'file': {
      const afterOpening = commands.findIndex((item) => item.id === 'open-model') + 1
      return [
        ...commands.slice(0, afterOpening),
        recentMenu(state),
        ...commands.slice(afterOpening),
        ...(mac ? [] : [sep(), { role: 'quit' } as Item])
      ]
    }
    case 'edit':
      return [
        { role: 'undo' },
        { role: 'redo' },
        sep(),
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' } as Item] : []),
        { role: 'delete' },
        sep(),
        { role: 'selectAll' }
      ]
    case 'view':
      return [
        ...commands,
        sep(),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        sep(),
        { role: 'togglefullscreen' },
        sep(),
        appearanceMenu(state)
      ]
    case 'training':
      return commands
    case 'help':
      return [
        ...commands,
        ...(mac
          ? []
          : [
              sep(),
              { id: 'about', label: MENU_LABELS.about[state.locale], click: state.showAbout }
            ])
      ]
  }
}

const sep = (): Item => ({ type: 'separator' })

/**
 * The application menu as a template: File, Edit, View, Training and Help from the command
 * table (macOS adds its app menu with About, Hide and Quit, and the Window menu).
 */
export function menuTemplate(state: MenuState): Item[] {
  const menus: Item[] = MENU_NAMES.map((menu) => ({
    id: menu,
    label: MENU_LABELS[menu][state.locale],
    ...(menu === 'help' ? { role: 'help' as const } : {}),
    submenu: menuItems(menu, state)
  }))
  if (state.platform !== 'darwin') return menus
  return [{ role: 'appMenu' }, ...menus.slice(0, 4), { role: 'windowMenu' }, menus[4]]
}
