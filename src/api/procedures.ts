import * as v from 'valibot'
import { byId, IdSchema as id, none, procedure, type Procedure } from './procedure.ts'
import { backupProcedures } from './backupProcedures.ts'
import { meetingProcedures } from './meetingProcedures.ts'
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
import {
  DateSchema,
  MemberInputSchema,
  MemberListQuerySchema,
  OptionalDateSchema,
  consentKinds,
  memberKinds,
  statusActions,
  type MemberListPage,
  type MemberRecord,
  type MemberRef,
} from './members.ts'
import {
  ExportSchema,
  ImportCommitSchema,
  ImportOptionsSchema,
  type ImportPreview,
  type ImportReport,
} from './memberTransfer.ts'
import {
  OverrideSchema,
  PolicyCheckSchema,
  PolicySchema,
  SectorExportSchema,
  SectorImportSchema,
  SectorInputSchema,
  SectorSearchSchema,
  taxonomies,
  type ClassificationPolicy,
  type OpenSeats,
  type PolicyViolation,
  type Sector,
  type SectorImportReport,
  type SectorOption,
  type SectorTree,
} from './sectors.ts'
import {
  DirectoryOptionsSchema,
  ListOptionsSchema,
  type DirectoryOptions,
  type DirectoryPreview,
  type ListOptions,
  type SavedDocument,
} from './directory.ts'
import {
  CancelRunInputSchema,
  CreditInputSchema,
  DunningLevelsSchema,
  ExtraChargeInputSchema,
  FeeScheduleInputSchema,
  MemberFeeInputSchema,
  OutstandingQuerySchema,
  PaymentInputSchema,
  PeriodSchema,
  ReportRangeSchema,
  ReversalInputSchema,
  tableFormats,
  type BillingPreview,
  type BillingRunSummary,
  type DuesReport,
  type DunningLevel,
  type DunningPreview,
  type DunningResult,
  type MemberAccount,
  type MembershipTypeFees,
  type OutstandingRow,
} from './dues.ts'
import {
  CollectionInputSchema,
  MandateInputSchema,
  ReturnInputSchema,
  SepaSettingsSchema,
  type CollectionPreview,
  type CollectionSummary,
  type Mandate,
  type SepaExportResult,
  type SepaSettings,
} from './sepa.ts'
import {
  customFieldTypes,
  type BoardEntry,
  type CustomField,
  type MembershipType,
  type Role,
} from './roster.ts'

const dataUrl = v.nullable(v.pipe(v.string(), v.maxLength(1_000_000), v.startsWith('data:')))

export const procedures = {
  'app/state': procedure<AppState>()(none),
  'app/setWelcomeLocale': procedure<AppState>()(v.strictObject({ locale: v.picklist(locales) })),

  'clubs/create': procedure<AppState>()(
    v.strictObject({
      name: ClubNameSchema,
      kind: v.picklist(clubKinds),
      locale: v.picklist(locales),
      /** The starting sector taxonomy; missing: the usual one for the club's kind. */
      taxonomy: v.optional(v.picklist(taxonomies)),
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

  'members/list': procedure<MemberListPage>()(MemberListQuerySchema),
  'members/lookup': procedure<MemberRef[]>()(
    v.strictObject({
      search: v.pipe(v.string(), v.maxLength(200)),
      kind: v.optional(v.picklist(memberKinds)),
    }),
  ),
  'members/get': procedure<MemberRecord>()(byId),
  'members/create': procedure<MemberRecord>()(
    v.strictObject({
      member: MemberInputSchema,
      status: v.picklist(['prospect', 'active']),
      /** Why the classification policy may be exceeded; without it a violation is refused. */
      override: v.optional(OverrideSchema),
    }),
  ),
  'members/update': procedure<MemberRecord>()(
    v.strictObject({ id, member: MemberInputSchema, override: v.optional(OverrideSchema) }),
  ),
  'members/changeStatus': procedure<MemberRecord>()(
    v.strictObject({
      id,
      action: v.picklist(statusActions),
      date: DateSchema,
      note: v.pipe(v.string(), v.trim(), v.maxLength(500)),
      override: v.optional(OverrideSchema),
    }),
  ),
  'members/setPhoto': procedure<MemberRecord>()(v.strictObject({ id, dataUrl })),
  'members/setConsent': procedure<MemberRecord>()(
    v.strictObject({ id, kind: v.picklist(consentKinds), granted: v.boolean(), date: DateSchema }),
  ),
  'members/importPreview': procedure<ImportPreview>()(ImportOptionsSchema),
  'members/importCommit': procedure<ImportReport>()(ImportCommitSchema),
  'members/export': procedure<{ path: string | null }>()(ExportSchema),
  'members/exportPersonalData': procedure<{ paths: string[] }>()(byId),

  'roles/list': procedure<Role[]>()(none),
  'offices/assign': procedure<MemberRecord>()(
    v.strictObject({
      memberId: id,
      roleId: id,
      startDate: DateSchema,
      endDate: OptionalDateSchema,
    }),
  ),
  'offices/end': procedure<MemberRecord>()(v.strictObject({ officeId: id, endDate: DateSchema })),
  'offices/remove': procedure<MemberRecord>()(v.strictObject({ officeId: id })),
  'board/current': procedure<BoardEntry[]>()(v.strictObject({ date: v.optional(DateSchema) })),

  'roles/save': procedure<Role[]>()(
    v.strictObject({
      id: v.nullable(id),
      nameDe: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
      nameEn: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
      kind: v.picklist(['board', 'committee']),
      active: v.boolean(),
    }),
  ),

  'customFields/list': procedure<CustomField[]>()(none),
  'customFields/save': procedure<CustomField[]>()(
    v.strictObject({
      id: v.nullable(id),
      label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
      type: v.picklist(customFieldTypes),
      options: v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80))),
      active: v.boolean(),
    }),
  ),
  'membershipTypes/list': procedure<MembershipType[]>()(none),
  'membershipTypes/save': procedure<MembershipType[]>()(
    v.strictObject({
      id: v.nullable(id),
      name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
      active: v.boolean(),
    }),
  ),

  'sectors/tree': procedure<SectorTree>()(none),
  'sectors/search': procedure<SectorOption[]>()(SectorSearchSchema),
  'sectors/save': procedure<Sector>()(SectorInputSchema),
  /** Moves every member, child and target of `sourceId` to `targetId`, then retires the source. */
  'sectors/merge': procedure<{ movedMembers: number }>()(
    v.strictObject({ sourceId: id, targetId: id }),
  ),
  /** Retiring a sector retires its subtree; reactivating reactivates its ancestors. */
  'sectors/setActive': procedure<SectorTree>()(v.strictObject({ id, active: v.boolean() })),
  'sectors/setTargets': procedure<SectorTree>()(
    v.strictObject({ sectorIds: v.pipe(v.array(id), v.maxLength(5000)), target: v.boolean() }),
  ),
  'sectors/openSeats': procedure<OpenSeats>()(none),
  /** Adds the entries of a bundled taxonomy whose codes the club does not have yet. */
  'sectors/loadTaxonomy': procedure<{ added: number }>()(
    v.strictObject({ taxonomy: v.picklist(['wz2008', 'professions']) }),
  ),
  'sectors/import': procedure<SectorImportReport>()(SectorImportSchema),
  'sectors/export': procedure<{ path: string | null }>()(SectorExportSchema),

  'policy/get': procedure<ClassificationPolicy>()(none),
  'policy/save': procedure<ClassificationPolicy>()(PolicySchema),
  'policy/check': procedure<PolicyViolation | null>()(PolicyCheckSchema),
  'policy/report': procedure<PolicyViolation[]>()(none),

  /** The options the directory was last made with in this club, or the defaults. */
  'directory/options': procedure<DirectoryOptions>()(none),
  'directory/preview': procedure<DirectoryPreview>()(DirectoryOptionsSchema),
  /** Saves the book where the user chooses, remembers the options, and may open the file. */
  'directory/save': procedure<SavedDocument>()(
    v.strictObject({ options: DirectoryOptionsSchema, open: v.boolean() }),
  ),
  'directory/print': procedure<{ pages: number }>()(DirectoryOptionsSchema),
  /** The list options last saved in this club (with this year), or the defaults. */
  'lists/options': procedure<ListOptions>()(none),
  'lists/save': procedure<SavedDocument>()(
    v.strictObject({ options: ListOptionsSchema, open: v.boolean() }),
  ),

  /** Membership types with their fee schedules. */
  'dues/types': procedure<MembershipTypeFees[]>()(none),
  /** Adds a schedule valid from a date (or replaces the one with that very date). */
  'dues/saveSchedule': procedure<MembershipTypeFees[]>()(FeeScheduleInputSchema),
  'dues/setMemberFee': procedure<MemberAccount>()(MemberFeeInputSchema),
  'dues/extraCharge': procedure<{ created: number; totalCents: number }>()(ExtraChargeInputSchema),
  'dues/billPreview': procedure<BillingPreview>()(v.strictObject({ period: PeriodSchema })),
  /** Bills what the preview showed; a member already billed for a slice is skipped. */
  'dues/billCommit': procedure<BillingRunSummary>()(v.strictObject({ period: PeriodSchema })),
  'dues/runs': procedure<BillingRunSummary[]>()(none),
  /** Credits every live charge of the run; the charges stay in the ledger. */
  'dues/cancelRun': procedure<BillingRunSummary>()(CancelRunInputSchema),
  'dues/account': procedure<MemberAccount>()(v.strictObject({ memberId: id })),
  'dues/pay': procedure<MemberAccount>()(PaymentInputSchema),
  'dues/reversePayment': procedure<MemberAccount>()(ReversalInputSchema),
  'dues/credit': procedure<MemberAccount>()(CreditInputSchema),
  'dues/outstanding': procedure<OutstandingRow[]>()(OutstandingQuerySchema),
  'dues/exportOutstanding': procedure<{ path: string | null }>()(
    v.strictObject({ query: OutstandingQuerySchema, format: v.picklist(tableFormats) }),
  ),
  'dues/report': procedure<DuesReport>()(ReportRangeSchema),
  /** Every ledger line of the range, one row each, for the club's accountant. */
  'dues/exportAccounting': procedure<{ path: string | null }>()(
    v.strictObject({ range: ReportRangeSchema, format: v.picklist(tableFormats) }),
  ),
  'dues/statement': procedure<SavedDocument>()(
    v.strictObject({ memberId: id, range: ReportRangeSchema, open: v.boolean() }),
  ),
  'dunning/levels': procedure<DunningLevel[]>()(none),
  'dunning/saveLevels': procedure<DunningLevel[]>()(DunningLevelsSchema),
  'dunning/preview': procedure<DunningPreview>()(v.strictObject({ date: DateSchema })),
  /** Writes one PDF letter per member into a chosen folder and records them as sent. */
  'dunning/run': procedure<DunningResult>()(
    v.strictObject({ date: DateSchema, open: v.boolean() }),
  ),

  'sepa/settings': procedure<SepaSettings>()(none),
  'sepa/saveSettings': procedure<SepaSettings>()(SepaSettingsSchema),
  'sepa/mandates': procedure<Mandate[]>()(v.strictObject({ memberId: id })),
  'sepa/saveMandate': procedure<Mandate[]>()(MandateInputSchema),
  'sepa/preview': procedure<CollectionPreview>()(CollectionInputSchema),
  /** Writes the pain.008 file where the user chooses and marks its charges as collected. */
  'sepa/export': procedure<SepaExportResult>()(CollectionInputSchema),
  'sepa/collections': procedure<CollectionSummary[]>()(none),
  /** Saves the file of an earlier collection again, exactly as it was exported. */
  'sepa/saveCollectionFile': procedure<{ path: string | null }>()(byId),
  /** A return (chargeback) reverses the debit's payment and reopens the charge. */
  'sepa/recordReturn': procedure<MemberAccount>()(ReturnInputSchema),
  /** Pre-notification letters for the members whose first debit the collection would be. */
  'sepa/preNotify': procedure<SavedDocument>()(
    v.strictObject({ collection: CollectionInputSchema, open: v.boolean() }),
  ),

  ...backupProcedures,
  ...meetingProcedures,
} as const

export type { Procedure }
export type Procedures = typeof procedures
export type ProcedureName = keyof Procedures
export type InputOf<N extends ProcedureName> = v.InferInput<Procedures[N]['input']>
export type ParsedInputOf<N extends ProcedureName> = v.InferOutput<Procedures[N]['input']>
export type ResultOf<N extends ProcedureName> =
  Procedures[N] extends Procedure<v.GenericSchema, infer R> ? R : never

export function isProcedureName(value: unknown): value is ProcedureName {
  return typeof value === 'string' && Object.hasOwn(procedures, value)
}
