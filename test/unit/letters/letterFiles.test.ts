import * as fs from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { discard, publish, writePending } from '../../../src/core/dues/letterFiles.ts'
import { useTempDir } from '../../support/temp.ts'

// A file system without hard links (FAT on a USB stick) answers link() with EPERM.
const links = vi.hoisted(() => ({ refused: false, refusals: 0 }))
vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>()
  return {
    ...real,
    linkSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (links.refused) {
        links.refusals += 1
        throw Object.assign(new Error('EPERM: link'), { code: 'EPERM' })
      }
      real.linkSync(from, to)
    },
  }
})

const tempDir = useTempDir()
const bytes = (text: string) => new TextEncoder().encode(text)

afterEach(() => {
  links.refused = false
  links.refusals = 0
})

describe('letter files', () => {
  it.each([false, true])(
    'gives a letter the next free name and never replaces a file (links refused: %s)',
    (refused) => {
      links.refused = refused
      const folder = tempDir()
      fs.writeFileSync(join(folder, 'mahnung-1-0001.pdf'), 'an earlier letter')
      const first = writePending(folder, 'mahnung-1-0001', bytes('first'))
      const second = writePending(folder, 'mahnung-1-0001', bytes('second'))
      expect(fs.readdirSync(folder).filter((name) => name.endsWith('.pdf'))).toEqual([
        'mahnung-1-0001.pdf',
      ])
      expect(publish(first)).toBe(join(folder, 'mahnung-1-0001-2.pdf'))
      expect(publish(second)).toBe(join(folder, 'mahnung-1-0001-3.pdf'))
      expect(fs.readdirSync(folder).sort()).toEqual([
        'mahnung-1-0001-2.pdf',
        'mahnung-1-0001-3.pdf',
        'mahnung-1-0001.pdf',
      ])
      expect(fs.readFileSync(join(folder, 'mahnung-1-0001.pdf'), 'utf8')).toBe('an earlier letter')
      expect(fs.readFileSync(join(folder, 'mahnung-1-0001-3.pdf'), 'utf8')).toBe('second')
      expect(links.refusals > 0).toBe(refused)
    },
  )

  it('leaves nothing behind when a pending letter is discarded', () => {
    const folder = tempDir()
    discard(writePending(folder, 'mahnung-2-0007', bytes('never sent')))
    expect(fs.readdirSync(folder)).toEqual([])
  })
})
