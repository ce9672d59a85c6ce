import { PNG } from 'pngjs'
import { logoOf } from './logos.ts'
import type { Random } from './random.ts'
import {
  above,
  around,
  below,
  both,
  ellipse,
  lighten,
  mix,
  outline,
  polygon,
  Raster,
  vary,
  without,
  type Colour,
  type Figure,
} from './raster.ts'
import type { DemoMember } from './types.ts'

/** Passport proportions, small enough to be print size already (see printPhoto.ts). */
export const portraitWidth = 96
export const portraitHeight = 120

/**
 * A little portrait for a demo member, drawn from `random` alone: the same draws give the same
 * bytes. People get a head and shoulders against a studio backdrop, organisations a logo.
 */
export function portraitOf(random: Random, member: DemoMember): Buffer {
  const raster = new Raster(portraitWidth, portraitHeight)
  if (member.kind === 'organisation') logoOf(random, raster)
  else drawPerson(random, raster, member)
  const png = new PNG({ width: raster.width, height: raster.height })
  png.data = Buffer.from(raster.data.buffer, raster.data.byteOffset, raster.data.byteLength)
  // One filter for every row: pngjs tries all five per row otherwise, which doubles the time
  // for files no smaller. Flat shapes with smooth edges make PNGs of about 4 KB.
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 6, filterType: 4 })
}

const backdrops: readonly Colour[] = [
  [196, 208, 222],
  [214, 206, 194],
  [188, 210, 204],
  [226, 226, 222],
  [120, 136, 156],
  [172, 178, 186],
  [232, 220, 200],
]
const skins: readonly Colour[] = [
  [250, 222, 200],
  [244, 206, 178],
  [236, 192, 160],
  [222, 172, 136],
  [196, 142, 106],
  [160, 110, 78],
  [116, 80, 58],
]
const naturalHair: readonly Colour[] = [
  [38, 30, 28],
  [66, 48, 36],
  [104, 74, 52],
  [138, 78, 46],
  [166, 128, 86],
  [206, 172, 116],
]
const greyHair: readonly Colour[] = [
  [118, 116, 112],
  [162, 160, 156],
  [206, 204, 198],
]
const suits: readonly Colour[] = [
  [34, 44, 74],
  [54, 56, 62],
  [104, 110, 118],
  [86, 68, 54],
  [28, 28, 32],
  [48, 78, 124],
]
const blouses: readonly Colour[] = [
  [240, 236, 226],
  [176, 40, 52],
  [40, 116, 120],
  [36, 36, 40],
  [120, 150, 196],
  [222, 190, 150],
]
const ties: readonly Colour[] = [
  [150, 28, 40],
  [30, 60, 120],
  [96, 30, 56],
  [40, 96, 60],
  [176, 140, 52],
]
const frames: readonly Colour[] = [
  [24, 24, 26],
  [84, 56, 40],
  [176, 150, 90],
  [150, 154, 160],
]

type HairStyle = 'short' | 'parted' | 'receding' | 'bald' | 'curly' | 'long' | 'bob' | 'bun'

function ageOf(member: DemoMember): number {
  if (member.birthday === null) return 50
  return Number(member.created_at.slice(0, 4)) - Number(member.birthday.slice(0, 4))
}

function hairStyle(random: Random, female: boolean, age: number): HairStyle {
  const draw = random.next()
  if (female) return draw < 0.42 ? 'long' : draw < 0.74 ? 'bob' : draw < 0.88 ? 'bun' : 'short'
  if (age > 50 && draw < 0.14) return 'bald'
  if (age > 40 && draw < 0.34) return 'receding'
  return draw < 0.62 ? 'short' : draw < 0.9 ? 'parted' : 'curly'
}

function hairColour(random: Random, age: number): Colour {
  const grey = age > 68 ? 0.8 : age > 55 ? 0.45 : age > 45 ? 0.15 : 0
  return vary(random, random.chance(grey) ? random.pick(greyHair) : random.pick(naturalHair), 8)
}

function drawPerson(random: Random, raster: Raster, member: DemoMember) {
  const female = member.salutation === 'Frau'
  const age = ageOf(member)
  const backdrop = vary(random, random.pick(backdrops), 10)
  raster.gradient(lighten(backdrop, 0.12), lighten(backdrop, -0.18))

  const cx = 48 + around(random, 2.5)
  const cy = 51 + around(random, 2.5)
  const rx = (female ? 16.5 : 17.5) + around(random, 1.5)
  const ry = rx * (1.26 + around(random, 0.06))
  // Lighter tones more often, as in most German clubs.
  const skin = vary(random, skins[Math.floor(random.next() ** 1.7 * skins.length)] as Colour, 6)
  const hair = hairColour(random, age)
  const style = hairStyle(random, female, age)
  // Light from the upper left: the right side of every rounded part a little darker.
  const light = (amount: number) => (x: number) => ((cx - x) / rx) * amount

  // Strands: a ripple across the hair, so it does not look painted on.
  const period = 2 + random.next() * 1.5
  const strands = (x: number) => light(0.12)(x) + 0.1 * Math.sin((x * 2 * Math.PI) / period)
  const head: Head = {
    cx,
    cy,
    rx,
    ry,
    paint: (figure, colour = hair) => raster.fill(figure, colour, strands),
  }
  drawBackHair(style, hair, head)
  raster.fill(
    polygon([
      [cx - 8, cy + ry - 10],
      [cx + 8, cy + ry - 10],
      [cx + 9, 104],
      [cx - 9, 104],
    ]),
    lighten(skin, -0.14),
  )
  drawClothes(random, raster, female, cx, skin)
  if (style !== 'long' && style !== 'bob') {
    for (const side of [-1, 1]) {
      raster.fill(ellipse(cx + side * rx, cy + 3, 3.6, 6.5), lighten(skin, -0.08))
    }
  }
  raster.fill(ellipse(cx, cy, rx, ry), skin, light(0.1))
  drawFrontHair(random, style, hair, head)
  drawFace(random, raster, { female, age, skin, hair, cx, cy, rx, ry })
}

interface Head {
  readonly cx: number
  readonly cy: number
  readonly rx: number
  readonly ry: number
  /** Fills a figure in the hair's colour or a shade of it, strands and all. */
  readonly paint: (figure: Figure, colour?: Colour) => void
}

function drawBackHair(style: HairStyle, hair: Colour, head: Head) {
  const { cx, cy, rx, ry, paint } = head
  const shaded = lighten(hair, -0.12)
  switch (style) {
    case 'long':
      paint(
        both(
          ellipse(cx, cy + 12, rx + 6.5, ry + 20),
          above(portraitWidth, cy + ry + 22, cy + ry + 16),
        ),
        shaded,
      )
      return
    case 'bob':
      paint(
        both(ellipse(cx, cy + 2, rx + 5, ry + 4), above(portraitWidth, cy + ry - 1, cy + ry - 4)),
        shaded,
      )
      return
    case 'bun':
      paint(ellipse(cx + 1, cy - ry - 2, 8, 7))
      return
    case 'curly':
      for (let step = 0; step <= 8; step++) {
        const angle = (Math.PI * step) / 8
        paint(ellipse(cx - Math.cos(angle) * (rx + 1), cy - 4 - Math.sin(angle) * ry, 6, 6), shaded)
      }
      return
    default:
  }
}

function drawFrontHair(random: Random, style: HairStyle, hair: Colour, head: Head) {
  const { cx, cy, rx, ry, paint } = head
  const cap = ellipse(cx, cy - 3, rx + 2.5, ry + 1.5)
  // A band along the sides of the head: temples, or what a bald head keeps.
  const sides = without(cap, ellipse(cx, cy - 6, rx - 3, ry + 4))
  const downTo = (figure: Figure, level: number) => both(figure, above(portraitWidth, level))
  const dip = around(random, 4)
  switch (style) {
    case 'bald':
      paint(downTo(sides, cy + 4))
      return
    case 'receding':
      paint(both(cap, above(portraitWidth, cy - ry * 0.72, cy - ry * 0.8 + dip)))
      paint(downTo(sides, cy + 3))
      return
    case 'parted': {
      const part = cx + (random.chance(0.5) ? -1 : 1) * rx * 0.45
      const hairline = both(cap, above(portraitWidth, cy - ry * 0.42, cy - ry * 0.62 + dip))
      paint(hairline)
      const line = polygon([
        [part - 0.5, cy - ry - 6],
        [part + 0.5, cy - ry - 6],
        [part + 1.5, cy],
        [part + 0.5, cy],
      ])
      paint(both(hairline, line), lighten(hair, 0.25))
      paint(downTo(sides, cy + 2))
      return
    }
    case 'long':
    case 'bob': {
      const swept = random.chance(0.5) ? -1 : 1
      const left = cy - ry * (0.3 + 0.2 * swept) + dip
      const right = cy - ry * (0.3 - 0.2 * swept)
      paint(both(cap, above(portraitWidth, left, right)))
      paint(downTo(sides, cy + ry * 0.6))
      return
    }
    default:
      paint(both(cap, above(portraitWidth, cy - ry * 0.5 + dip, cy - ry * 0.5 - dip)))
      paint(downTo(sides, cy + 1))
  }
}

type Point = readonly [number, number]

/** Mirrors corners across the vertical through `cx`, keeping them clockwise. */
const mirrored = (points: readonly Point[], cx: number): Point[] =>
  points.map(([x, y]): Point => [2 * cx - x, y]).reverse()

function drawClothes(random: Random, raster: Raster, female: boolean, cx: number, skin: Colour) {
  const jacket = vary(random, random.pick(suits), 8)
  const shoulders = ellipse(48, 126 + around(random, 2), 47 + around(random, 3), 33)
  raster.fill(shoulders, jacket, (x) => ((48 - x) / 48) * 0.08)
  const lapel: Point[] = [
    [cx - 11, 91],
    [cx - 2, 116],
    [cx - 6, 120],
    [cx - 17, 97],
  ]
  raster.fill(polygon(lapel), lighten(jacket, 0.1))
  raster.fill(polygon(mirrored(lapel, cx)), lighten(jacket, -0.06))
  const opening: Point[] = [
    [cx - 10, 91],
    [cx + 10, 91],
    [cx, 114],
  ]
  if (female) {
    raster.fill(polygon(opening), vary(random, random.pick(blouses), 8))
    if (random.chance(0.5)) {
      const neckline: Point[] = [
        [cx - 7, 90],
        [cx + 7, 90],
        [cx, 102],
      ]
      raster.fill(polygon(neckline), lighten(skin, -0.14))
    }
    return
  }
  const shirt: Colour = random.chance(0.7) ? [244, 244, 240] : [196, 214, 236]
  raster.fill(polygon(opening), shirt)
  if (random.chance(0.75)) {
    const tie = vary(random, random.pick(ties), 10)
    const knot: Point[] = [
      [cx - 2.6, 95],
      [cx + 2.6, 95],
      [cx + 1.6, 98],
      [cx - 1.6, 98],
    ]
    raster.fill(polygon(knot), tie)
    const blade: Point[] = [
      [cx - 1.6, 98],
      [cx + 1.6, 98],
      [cx + 4, 121],
      [cx - 4, 121],
    ]
    raster.fill(polygon(blade), lighten(tie, -0.08))
  }
  const collar: Point[] = [
    [cx - 9, 89],
    [cx - 1, 95],
    [cx - 6, 99],
  ]
  raster.fill(polygon(collar), lighten(shirt, -0.04))
  raster.fill(polygon(mirrored(collar, cx)), lighten(shirt, -0.1))
}

interface Face {
  readonly female: boolean
  readonly age: number
  readonly skin: Colour
  readonly hair: Colour
  readonly cx: number
  readonly cy: number
  readonly rx: number
  readonly ry: number
}

function drawFace(random: Random, raster: Raster, face: Face) {
  const { cx, cy, rx, ry, skin } = face
  const eyeY = cy + around(random, 1)
  const apart = rx * (0.4 + around(random, 0.04))
  const eyes: Colour = random.chance(0.3) ? [70, 100, 120] : [48, 36, 30]
  const brow = lighten(face.hair, -0.25)
  for (const side of [-1, 1]) {
    const x = cx + side * apart
    raster.fill(ellipse(x, eyeY, 2.8, 1.7), [236, 234, 228])
    raster.fill(ellipse(x + around(random, 0.3), eyeY, 1.5, 1.5), eyes)
    raster.fill(ellipse(x, eyeY - 4 + around(random, 0.6), 3.6, 0.9), brow)
  }
  raster.fill(ellipse(cx + 1, cy + ry * 0.3, 2.4, 3.4), lighten(skin, -0.1))
  const mouthY = cy + ry * 0.55
  const width = 4.5 + around(random, 1.2)
  const lips = mix(skin, [168, 74, 76], face.female ? 0.55 : 0.35)
  if (!face.female && random.chance(face.age > 45 ? 0.22 : 0.12)) {
    drawBeard(random, raster, face, mouthY)
  }
  raster.fill(
    without(ellipse(cx, mouthY - 1.2, width, 2.6), ellipse(cx, mouthY - 2.6, width + 0.8, 2.4)),
    lips,
  )
  if (random.chance(face.age > 50 ? 0.55 : 0.3)) {
    const frame = random.pick(frames)
    const lens = (side: number) => ellipse(cx + side * apart, eyeY + 0.4, 5.2, 4)
    raster.fill(outline(lens(-1), 1.1), frame)
    raster.fill(outline(lens(1), 1.1), frame)
    raster.fill(
      polygon([
        [cx - apart + 5, eyeY - 1],
        [cx + apart - 5, eyeY - 1],
        [cx + apart - 5, eyeY],
        [cx - apart + 5, eyeY],
      ]),
      frame,
    )
  }
}

function drawBeard(random: Random, raster: Raster, face: Face, mouthY: number) {
  const { cx, cy, rx, ry, hair } = face
  if (random.chance(0.5)) {
    raster.fill(ellipse(cx, mouthY - 2.8, 6.5, 1.8), hair)
    return
  }
  const beard: Figure = both(
    ellipse(cx, cy + 3, rx + 0.5, ry + 1.5),
    below(portraitWidth, mouthY - 4),
  )
  raster.fill(beard, lighten(hair, -0.05))
}
