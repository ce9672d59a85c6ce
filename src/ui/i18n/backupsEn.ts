import type { MessageSchema } from './de.ts'

/** Settings → Backups. */
export const backupsEn: Pick<MessageSchema, 'backups'> = {
  backups: {
    title: 'Backups',
    intro:
      'Kreis backs the club file up when it opens, every 15 minutes while something changes, and when it closes. It keeps every backup of today, one a day for the last 14 days and one a month for a year.',
    folder: 'Folder',
    isDefault: 'default',
    change: 'Change…',
    useDefault: 'Default folder',
    now: 'Back up now',
    made: 'Backup made ({size}).',
    none: 'There are no backups of this club in this folder yet.',
    createdAt: 'Taken',
    reason: 'Occasion',
    size: 'Size',
    members: 'Members',
    unreadable: 'unreadable',
    restore: 'Restore',
    restoreTitle: 'Restore the state of {date}?',
    restoreText:
      'The club file is replaced by this backup. The current state is saved as a backup first (“before restore”), so you can undo the restore by restoring that backup.',
    restoreMembers: 'The backup holds {count} members.',
    restored:
      'The state of {date} is restored. The previous state is kept as a “before restore” backup.',
    reasons: {
      open: 'on opening',
      interval: 'automatic',
      close: 'on closing',
      manual: 'by hand',
      beforeRestore: 'before restore',
      beforeMigration: 'before upgrade',
    },
  },
}
