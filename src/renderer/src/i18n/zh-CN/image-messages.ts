import type { IdxKind, IMAGE_MESSAGES } from '@shared/message-tables/image-refusals'
import { list, some, type Translations } from './message-words'

const IDX_KIND_ZH: Record<IdxKind, string> = { images: '图片', labels: '标签' }

/** `60000 张 28×28 的图片` or `60000 个标签`: what an IDX header announces. */
const announced = (p: { kind: IdxKind; count: number; rows?: number; columns?: number }): string =>
  p.kind === 'images' ? `${p.count} 张 ${p.rows}×${p.columns} 的图片` : `${p.count} 个标签`

const raise = (env: string | null): string => (env ? `设置 ${env} 可提高上限` : '这是固定上限')

/**
 * Refused image folders and IDX files, and left-out images
 * (src/shared/message-tables/image-refusals.ts), in Simplified Chinese; a code added there
 * without a translation here does not compile. Folder, file and class names stay as they are.
 */
export const ZH_IMAGE_MESSAGES: Translations<keyof typeof IMAGE_MESSAGES> = {
  'imageFile.empty': () => '空文件',
  'imageFile.notImage': (p) => `不是可读取的图片（${p.problem}）`,
  'imageFile.cannotRead': (p) => `无法读取（${p.problem}）`,
  'imageFile.cannotDecode': (p) => `无法解码（${p.problem}）`,
  'imageFile.tooManyPixels': (p) =>
    `${p.width}×${p.height} 共 ${p.pixels} 个像素，超过本实验室每张图片 ${p.bound} 个像素的上限（${raise(p.env)}）`,
  'imageFile.outsideClass': () => '不在类别文件夹中（请把图片放进每个类别一个的子文件夹）',
  'imageFile.notRegular': () => '不是普通文件',
  'imageFile.notImageType': (p) =>
    `不是图片文件（${p.extension === null ? '没有扩展名' : `扩展名 ${p.extension}`}）`,
  'images.cannotReadFolder': (p) => `${p.folder}：无法读取该文件夹（${p.problem}）`,
  'images.needTwoClasses': (p) => {
    const names = p.classes.length > 0 ? `（${list(p.classes)}）` : ''
    const details: string[] = []
    if (p.without.count > 0) details.push(`没有可用图片的：${some(p.without)}`)
    if (p.loose > 0) details.push(`有 ${p.loose} 张图片直接放在该文件夹中`)
    const detail = details.length > 0 ? `（${details.join('；')}）` : ''
    return `${p.folder}：只找到 ${p.classes.length} 个${p.without.count > 0 ? '有图片的' : ''}类别文件夹${names}；图片数据集至少需要两个，每个类别一个子文件夹${detail}`
  },
  'images.tooManyValues': (p) =>
    `${p.source}：${p.rows} 张图片、每张 ${p.perRow} 个值，共 ${p.values} 个值，超过本实验室每次导入 ${p.bound} 个像素值的上限（${p.smaller ? '请选择更小的 --image-size，或使用 --grayscale' : raise(p.env)}）`,
  'images.outOfMemory': (p) =>
    `${p.folder}：${p.rows} 张图片、每张 ${p.perRow} 个值，需要 ${p.gigabytes} GB 内存；请选择更小的 --image-size`,
  'images.badSize': (p) =>
    `--image-size：应为 宽x高，都是 1 到 ${p.max} 的整数，实际是 ${p.width}x${p.height}`,
  'idx.noImagesFiles': (p) => `${p.folder}：其中没有 IDX 图片文件（…${p.mark}…）`,
  'idx.sizesDiffer': (p) =>
    `${p.file}：图片是 ${p.rows}×${p.columns}，但 ${p.firstFile} 是 ${p.firstRows}×${p.firstColumns}；同一文件夹中的 IDX 文件必须是同一尺寸`,
  'idx.notResized': (p) =>
    `--image-size ${p.width}x${p.height}：IDX 图片不会缩放，而这些图片是 ${p.columns}x${p.rows}`,
  'idx.labelCount': (p) =>
    `${p.file}：有 ${p.images} 张图片，但 ${p.labelsFile} 中有 ${p.labels} 个标签`,
  'idx.unpairedName': (p) =>
    `${p.file}：找不到它的标签文件：IDX 图片文件名中含“${p.imagesMark}”的位置，标签文件名中应为“${p.labelsMark}”`,
  'idx.noLabelsFile': (p) => `${p.file}：旁边没有标签文件（查找过 ${p.candidates.join(' 或 ')}）`,
  'idx.tooShort': (p) =>
    `${p.file}：不是 IDX ${IDX_KIND_ZH[p.kind]}文件（只有 ${p.bytes} 字节，不够一个文件头）`,
  'idx.wrongMagic': (p) =>
    `${p.file}：不是 IDX ${IDX_KIND_ZH[p.kind]}文件（魔数为 ${p.found}，应为 ${p.expected}）`,
  'idx.truncatedHeader': (p) =>
    `${p.file}：文件不完整：只有 ${p.bytes} 字节，不足 ${p.header} 字节的文件头`,
  'idx.truncated': (p) =>
    `${p.file}：文件不完整：文件头声明有 ${announced(p)}（${p.expected} 字节），但文件只有 ${p.bytes} 字节`,
  'idx.extraBytes': (p) =>
    `${p.file}：在文件头声明的 ${announced(p)} 之后还有 ${p.extra} 字节；不是有效的 IDX 文件`,
  'idx.noImages': (p) => `${p.file}：不含任何图片（${p.count} 张 ${p.rows}×${p.columns} 的图片）`
}
