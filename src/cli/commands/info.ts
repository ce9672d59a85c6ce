import { resolve } from 'node:path'
import { countMembers, getProfile } from '../../core/club/profile.ts'
import { openClubFile } from '../../core/db/openClubFile.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'

export async function runInfo(ctx: CommandContext): Promise<void> {
  const path = resolve(ctx.file)
  const file = await openClubFile(path, { clock: { now: ctx.io.now } })
  try {
    const profile = await getProfile(file.db)
    const counts = await countMembers(file.db)
    if (ctx.json) {
      const { logo, ...rest } = profile
      ctx.io.out(
        JSON.stringify({
          path,
          schemaVersion: file.schemaVersion,
          profile: { ...rest, hasLogo: logo !== null },
          counts,
        }),
      )
      return
    }
    const t = (key: Parameters<typeof cliText>[1]) => cliText(ctx.locale, key)
    const a = profile.address
    const address = [
      `${a.street} ${a.houseNumber}`.trim(),
      `${a.postcode} ${a.town}`.trim(),
      a.country,
    ]
      .filter((part) => part !== '')
      .join(', ')
    const rows: Array<[string, string | number]> = [
      [t('file'), path],
      [t('name'), profile.name],
      [t('kind'), profile.kind],
      [t('locale'), profile.locale],
      [t('address'), address],
      [t('meetingPlace'), profile.meetingPlace],
      [t('yearStart'), profile.yearStartMonth],
      [t('schemaVersion'), file.schemaVersion],
      [t('members'), counts.members],
      [t('activeMembers'), counts.activeMembers],
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    ctx.io.out(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'))
  } finally {
    await file.db.destroy()
  }
}
