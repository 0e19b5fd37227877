import type { MessageCode, MessageParams } from '@shared/messages'
import type { ValueKind } from '@shared/message-tables/english'
import type { SkippedCount, SkippedKind } from '@shared/model/skipped'

/** Words the zh-CN tables of main's messages share. */

/** How zh-CN says one of main's messages, given its parameters. */
export type Translation<C extends MessageCode> = (params: MessageParams<C>) => string

/** The translations of one part of the message table (its codes are `Codes`). */
export type Translations<Codes extends MessageCode> = { [C in Codes]: Translation<C> }

export const list = (values: readonly string[]): string => values.join('、')
export const quoted = (values: readonly string[]): string =>
  values.map((value) => `“${value}”`).join('、')
export const some = (p: { files: string[]; more: number }): string =>
  p.more > 0 ? `${list(p.files)} 等（另有 ${p.more} 个）` : list(p.files)
export const where = (p: { file: string; line?: number }): string =>
  p.line === undefined ? p.file : `${p.file} 第 ${p.line} 行`

export const VALUE_KIND_ZH: Record<ValueKind, string> = {
  list: '列表',
  object: '对象',
  number: '数字',
  string: '文本',
  boolean: '布尔值',
  other: '其他类型的值'
}

/** The kinds of left-out rows, as counted in a summary ("3 行缺少值"). */
export const SKIPPED_KIND_ZH: Record<SkippedKind, string> = {
  'wrong-field-count': '字段数不对',
  'missing-value': '缺少值',
  'not-a-number': '有不是数字的值',
  'unreadable-record': '无法读取',
  'unreadable-file': '无法读取的文件',
  other: '其他原因'
}

/** `3 行缺少值（第一处：第 9 行）、1 行…`: a one-line summary of left-out items. */
export const skippedSummary = (groups: readonly SkippedCount[]): string =>
  groups
    .map(
      ({ kind, count, line }) =>
        `${count} 项${SKIPPED_KIND_ZH[kind]}${line === undefined ? '' : `（第一处：第 ${line} 行）`}`
    )
    .join('，')
