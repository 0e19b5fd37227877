import type { IMAGE_DECODING_MESSAGES, DecodeProblem } from '@shared/message-tables/image-decoding'
import type {
  DatabaseFault,
  FAULT_MESSAGES,
  FileKind,
  MachineFaultCode,
  OverLimit,
  ReadProblem,
  StorageFault
} from '@shared/message-tables/machine-faults'
import type { LimitName } from '@shared/limits'
import type { Translations } from './message-words'

const WRITABLE = '请使用可写的文件夹（--home DIR 或 BACKPROP_LAB_HOME）'
const FREE_SPACE = '请腾出一些空间后再试'
const MAY_WRITE = '请使用当前用户可写的文件夹（--home DIR 或 BACKPROP_LAB_HOME）'
const CHOOSE = '请选择当前用户可写的文件夹'
const CLOSE = '请关闭其他程序后再试'
const MACHINE_FAULTS_ZH: Record<
  MachineFaultCode,
  { what: string; advice: string; chosen: string }
> = {
  ENOSPC: { what: '磁盘已满', advice: FREE_SPACE, chosen: FREE_SPACE },
  SQLITE_FULL: { what: '磁盘已满', advice: FREE_SPACE, chosen: FREE_SPACE },
  EDQUOT: { what: '磁盘配额已用完', advice: FREE_SPACE, chosen: FREE_SPACE },
  EROFS: { what: '文件系统是只读的', advice: WRITABLE, chosen: CHOOSE },
  SQLITE_READONLY: {
    what: '数据库无法写入（文件夹或文件是只读的）',
    advice: WRITABLE,
    chosen: CHOOSE
  },
  SQLITE_CANTOPEN: {
    what: '文件无法打开（文件夹只读或不存在，或没有权限）',
    advice: WRITABLE,
    chosen: CHOOSE
  },
  EACCES: { what: '没有权限', advice: MAY_WRITE, chosen: CHOOSE },
  EPERM: { what: '不允许这项操作', advice: MAY_WRITE, chosen: CHOOSE },
  EMFILE: { what: '打开的文件太多', advice: CLOSE, chosen: CLOSE },
  SQLITE_BUSY: {
    what: '本实验室的数据库被另一个进程锁定',
    advice: '请再试一次；在写入途中停下的进程会一直占用它，直到继续运行',
    chosen: CLOSE
  }
}

const STORAGE_FAULTS_ZH: Record<StorageFault, string> = {
  full: '磁盘已满',
  quota: '磁盘配额已用完',
  readOnly: '文件夹是只读的',
  permission: '没有权限',
  cannotOpen: '无法打开'
}

const MOVE_ASIDE = '请把它移到别处以开始一个空的实验室（其中的数据集文件夹可以再加回来）'
const DATABASE_FAULTS_ZH: Record<DatabaseFault, string> = {
  notDatabase: `不是 Backprop Lab 数据库（已损坏，或是其他类型的文件）；${MOVE_ASIDE}，或使用另一个 --home`,
  corrupt: `已损坏（SQLITE_CORRUPT）；请恢复备份，或${MOVE_ASIDE.slice(1)}`,
  readOnly: `无法写入：它的文件夹或文件是只读的；${WRITABLE}`,
  cannotOpen: `无法打开（文件夹只读或不存在，或没有权限）；${WRITABLE}`,
  full: '无法写入：磁盘已满（SQLITE_FULL）；请腾出一些空间后再试',
  busy: '被另一个程序长时间锁定；请关闭正在使用它的其他程序后再试'
}

const FILE_KIND_ZH: Record<FileKind, string> = {
  model: '模型文件',
  experiment: '实验文件',
  npy: 'NumPy 数组文件',
  npz: 'NumPy .npz 文件',
  data: '数据文件',
  image: '图片文件',
  idx: 'IDX 文件',
  csv: 'CSV 文件'
}

/** What each limit counts, after its bound: `（每个模型文件）`. */
export const LIMIT_NOUN_ZH: Record<LimitName, string> = {
  socketMessageBytes: '每条消息',
  modelFileBytes: '每个模型文件',
  modelParameters: '个参数（每个模型）',
  modelLayers: '层（每个模型）',
  modelNesting: '层嵌套（模型文件中）',
  csvFileBytes: '每个 CSV 文件',
  csvClasses: '个类别（每个标签列）',
  unzippedBytes: '每个文件解压后',
  imageFileBytes: '每个图片文件',
  imagePixels: '个像素（每张图片）',
  importValues: '个像素值（每次导入）',
  arrayValues: '个值（每次数组导入）',
  uploadFileBytes: '每个上传的文件',
  uploadsFolderBytes: '等待导入的上传文件',
  mainThreadWork: '次乘加（每次调用）'
}

/** `超过本实验室 256 MiB（每个模型文件）的上限（设置 … 可提高上限）`. */
export const overBoundZh = (p: OverLimit): string => {
  const noun = LIMIT_NOUN_ZH[p.limit]
  const bound =
    noun.startsWith('个') || noun.startsWith('层') || noun.startsWith('次')
      ? `${p.bound} ${noun}`
      : `${p.bound}（${noun}）`
  return `超过本实验室 ${bound}的上限（${p.env ? `设置 ${p.env} 可提高上限` : '这是固定上限'}）`
}

export const readProblemZh = (p: ReadProblem): string => {
  switch (p.kind) {
    case 'missing':
      return '没有这个文件'
    case 'folder':
      return `这是文件夹，不是${FILE_KIND_ZH[p.what]}`
    case 'permission':
      return '没有权限：当前用户不能读取它'
    case 'notRegular':
      return `不是普通文件（是设备、FIFO 或套接字），因此不是${FILE_KIND_ZH[p.what]}`
    case 'tooLarge':
      return `${p.bytes} 字节，${overBoundZh(p)}`
    case 'other':
      return `无法读取（${p.code}）`
  }
}

const TRUNCATED_PART_ZH = { header: '文件头', pixels: '像素数据', palette: '调色板' }

const decodeProblemZh = (p: DecodeProblem): string => {
  switch (p.kind) {
    case 'notBmp':
      return '不是 BMP 文件'
    case 'bmpTruncated':
      return `BMP ${TRUNCATED_PART_ZH[p.part]}不完整`
    case 'bmpEmpty':
      return `BMP 尺寸 ${p.width}×${p.height} 是空的`
    case 'bmpPaletteIndex':
      return `调色板索引 ${p.index} 超出范围`
    case 'bmpCompressed':
      return `不支持压缩的 BMP（压缩方式 ${p.method}）`
    case 'bmpBits':
      return `不支持每像素 ${p.bits} 位的 BMP`
    case 'decodedSize':
      return `解码后是 ${p.width}×${p.height}，而不是文件头所说的 ${p.expectedWidth}×${p.expectedHeight}`
    case 'decodedChannels':
      return `解码后有 ${p.channels} 个通道，应为 3 或 4 个`
  }
}

/**
 * Machine faults and unreadable files (src/shared/message-tables/machine-faults.ts) and images
 * the lab decodes itself (image-decoding.ts) in Simplified Chinese; a code added there without a
 * translation here does not compile.
 */
export const ZH_FAULT_MESSAGES: Translations<
  keyof typeof FAULT_MESSAGES | keyof typeof IMAGE_DECODING_MESSAGES
> = {
  'fault.machine': (p) =>
    `${p.file ? `${p.file}：` : ''}${MACHINE_FAULTS_ZH[p.code].what}（${p.code}）；${MACHINE_FAULTS_ZH[p.code].advice}`,
  'fault.chosenFolder': (p) =>
    `${p.folder}：${MACHINE_FAULTS_ZH[p.code].what}（${p.code}）；${MACHINE_FAULTS_ZH[p.code].chosen}`,
  'fault.storage': (p) => `${p.file}：${STORAGE_FAULTS_ZH[p.fault]}`,
  'fault.database': (p) => `${p.file}：${DATABASE_FAULTS_ZH[p.fault]}`,
  'fault.databaseIo': (p) => `${p.file}：无法读取或写入（${p.code}）；请检查磁盘和文件夹`,
  'fault.databaseNewer': (p) =>
    `${p.file}：由更新版本的 Backprop Lab 写入（数据库结构版本 ${p.version}；本版本最多认识 ${p.known}）；请更新 Backprop Lab，或使用另一个 --home 文件夹`,
  'fault.home': (p) =>
    `无法创建本实验室的主文件夹 ${p.home}（${p.code}）；请用 --home DIR 或 BACKPROP_LAB_HOME 另选一个`,
  'fault.homeIsFile': (p) =>
    `无法创建本实验室的主文件夹 ${p.home}（${p.file} 是一个文件）；请用 --home DIR 或 BACKPROP_LAB_HOME 另选一个`,
  'fault.portInUse': (p) =>
    `127.0.0.1 上的端口 ${p.port} 已被占用（另一个 serve？）；请用 --port 另选一个，或不加 --port 以使用空闲端口`,
  'fault.portPrivileged': (p) =>
    `127.0.0.1 上的端口 ${p.port} 需要当前用户没有的权限；请用 --port 选择 1023 以上的端口`,
  'fault.pageMissing': (p) =>
    `缺少 ${p.page}：这份 Backprop Lab 不完整；请构建它（在 ${p.root} 中运行 'npm run build'）或重新安装`,
  'fault.limitValue': (p) => `${p.env}：应为大于 0 的整数，实际是“${p.text}”`,
  'read.failed': (p) => `${p.file}：${readProblemZh(p.problem)}`,
  'imageFile.badImage': (p) => `不是可读取的图片（${decodeProblemZh(p.problem)}）`,
  'imageFile.badPixels': (p) => `无法解码（${decodeProblemZh(p.problem)}）`,
  'imageFile.unreadable': (p) =>
    `无法读取（${p.problem.kind === 'other' ? p.problem.code : readProblemZh(p.problem)}）`
}
