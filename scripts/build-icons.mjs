// The app's icon set, drawn once in resources/icon.svg and rendered here to what each platform
// needs: PNGs from 16 to 1024 px (Linux takes the folder; the window icon is the 512 one), a
// Windows .ico (16–256 px) and a macOS .icns (16–1024 px, with the @2x sizes). Runs only when
// the SVG is newer than the set. Output: build/icons/.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import icnsModule from '@fiahfy/icns'
import pngToIco from 'png-to-ico'
import sharp from 'sharp'

const { Icns, IcnsImage } = icnsModule
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = join(root, 'resources', 'icon.svg')
const out = join(root, 'build', 'icons')

/** Every size rendered (Linux's hicolor sizes and what .ico and .icns take). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** Windows .ico entries. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** macOS .icns entries: OSType → pixels (ic11–ic14 are the @2x of 16, 32, 128, 256). */
export const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512
}

const pngPath = (size) => join(out, 'png', `${size}x${size}.png`)
const outputs = [...PNG_SIZES.map(pngPath), join(out, 'icon.ico'), join(out, 'icon.icns')]

function isFresh() {
  const drawn = statSync(source).mtimeMs
  return outputs.every((file) => existsSync(file) && statSync(file).mtimeMs >= drawn)
}

if (!isFresh()) {
  mkdirSync(join(out, 'png'), { recursive: true })
  const svg = await sharp(source).metadata()
  const pngs = new Map()
  for (const size of PNG_SIZES) {
    // Rasterise at the target size (not downscaled from one big bitmap), so small sizes stay sharp.
    const png = await sharp(source, { density: (72 * size) / svg.width })
      .resize(size, size)
      .png()
      .toBuffer()
    pngs.set(size, png)
    writeFileSync(pngPath(size), png)
  }
  writeFileSync(join(out, 'icon.ico'), await pngToIco(ICO_SIZES.map((size) => pngs.get(size))))
  const icns = new Icns()
  for (const [osType, size] of Object.entries(ICNS_TYPES))
    icns.append(IcnsImage.fromPNG(pngs.get(size), osType))
  writeFileSync(join(out, 'icon.icns'), icns.data)
  console.log(`built the icon set in ${out}`)
}
