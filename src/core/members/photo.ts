import type { Kysely } from 'kysely'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { decodeImage } from '../images.ts'
import { recordChanges } from './history.ts'
import { requireMemberRow } from './memberWrite.ts'

/** Photos arrive downscaled (≤ 512 px); the bound keeps a forged one from bloating the file. */
export const maxPhotoBytes = 512 * 1024

export async function setPhoto(
  db: Kysely<Database>,
  memberId: number,
  dataUrl: string | null,
  clock: Clock,
): Promise<void> {
  const row = await requireMemberRow(db, memberId)
  const photo =
    dataUrl === null
      ? null
      : decodeImage(dataUrl, {
          maxBytes: maxPhotoBytes,
          invalid: 'photo.invalid',
          tooLarge: 'photo.tooLarge',
        })
  const now = isoTimestamp(clock)
  await db
    .updateTable('member')
    .set({ photo: photo?.bytes ?? null, photo_mime: photo?.mime ?? null, updated_at: now })
    .where('id', '=', memberId)
    .execute()
  // The print copy is made again from the new photo when a directory next needs it.
  await db.deleteFrom('print_photo').where('member_id', '=', memberId).execute()
  await recordChanges(
    db,
    memberId,
    'photo',
    [
      {
        field: 'photo',
        old_value: row.photo === null ? null : 'image',
        new_value: photo === null ? null : 'image',
      },
    ],
    now,
    null,
  )
}
