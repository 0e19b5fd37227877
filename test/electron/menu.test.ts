import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { APP_COMMANDS, MENU_NAMES, type AppCommandName } from '../../src/shared/app-commands'
import { menuTemplate, type MenuState } from '../../src/main/electron/menu'

type Item = MenuItemConstructorOptions

function template(platform: NodeJS.Platform, ran: string[] = []): Item[] {
  const state: MenuState = {
    platform,
    locale: 'en',
    appearance: 'dark',
    recent: ['/data/iris.csv'],
    run: (command) => ran.push(command),
    openRecent: (path) => ran.push(`recent:${path}`),
    clearRecent: () => ran.push('clear-recent'),
    showAbout: () => ran.push('about')
  }
  return menuTemplate(state)
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])
  ])
}

const submenu = (menu: Item[], id: string) => menu.find((item) => item.id === id)!.submenu as Item[]

/** Keys a text field uses itself: an accelerator on them would take them from the user. */
const TEXT_FIELD_KEYS = new Set([
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''),
  'Space',
  'Enter',
  'Return',
  'Tab',
  'Backspace',
  'Delete',
  'Home',
  'End',
  'Left',
  'Right',
  'Up',
  'Down',
  'PageUp',
  'PageDown',
  'Escape'
])
const EDITING_CHORDS = ['A', 'C', 'V', 'X', 'Z', 'Y', 'Shift+Z', 'Left', 'Right', 'Backspace']

describe('the application menu, built from the command table', () => {
  it('has File, Edit, View, Training and Help, and on macOS the app menu and Window menu', () => {
    expect(template('linux').map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Training',
      'Help'
    ])
    const mac = template('darwin')
    expect(mac[0].role).toBe('appMenu')
    expect(mac.map((menu) => menu.role ?? menu.label)).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Training',
      'windowMenu',
      'help'
    ])
  })

  it('lists every command of the table in its menus, and a click runs that command', () => {
    const ran: string[] = []
    const menus = template('linux', ran)
    for (const [name, command] of Object.entries(APP_COMMANDS) as [
      AppCommandName,
      (typeof APP_COMMANDS)[AppCommandName]
    ][]) {
      for (const menu of command.menus) {
        const item = flatten(submenu(menus, menu)).find((entry) => entry.id === name)
        expect(item, `${name} in ${menu}`).toBeDefined()
        expect(item!.label).toBe(command.label.en)
        ;(item!.click as () => void)()
        expect(ran.at(-1)).toBe(name)
      }
    }
    expect(MENU_NAMES.every((menu) => menus.some((item) => item.id === menu))).toBe(true)
  })

  it('uses the standard roles for editing, zoom, full screen and quitting', () => {
    const linux = template('linux')
    expect(submenu(linux, 'edit').map((item) => item.role ?? item.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'delete',
      'separator',
      'selectAll'
    ])
    const viewRoles = submenu(linux, 'view').map((item) => item.role)
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
      expect(viewRoles).toContain(role)
    expect(submenu(linux, 'file').at(-1)!.role).toBe('quit')
    // macOS quits and shows About from its app menu.
    const mac = template('darwin')
    expect(flatten(mac).some((item) => item.role === 'quit')).toBe(false)
    expect(flatten(mac).some((item) => item.id === 'about')).toBe(false)
    expect(submenu(mac, 'edit').map((item) => item.role)).toContain('pasteAndMatchStyle')
  })

  it('gives the six screens Ctrl/Cmd+1…6 and no shortcut that a text field needs', () => {
    const accelerators: string[] = Object.values(APP_COMMANDS).flatMap((command) =>
      'accelerator' in command ? [command.accelerator] : []
    )
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(
      ['data', 'network', 'training', 'inspect', 'experiments', 'learn'].map((view) => [
        view,
        APP_COMMANDS[`view-${view}` as AppCommandName]
      ])
    ).toEqual(
      ['data', 'network', 'training', 'inspect', 'experiments', 'learn'].map((view, index) => [
        view,
        expect.objectContaining({ accelerator: `CmdOrCtrl+${index + 1}` })
      ])
    )
    for (const accelerator of accelerators) {
      const parts = accelerator.split('+')
      const modifiers = parts.slice(0, -1)
      const key = parts.at(-1)!
      // A bare key (or Shift+key) a text field types or moves with is never taken.
      if (modifiers.every((modifier) => modifier === 'Shift'))
        expect(TEXT_FIELD_KEYS.has(key), accelerator).toBe(false)
      // Nor Ctrl/Cmd with the editing keys (select all, copy, paste, cut, undo, redo, words).
      const chord = accelerator.replace(/^CmdOrCtrl\+/, '')
      expect(EDITING_CHORDS.includes(chord), accelerator).toBe(false)
    }
  })

  it('shows the appearance chosen as a checked radio item, and Open Recent', () => {
    const ran: string[] = []
    const menus = template('linux', ran)
    const appearance = submenu(submenu(menus, 'view'), 'appearance')
    expect(appearance.map((item) => [item.id, item.type, item.checked])).toEqual([
      ['appearance-system', 'radio', false],
      ['appearance-light', 'radio', false],
      ['appearance-dark', 'radio', true]
    ])
    const recent = submenu(submenu(menus, 'file'), 'open-recent')
    expect(recent[0].label).toBe('iris.csv')
    ;(recent[0].click as () => void)()
    ;(recent.at(-1)!.click as () => void)()
    expect(ran).toEqual(['recent:/data/iris.csv', 'clear-recent'])
  })

  it('speaks Chinese when the window does', () => {
    const menus = menuTemplate({
      platform: 'win32',
      locale: 'zh-CN',
      appearance: 'system',
      recent: [],
      run: () => {},
      openRecent: () => {},
      clearRecent: () => {},
      showAbout: () => {}
    })
    expect(menus.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '训练', '帮助'])
    expect(submenu(menus, 'file')[0].label).toBe('打开数据文件…')
  })
})
