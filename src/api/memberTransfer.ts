import * as v from 'valibot'
import type { KreisErrorData } from './errors.ts'

/** A file the renderer read (drag and drop or file picker), sent as base64. */
export const maxImportBytes = 64 * 1024 * 1024
export const ImportSourceSchema = v.object({
  fileName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(260)),
  contentBase64: v.pipe(v.string(), v.maxLength(Math.ceil((maxImportBytes * 4) / 3) + 4)),
})
export type ImportSource = v.InferOutput<typeof ImportSourceSchema>

/**
 * The refusal of a file past `maxImportBytes`, for the renderer and the CLI to give before they
 * read it: the contract's own limit would only name its base64 field as too long.
 */
export function importSizeError(fileName: string, bytes: number): KreisErrorData | null {
  if (bytes <= maxImportBytes) return null
  return {
    code: 'import.tooLarge',
    params: { file: fileName, maxMb: maxImportBytes / (1024 * 1024) },
  }
}

/** Which member field each column of the file goes to; null = ignore the column. */
export const ImportMappingSchema = v.record(
  v.pipe(v.string(), v.maxLength(200)),
  v.nullable(v.pipe(v.string(), v.maxLength(80))),
)

export const ImportOptionsSchema = v.object({
  source: ImportSourceSchema,
  /** null: let Kreis propose the mapping from the headers. */
  mapping: v.nullable(ImportMappingSchema),
  updateDuplicates: v.boolean(),
})

export const ImportCommitSchema = v.object({
  ...ImportOptionsSchema.entries,
  /** Write the valid rows even if others are rejected. */
  skipInvalid: v.boolean(),
})

export interface ImportTarget {
  /** `lastName`, `businessAddress.postcode`, `custom.<key>` … */
  readonly key: string
  readonly label: string
}

export interface ImportProblem {
  readonly field: string
  /** An input reason (`required`, `email`, `date` …) or `unknownStatus`, `duplicateInFile`. */
  readonly reason: string
  readonly value: string
}

export interface ImportRowPreview {
  /** 1-based line in the file, counting the header as row 1. */
  readonly row: number
  readonly action: 'create' | 'update' | 'reject'
  readonly displayName: string
  readonly matchedMemberNumber: string | null
  readonly problems: readonly ImportProblem[]
}

/** How an import file was read: text in one of four encodings, or an Excel workbook. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'xlsx'

/** The encodings' names, the same in every language. */
export const importEncodingNames: Readonly<Record<ImportEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  xlsx: 'XLSX',
}

export interface ImportPreview {
  readonly encoding: ImportEncoding
  readonly separator: string | null
  readonly columns: readonly string[]
  readonly mapping: Readonly<Record<string, string | null>>
  readonly targets: readonly ImportTarget[]
  readonly counts: { readonly create: number; readonly update: number; readonly reject: number }
  /** Every rejected row, and the first accepted ones as a sample. */
  readonly rows: readonly ImportRowPreview[]
}

export interface ImportReport {
  readonly created: number
  readonly updated: number
  readonly rejected: readonly ImportRowPreview[]
  readonly written: boolean
}

export const exportFormats = ['csv', 'xlsx', 'vcf'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const ExportSchema = v.object({
  format: v.picklist(exportFormats),
  /** Honour consent: only what members agreed to publish, only those in the directory. */
  publication: v.boolean(),
  /** A selection; empty exports every member the default list shows. */
  ids: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), []),
})
