import { maxLogoBytes } from '../../api/club.ts'
import { decodeImage, encodeImage } from '../images.ts'

export function decodeLogo(dataUrl: string): { mime: string; bytes: Buffer } {
  return decodeImage(dataUrl, {
    maxBytes: maxLogoBytes,
    invalid: 'logo.invalid',
    tooLarge: 'logo.tooLarge',
  })
}

export const encodeLogo = encodeImage
