import { KreisError, type ErrorCode } from '../api/errors.ts'

const signatures: ReadonlyArray<{ mime: string; test: (b: Buffer) => boolean }> = [
  {
    mime: 'image/png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

export interface ImageLimits {
  readonly maxBytes: number
  readonly invalid: ErrorCode
  readonly tooLarge: ErrorCode
}

/**
 * The renderer downscales before sending; here the bytes are checked to be what the data URL
 * claims, so nothing but a real PNG, JPEG or WebP is ever stored or shown again.
 */
export function decodeImage(dataUrl: string, limits: ImageLimits): { mime: string; bytes: Buffer } {
  const match = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl)
  if (match === null) throw new KreisError(limits.invalid)
  const mime = match[1] as string
  const bytes = Buffer.from(match[2] as string, 'base64')
  if (bytes.length > limits.maxBytes) {
    throw new KreisError(limits.tooLarge, { maxKb: Math.round(limits.maxBytes / 1024) })
  }
  const signature = signatures.find((s) => s.mime === mime)
  if (signature === undefined || !signature.test(bytes)) throw new KreisError(limits.invalid)
  return { mime, bytes }
}

export function encodeImage(mime: string | null, bytes: Uint8Array | null): string | null {
  if (mime === null || bytes === null) return null
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`
}

/** Pixels as RGBA bytes, row by row. */
export interface RgbaImage {
  readonly width: number
  readonly height: number
  readonly data: Uint8Array
}
