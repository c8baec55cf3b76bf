/* global console */
/**
 * Draws build/icon.png (1024×1024) with no image tools: a navy tile with
 * three kanban columns of cards. Run `node build/make-icon.mjs` after
 * changing the drawing; electron-builder derives every platform's icon from it.
 */
import { Buffer } from 'node:buffer'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const SIZE = 1024
const SAMPLES = 4 // per axis: 16 samples per pixel for smooth edges

/** Rounded rectangles, painted in order: [x, y, width, height, radius, rgb]. */
const SHAPES = [
  [64, 64, 896, 896, 200, [0x1f, 0x3a, 0x5f]],
  // Columns
  [152, 200, 224, 640, 40, [0x2c, 0x4f, 0x7c]],
  [400, 200, 224, 640, 40, [0x2c, 0x4f, 0x7c]],
  [648, 200, 224, 640, 40, [0x2c, 0x4f, 0x7c]],
  // Cards: to do, in progress, done
  [176, 232, 176, 112, 24, [0xe8, 0xec, 0xf1]],
  [176, 368, 176, 112, 24, [0xe8, 0xec, 0xf1]],
  [176, 504, 176, 112, 24, [0xe8, 0xec, 0xf1]],
  [424, 232, 176, 112, 24, [0xf2, 0xb1, 0x34]],
  [424, 368, 176, 112, 24, [0xf2, 0xb1, 0x34]],
  [672, 232, 176, 112, 24, [0x4c, 0xaf, 0x7a]],
  [672, 368, 176, 112, 24, [0x4c, 0xaf, 0x7a]],
  [672, 504, 176, 112, 24, [0x4c, 0xaf, 0x7a]],
  [672, 640, 176, 112, 24, [0x4c, 0xaf, 0x7a]],
]

function inside([x, y, w, h, r], px, py) {
  if (px < x || py < y || px > x + w || py > y + h) return false
  const cx = Math.min(Math.max(px, x + r), x + w - r)
  const cy = Math.min(Math.max(py, y + r), y + h - r)
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r
}

function render() {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1)
    rows[row] = 0 // PNG filter: none
    for (let x = 0; x < SIZE; x++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = x + (sx + 0.5) / SAMPLES
          const py = y + (sy + 0.5) / SAMPLES
          let color = null
          for (const shape of SHAPES) if (inside(shape, px, py)) color = shape[5]
          if (color) {
            r += color[0]
            g += color[1]
            b += color[2]
            a += 1
          }
        }
      }
      const offset = row + 1 + x * 4
      const n = SAMPLES * SAMPLES
      // Colour averaged over covered samples; coverage becomes alpha.
      rows[offset] = a ? Math.round(r / a) : 0
      rows[offset + 1] = a ? Math.round(g / a) : 0
      rows[offset + 2] = a ? Math.round(b / a) : 0
      rows[offset + 3] = Math.round((a / n) * 255)
    }
  }
  return rows
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header[8] = 8 // bit depth
header[9] = 6 // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
])
const out = join(import.meta.dirname, 'icon.png')
writeFileSync(out, png)
console.log(`wrote ${out} (${png.length} bytes)`)
