import * as v from 'valibot'
import {
  ClubNameSchema,
  ClubProfileInputSchema,
  LogoInputSchema,
  clubKinds,
  locales,
  type AppState,
  type ClubCounts,
  type ClubProfile,
} from './club.ts'

/**
 * A procedure pairs a runtime input schema with the result type it promises.
 * The result lives only in the type system; `__result` is never set.
 */
export interface Procedure<S extends v.GenericSchema, R> {
  readonly input: S
  readonly __result?: R
}

function procedure<R>() {
  return <S extends v.GenericSchema>(input: S): Procedure<S, R> => ({ input })
}

const none = v.strictObject({})

export const procedures = {
  'app/state': procedure<AppState>()(none),
  'app/setWelcomeLocale': procedure<AppState>()(v.strictObject({ locale: v.picklist(locales) })),

  'clubs/create': procedure<AppState>()(
    v.strictObject({
      name: ClubNameSchema,
      kind: v.picklist(clubKinds),
      locale: v.picklist(locales),
      /** `choose` asks the user for a place with the platform's save dialog. */
      location: v.picklist(['default', 'choose']),
    }),
  ),
  'clubs/openDemo': procedure<AppState>()(none),
  'clubs/openDialog': procedure<AppState>()(none),
  'clubs/openRecent': procedure<AppState>()(
    v.strictObject({ path: v.pipe(v.string(), v.minLength(1)) }),
  ),
  'clubs/forgetRecent': procedure<AppState>()(
    v.strictObject({ path: v.pipe(v.string(), v.minLength(1)) }),
  ),
  'clubs/clearRecent': procedure<AppState>()(none),
  'clubs/saveCopy': procedure<{ path: string | null }>()(none),
  'clubs/close': procedure<AppState>()(none),

  'club/profile': procedure<ClubProfile>()(none),
  'club/update': procedure<ClubProfile>()(ClubProfileInputSchema),
  'club/setLogo': procedure<ClubProfile>()(LogoInputSchema),
  'club/counts': procedure<ClubCounts>()(none),
} as const

export type Procedures = typeof procedures
export type ProcedureName = keyof Procedures
export type InputOf<N extends ProcedureName> = v.InferInput<Procedures[N]['input']>
export type ParsedInputOf<N extends ProcedureName> = v.InferOutput<Procedures[N]['input']>
export type ResultOf<N extends ProcedureName> =
  Procedures[N] extends Procedure<v.GenericSchema, infer R> ? R : never

export const procedureNames = Object.keys(procedures) as ProcedureName[]

export function isProcedureName(value: unknown): value is ProcedureName {
  return typeof value === 'string' && Object.hasOwn(procedures, value)
}
