import type { RgbaImage } from '../images.ts'
import type { Random } from './random.ts'

export type Colour = readonly [red: number, green: number, blue: number]

/** Distances beyond this many pixels need only their sign: they cover all or nothing. */
const farAway = 2

/**
 * How far (x, y) lies from a shape's edge in pixels, negative inside: what makes every edge
 * smooth at no extra cost. It may understate the distance, never overstate it, so a pixel
 * that is far from the edge vouches for the pixels nearer to it than that.
 */
export type Shape = (x: number, y: number) => number

/** The pixels a shape can touch; nothing outside is looked at. */
export interface Bounds {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export interface Figure {
  readonly bounds: Bounds
  readonly distance: Shape
}

/** A small RGBA picture drawn shape by shape, each edge anti-aliased. */
export class Raster implements RgbaImage {
  readonly width: number
  readonly height: number
  readonly data: Uint8Array
  /** The colour of the figure being filled, column by column. */
  private readonly colours: Uint8Array

  constructor(width: number, height: number) {
    this.width = width
    this.height = height
    this.data = new Uint8Array(width * height * 4).fill(255)
    this.colours = new Uint8Array(width * 3)
  }

  /** Top colour fading into the bottom one. */
  gradient(top: Colour, bottom: Colour) {
    for (let y = 0; y < this.height; y++) {
      const [r, g, b] = clamp(mix(top, bottom, y / (this.height - 1)))
      for (let at = y * this.width * 4; at < (y + 1) * this.width * 4; at += 4) {
        this.data[at] = r + 0.5
        this.data[at + 1] = g + 0.5
        this.data[at + 2] = b + 0.5
      }
    }
  }

  /**
   * Fills a figure; `shade` may lighten (positive) or darken (negative) the colour column by
   * column, as light falling from one side would. Along a row, a pixel far from the edge
   * vouches for its neighbours, so only the pixels near an edge are measured one by one.
   */
  fill(figure: Figure, colour: Colour, shade?: (x: number) => number) {
    const { bounds, distance } = figure
    const top = Math.max(0, Math.floor(bounds.top))
    const bottom = Math.min(this.height - 1, Math.ceil(bounds.bottom))
    const left = Math.max(0, Math.floor(bounds.left))
    const right = Math.min(this.width - 1, Math.ceil(bounds.right))
    const colours = this.colours
    for (let x = left; x <= right; x++) {
      const [r, g, b] = clamp(shade === undefined ? colour : lighten(colour, shade(x)))
      colours.set([Math.round(r), Math.round(g), Math.round(b)], x * 3)
    }
    const data = this.data
    for (let y = top; y <= bottom; y++) {
      for (let x = left; x <= right;) {
        const d = distance(x + 0.5, y + 0.5)
        const same = Math.max(1, Math.floor(Math.abs(d) - 0.5))
        if (d >= 0.5) {
          x += same
          continue
        }
        if (d <= -0.5) {
          const end = Math.min(right + 1, x + same)
          for (; x < end; x++) {
            const at = (y * this.width + x) * 4
            data[at] = colours[x * 3] as number
            data[at + 1] = colours[x * 3 + 1] as number
            data[at + 2] = colours[x * 3 + 2] as number
          }
          continue
        }
        const at = (y * this.width + x) * 4
        const cover = 0.5 - d
        for (let channel = 0; channel < 3; channel++) {
          const old = data[at + channel] as number
          const wanted = colours[x * 3 + channel] as number
          // Storing into a Uint8Array truncates: the added half makes it round.
          data[at + channel] = old + (wanted - old) * cover + 0.5
        }
        x++
      }
    }
  }
}

/** Jittered colours may stray out of range, where a Uint8Array would wrap around. */
const limit = (channel: number) => Math.min(255, Math.max(0, channel))
const clamp = ([red, green, blue]: Colour): Colour => [limit(red), limit(green), limit(blue)]

export const mix = (from: Colour, to: Colour, share: number): Colour => [
  from[0] + (to[0] - from[0]) * share,
  from[1] + (to[1] - from[1]) * share,
  from[2] + (to[2] - from[2]) * share,
]

/** Jitter: uniform in [-amount, amount]. */
export const around = (random: Random, amount: number) => (random.next() * 2 - 1) * amount

export const vary = (random: Random, colour: Colour, amount: number): Colour => [
  colour[0] + around(random, amount),
  colour[1] + around(random, amount),
  colour[2] + around(random, amount),
]

/** Positive amounts lighten towards white, negative ones darken towards black. */
export const lighten = (colour: Colour, amount: number): Colour =>
  amount >= 0 ? mix(colour, [255, 255, 255], amount) : mix(colour, [0, 0, 0], -amount)

/**
 * An ellipse. Away from its edge the distance is a bound: the gap between the ellipse and the
 * one through the point, where they are closest. Near the edge it is the first-order estimate,
 * exact enough for an edge a pixel wide, capped so it cannot overstate.
 */
export function ellipse(cx: number, cy: number, rx: number, ry: number): Figure {
  const shorter = Math.min(rx, ry)
  return {
    bounds: { left: cx - rx - 1, top: cy - ry - 1, right: cx + rx + 1, bottom: cy + ry + 1 },
    distance: (x, y) => {
      const u = (x - cx) / rx
      const v = (y - cy) / ry
      const radius = Math.sqrt(u * u + v * v)
      const bound = (radius - 1) * shorter
      if (bound > farAway || bound < -farAway || radius === 0) return bound
      const estimate = ((radius - 1) * radius) / Math.sqrt((u / rx) ** 2 + (v / ry) ** 2)
      return Math.max(-farAway, Math.min(farAway, estimate))
    },
  }
}

/** A convex polygon with its corners listed clockwise (y pointing down). */
export function polygon(points: readonly (readonly [number, number])[]): Figure {
  const edges = points.map(([x1, y1], index) => {
    const [x2, y2] = points[(index + 1) % points.length] as readonly [number, number]
    const length = Math.hypot(x2 - x1, y2 - y1)
    return { x1, y1, nx: (y2 - y1) / length, ny: (x1 - x2) / length }
  })
  const xs = points.map(([x]) => x)
  const ys = points.map(([, y]) => y)
  return {
    bounds: {
      left: Math.min(...xs) - 1,
      top: Math.min(...ys) - 1,
      right: Math.max(...xs) + 1,
      bottom: Math.max(...ys) + 1,
    },
    distance: (x, y) => {
      let most = -Infinity
      for (const edge of edges)
        most = Math.max(most, (x - edge.x1) * edge.nx + (y - edge.y1) * edge.ny)
      return most
    },
  }
}

/** Where both figures are. */
export function both(first: Figure, second: Figure): Figure {
  return {
    bounds: {
      left: Math.max(first.bounds.left, second.bounds.left),
      top: Math.max(first.bounds.top, second.bounds.top),
      right: Math.min(first.bounds.right, second.bounds.right),
      bottom: Math.min(first.bounds.bottom, second.bounds.bottom),
    },
    distance: (x, y) => Math.max(first.distance(x, y), second.distance(x, y)),
  }
}

/** Where the first figure is but the second is not. */
export function without(first: Figure, second: Figure): Figure {
  return {
    bounds: first.bounds,
    distance: (x, y) => Math.max(first.distance(x, y), -second.distance(x, y)),
  }
}

/**
 * What lies above the line from (0, left) to (width, right), within those columns: the bounds
 * end just below the line, so a figure cut by it is only looked at there.
 */
export function above(width: number, left: number, right = left): Figure {
  const length = Math.hypot(width, right - left)
  return {
    bounds: { left: 0, top: -Infinity, right: width, bottom: Math.max(left, right) + 1 },
    distance: (x, y) => ((y - left) * width - x * (right - left)) / length,
  }
}

/** What lies below the line from (0, left) to (width, right), within those columns. */
export function below(width: number, left: number, right = left): Figure {
  const line = above(width, left, right)
  return {
    bounds: { left: 0, top: Math.min(left, right) - 1, right: width, bottom: Infinity },
    distance: (x, y) => -line.distance(x, y),
  }
}

/** A band `width` pixels wide along a figure's edge, for outlines such as spectacle frames. */
export function outline(figure: Figure, width: number): Figure {
  return {
    bounds: figure.bounds,
    distance: (x, y) => Math.abs(figure.distance(x, y)) - width / 2,
  }
}
