import type { Random } from './random.ts'
import {
  ellipse,
  lighten,
  mix,
  polygon,
  without,
  type Colour,
  type Figure,
  vary,
  type Raster,
} from './raster.ts'

const brands: readonly Colour[] = [
  [0, 90, 160],
  [196, 36, 40],
  [0, 128, 88],
  [236, 136, 0],
  [92, 60, 150],
  [0, 146, 168],
  [44, 46, 52],
  [176, 20, 90],
]

type Point = readonly [number, number]

/** Corners of a regular polygon, clockwise on screen, the first one straight up. */
function regular(cx: number, cy: number, radius: number, corners: number, turn = 0): Point[] {
  return Array.from({ length: corners }, (_, index) => {
    const angle = turn + (index * 2 * Math.PI) / corners
    return [cx + Math.sin(angle) * radius, cy - Math.cos(angle) * radius] as const
  })
}

const circle = (cx: number, cy: number, radius: number) => ellipse(cx, cy, radius, radius)

/**
 * An organisation's photo is its logo: a geometric mark in its colour over two grey bars where
 * the name would stand. No letters, so nothing suggests a real company.
 */
export function logoOf(random: Random, raster: Raster): void {
  const brand = vary(random, random.pick(brands), 15)
  const second = mix(brand, [255, 255, 255], 0.45 + random.next() * 0.2)
  const paper = mix([255, 255, 255], brand, random.next() * 0.06)
  raster.gradient(paper, lighten(paper, -0.04))

  const cx = 48 + (random.next() - 0.5) * 3
  const cy = 50 + (random.next() - 0.5) * 3
  const size = 17 + random.next() * 5
  const turn = random.next() * Math.PI
  const marks: readonly (() => readonly [Figure, Colour][])[] = [
    () => [
      [without(circle(cx, cy, size), circle(cx, cy, size * 0.62)), brand],
      [circle(cx, cy, size * 0.34), second],
    ],
    () => [
      [
        without(polygon(regular(cx, cy, size * 1.15, 4)), polygon(regular(cx, cy, size * 0.5, 4))),
        brand,
      ],
    ],
    () => [
      [polygon(regular(cx - size * 0.3, cy + 2, size, 3, turn / 6)), brand],
      [polygon(regular(cx + size * 0.35, cy - 2, size * 0.8, 3, Math.PI - turn / 6)), second],
    ],
    () =>
      [0, 1, 2].map((bar) => {
        const left = cx - size + bar * size * 0.72
        const top = cy + size - (bar + 1) * size * 0.62
        const figure = polygon([
          [left, top],
          [left + size * 0.5, top],
          [left + size * 0.5, cy + size],
          [left, cy + size],
        ])
        return [figure, bar === 1 ? second : brand] as [Figure, Colour]
      }),
    () => [
      [circle(cx - size * 0.4, cy, size * 0.75), brand],
      [circle(cx + size * 0.4, cy, size * 0.75), second],
    ],
    () => [
      [
        without(
          polygon(regular(cx, cy, size, 6, turn)),
          polygon(regular(cx, cy, size * 0.55, 6, turn)),
        ),
        brand,
      ],
      [polygon(regular(cx, cy, size * 0.3, 6, turn)), second],
    ],
  ]
  for (const [figure, colour] of random.pick(marks)()) raster.fill(figure, colour)

  const ink: Colour = [70, 72, 78]
  const bar = (top: number, height: number, width: number) =>
    polygon([
      [48 - width / 2, top],
      [48 + width / 2, top],
      [48 + width / 2, top + height],
      [48 - width / 2, top + height],
    ])
  raster.fill(bar(88, 4, 48 + random.next() * 20), ink)
  raster.fill(bar(97, 2, 28 + random.next() * 16), lighten(ink, 0.4))
}
