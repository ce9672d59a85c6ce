import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../support/temp.ts'
import { addMember, reasonsIn, useSessionClub } from './sessionClub.ts'

const tempDir = useTempDir()
const sessionClub = useSessionClub()

describe('automatic backups while a club is open', () => {
  it('backs up on open, then at most every 15 minutes and only after changes', async () => {
    const club = await sessionClub(tempDir())
    expect(reasonsIn(club.folder)).toEqual(['open'])

    club.clock.advance(20)
    await club.session.backupIfDue()
    expect(reasonsIn(club.folder)).toEqual(['open'])

    await addMember(club, 'Schäfer')
    await club.session.backupIfDue()
    expect(reasonsIn(club.folder)).toEqual(['open', 'interval'])

    club.clock.advance(5)
    await addMember(club, 'Weber')
    await club.session.backupIfDue()
    club.clock.advance(9)
    await club.session.backupIfDue()
    expect(reasonsIn(club.folder)).toEqual(['open', 'interval'])
    club.clock.advance(1)
    await club.session.backupIfDue()
    expect(reasonsIn(club.folder)).toEqual(['open', 'interval', 'interval'])

    club.clock.advance(60)
    await club.session.backupIfDue()
    expect(reasonsIn(club.folder)).toEqual(['open', 'interval', 'interval'])
  })

  it('backs up on close only when the club changed since the last backup', async () => {
    const unchanged = await sessionClub(tempDir())
    unchanged.clock.advance(1)
    await unchanged.session.close()
    expect(reasonsIn(unchanged.folder)).toEqual(['open'])

    const changed = await sessionClub(tempDir())
    changed.clock.advance(1)
    await addMember(changed, 'Schäfer')
    await changed.session.dispose()
    expect(reasonsIn(changed.folder)).toEqual(['open', 'close'])
  })

  it('backs the club up when another one is opened in its place', async () => {
    const club = await sessionClub(tempDir())
    club.clock.advance(1)
    await addMember(club, 'Schäfer')
    await club.dispatch('clubs/openDemo', {})
    expect(reasonsIn(club.folder)).toEqual(['open', 'close'])
  })

  it('keeps working when the backup folder cannot be written, and says why', async () => {
    const dir = tempDir()
    const club = await sessionClub(dir)
    // A folder below a file can never be made, whoever runs the test (root included).
    writeFileSync(join(dir, 'a-file'), '')
    club.session.setBackupBase(join(dir, 'a-file', 'backups'))
    club.clock.advance(20)
    await addMember(club, 'Schäfer')
    await club.session.backupIfDue()
    expect(club.warnings).toHaveLength(1)
    expect(club.warnings[0]).toMatchObject({ code: 'backup.folder' })
    await addMember(club, 'Weber')
    expect(club.session.requireClub().path).toBe(club.path)
  })
})
