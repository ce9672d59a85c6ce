import { maxLogoBytes } from '../../api/club.ts'

export const maxLogoEdge = 512

/**
 * Scales an image down in the renderer (which has a canvas) before it crosses to the core, so
 * a 20-megapixel photo never reaches the club file. Transparent formats stay PNG.
 */
export async function downscaleImage(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file)
  const scale = Math.min(1, maxLogoEdge / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(bitmap.width * scale))
  canvas.height = Math.max(1, Math.round(bitmap.height * scale))
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('canvas unavailable')
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const keepAlpha = file.type === 'image/png' || file.type === 'image/webp'
  const first = canvas.toDataURL(keepAlpha ? 'image/png' : 'image/jpeg', 0.88)
  // A detailed PNG can stay too large; JPEG at that size always fits.
  return (first.length * 3) / 4 > maxLogoBytes ? canvas.toDataURL('image/jpeg', 0.85) : first
}
