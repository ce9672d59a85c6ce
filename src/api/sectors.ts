import * as v from 'valibot'
import type { ClubKind } from './club.ts'
import { memberStatuses, type MemberRef, type MemberStatus } from './members.ts'
import { ImportSourceSchema } from './memberTransfer.ts'

/** The starting taxonomies a new club can choose from. */
export const taxonomies = ['wz2008', 'professions', 'empty'] as const
export type Taxonomy = (typeof taxonomies)[number]

/** Chambers publish a Branchenverzeichnis by WZ; networking clubs think in professions. */
export function defaultTaxonomy(kind: ClubKind): Taxonomy {
  if (kind === 'chamber') return 'wz2008'
  if (kind === 'association') return 'empty'
  return 'professions'
}

export interface Sector {
  readonly id: number
  readonly code: string
  readonly nameDe: string
  readonly nameEn: string
  readonly parentId: number | null
  /** 1 for a root; a WZ subclass has depth 5. */
  readonly depth: number
  readonly sortOrder: number
  /** Retired sectors stay for history but are hidden from pickers. */
  readonly active: boolean
  /** Set when this sector was merged into another one. */
  readonly mergedIntoId: number | null
}

/** A sector in the directory tree, with its members counted over its whole subtree. */
export interface SectorCount extends Sector {
  /** Members with status `active` whose primary sector lies in this subtree. */
  readonly activeMembers: number
  /** Every member but former ones whose primary sector lies in this subtree. */
  readonly allMembers: number
  /** On the club's list of classifications it wants represented (open seats). */
  readonly target: boolean
}

export interface SectorTree {
  /** Pre-order: each sector follows its parent, siblings by sort order. */
  readonly sectors: readonly SectorCount[]
}

/** What a picker shows: the sector and the names of its ancestors, root first. */
export interface SectorOption {
  readonly id: number
  readonly code: string
  readonly nameDe: string
  readonly nameEn: string
  readonly pathDe: readonly string[]
  readonly pathEn: readonly string[]
  readonly active: boolean
}

const id = v.pipe(v.number(), v.integer(), v.minValue(1))
const name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))

export const SectorCodeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(30),
  v.regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u, 'sectorCode'),
)

/** Add (id null), rename, recode or move a sector in one form. */
export const SectorInputSchema = v.strictObject({
  id: v.nullable(id),
  code: SectorCodeSchema,
  nameDe: name,
  nameEn: name,
  parentId: v.nullable(id),
})
export type SectorInput = v.InferOutput<typeof SectorInputSchema>

export const SectorSearchSchema = v.strictObject({
  search: v.pipe(v.string(), v.maxLength(200)),
  includeRetired: v.optional(v.boolean(), false),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 50),
})

export const SectorImportSchema = v.strictObject({ source: ImportSourceSchema })

export interface SectorImportProblem {
  /** 1-based line in the file, the header being row 1. */
  readonly row: number
  /** `code`, `name_de`, `name_en` or `parent_code`. */
  readonly field: string
  /** `required`, `sectorCode`, `duplicateInFile`, `unknownParent`, `cycle`, `tooLong`. */
  readonly reason: string
  readonly value: string
}

export interface SectorImportReport {
  readonly created: number
  readonly updated: number
  readonly problems: readonly SectorImportProblem[]
  /** False when any row had a problem: then nothing was written. */
  readonly written: boolean
}

export interface SectorYear {
  readonly year: number
  readonly joins: number
  readonly leaves: number
  /** Members (not former, not prospect) at the end of that year. */
  readonly members: number
}

export interface DecliningSector {
  readonly sector: SectorOption
  readonly years: readonly SectorYear[]
}

export interface OpenSeats {
  /** Target classifications without an active member: the recruiting list. */
  readonly vacant: readonly SectorOption[]
  /** Sectors whose membership shrank over the years looked at, most shrunk first. */
  readonly declining: readonly DecliningSector[]
}

export const policyModes = ['none', 'exclusive', 'capped'] as const
export type PolicyMode = (typeof policyModes)[number]

/** Statuses a policy may count; former members never hold a classification. */
export const countableStatuses = memberStatuses.filter(
  (s): s is Exclude<MemberStatus, 'former'> => s !== 'former',
)

const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max))

export const PolicySchema = v.strictObject({
  mode: v.picklist(policyModes),
  /** `capped`: at most this many members per classification (N). */
  cap: count(1000),
  /** `capped`: above this many counted members (M) the percentage applies. */
  threshold: count(100_000),
  /** `capped`: at most this share of counted members per classification (P %). */
  percent: count(100),
  countedStatuses: v.pipe(v.array(v.picklist(countableStatuses)), v.minLength(1)),
  /** The tree level a classification is counted at (1 = roots); null = the sector itself. */
  level: v.nullable(count(10)),
})
export type ClassificationPolicy = v.InferOutput<typeof PolicySchema>

/** The old Rotary rule: five per classification, 10 % once a club has more than 50 members. */
export const cappedPreset = { cap: 5, threshold: 50, percent: 10 } as const

export function defaultPolicy(kind: ClubKind): ClassificationPolicy {
  return {
    mode: kind === 'bni' ? 'exclusive' : 'none',
    ...cappedPreset,
    countedStatuses: ['active'],
    level: null,
  }
}

/** A reason an officer gives for admitting a member beyond the policy. */
export const OverrideSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500))

export const PolicyCheckSchema = v.strictObject({
  /** null for a member not saved yet. */
  memberId: v.nullable(id),
  sectorId: v.nullable(id),
  status: v.picklist(memberStatuses),
})

export interface PolicyViolation {
  readonly classification: SectorOption
  /** How many members would hold the classification after the change. */
  readonly count: number
  readonly limit: number
  /** The members already holding it (the member being checked is not among them). */
  readonly holders: readonly MemberRef[]
}

export const sectorExportFormats = ['csv', 'xlsx'] as const
export const SectorExportSchema = v.strictObject({ format: v.picklist(sectorExportFormats) })
