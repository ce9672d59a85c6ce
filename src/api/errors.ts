/**
 * Errors cross every boundary (IPC, bridge, CLI) as `{ code, params }` and are rendered
 * through i18n on the other side — never as a stack trace or a raw SQLite message.
 */
export const errorCodes = [
  'internal',
  'ipc.forbidden',
  'procedure.unknown',
  'input.invalid',
  'club.noneOpen',
  'club.notRecent',
  'file.notFound',
  'file.notAFile',
  'file.exists',
  'file.notOpened',
  'file.readOnly',
  'file.folderReadOnly',
  'file.notSqlite',
  'file.notKreis',
  'file.corrupt',
  'file.truncated',
  'file.newerSchema',
  'file.locked',
  'file.writeFailed',
  'file.diskFull',
  'file.noWal',
  'logo.invalid',
  'logo.tooLarge',
  'photo.invalid',
  'photo.tooLarge',
  'member.notFound',
  'member.numberTaken',
  'member.numberPattern',
  'member.statusAction',
  'member.notOrganisation',
  'member.selfReference',
  'member.customField',
  'office.notFound',
  'role.notFound',
  'import.unreadable',
  'import.empty',
  'import.noNameColumn',
  'import.rejectedRows',
  'import.unclosedQuote',
  'import.tooLarge',
  'export.nothing',
  'sector.notFound',
  'sector.codeTaken',
  'sector.cycle',
  'sector.mergeSelf',
  'sector.retired',
  'policy.violated',
  'dues.period',
  'dues.typeNotFound',
  'dues.chargeNotFound',
  'dues.chargeNotOpen',
  'dues.chargeCancelled',
  'dues.paymentNotFound',
  'dues.paymentReversed',
  'dues.runNotFound',
  'dues.runCancelled',
  'dues.nothingToBill',
  'dues.overCredit',
  'dues.paymentCollected',
  'dunning.nothing',
  'sepa.creditorId',
  'sepa.creditorMissing',
  'sepa.mandateTaken',
  'sepa.mandateNotFound',
  'sepa.mandatePattern',
  'sepa.collectionDate',
  'sepa.nothingToCollect',
  'sepa.notCollected',
  'sepa.invalidXml',
  'sepa.noFirstDebits',
  'sepa.fileNotKept',
  'backup.failed',
  'backup.checkFailed',
  'backup.notFound',
  'backup.folder',
  'meeting.notFound',
  'meeting.seriesNotFound',
  'meeting.cancelled',
  'meeting.hasRecords',
  'meeting.endBeforeStart',
  'meeting.range',
  'meeting.nthNeeded',
  'meeting.nothingInRange',
  'attendance.codeNotFound',
  'attendance.codeKeyTaken',
  'attendance.codeMeaningMissing',
  'attendance.memberNotFound',
  'attendance.makeUpDetails',
  'attendance.substituteName',
  'attendance.leaveRange',
  'attendance.notHeldYet',
  'guest.notFound',
  'guest.visitTwice',
  'guest.converted',
  'guest.visitNeedsGuest',
  'referral.notFound',
  'referral.sameMember',
  'tyfcb.notFound',
  'tyfcb.referralMismatch',
  'oneToOne.notFound',
  'oneToOne.sameMember',
  'referral.hasTyfcb',
  'attendance.leaveNotFound',
  'guest.visitNotFound',
] as const

export type ErrorCode = (typeof errorCodes)[number]
export type ErrorParams = Readonly<Record<string, string | number>>

export interface KreisErrorData {
  readonly code: ErrorCode
  readonly params: ErrorParams
}

export class KreisError extends Error {
  readonly code: ErrorCode
  readonly params: ErrorParams

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(code, options)
    this.name = 'KreisError'
    this.code = code
    this.params = params
  }

  toData(): KreisErrorData {
    return { code: this.code, params: this.params }
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value)
}

/** Accepts only a well-formed error envelope; anything else becomes `internal`. */
export function toErrorData(value: unknown): KreisErrorData {
  if (value instanceof KreisError) return value.toData()
  if (typeof value === 'object' && value !== null && 'code' in value && isErrorCode(value.code)) {
    const params = 'params' in value && isParams(value.params) ? value.params : {}
    return { code: value.code, params }
  }
  return { code: 'internal', params: {} }
}

function isParams(value: unknown): value is ErrorParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  )
}
