import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import * as v from 'valibot'
import { locales, type RecentClub } from '../../api/club.ts'

const PreferencesSchema = v.object({
  recent: v.fallback(
    v.array(v.object({ path: v.string(), name: v.string(), openedAt: v.string() })),
    [],
  ),
  lastClub: v.fallback(v.nullable(v.string()), null),
  welcomeLocale: v.fallback(v.nullable(v.picklist(locales)), null),
  /** Chosen in Settings → Backups; absent or null: `<userData>/backups`. */
  backupFolder: v.fallback(v.optional(v.nullable(v.string())), undefined),
})
export type Preferences = v.InferOutput<typeof PreferencesSchema>

const empty: Preferences = { recent: [], lastClub: null, welcomeLocale: null }
export const maxRecent = 10

/**
 * Application preferences in one small JSON file. A damaged or foreign file is read as
 * empty rather than stopping the app; writes go to a temporary file first and are renamed.
 */
export class PreferencesStore {
  readonly path: string
  private cached: Preferences | null = null

  constructor(path: string) {
    this.path = path
  }

  read(): Preferences {
    if (this.cached !== null) return this.cached
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(this.path, 'utf8'))
    } catch {
      parsed = empty
    }
    const result = v.safeParse(PreferencesSchema, parsed)
    this.cached = result.success ? result.output : empty
    return this.cached
  }

  update(change: (current: Preferences) => Preferences): Preferences {
    const next = change(this.read())
    mkdirSync(dirname(this.path), { recursive: true })
    const temporary = `${this.path}.tmp`
    writeFileSync(temporary, JSON.stringify(next, null, 2))
    renameSync(temporary, this.path)
    this.cached = next
    return next
  }
}

export function withRecent(recent: readonly RecentClub[], entry: RecentClub): RecentClub[] {
  return [entry, ...recent.filter((r) => r.path !== entry.path)].slice(0, maxRecent)
}
