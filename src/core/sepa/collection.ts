import type { Kysely, Selectable } from 'kysely'
import { isSEPACountry } from 'ibantools'
import { KreisError } from '../../api/errors.ts'
import { bicProblem, ibanProblem } from '../../api/iban.ts'
import type {
  CollectionInput,
  CollectionLine,
  CollectionPreview,
  CollectionProblem,
} from '../../api/sepa.ts'
import type { OpenCharge } from '../../api/dues.ts'
import { localToday, type Clock } from '../clock.ts'
import { idList } from '../db/idList.ts'
import type { Database, MandateTable, MemberRow } from '../db/schema.ts'
import { openChargesOf } from '../dues/openCharges.ts'
import { displayName } from '../members/displayName.ts'
import { memberLocale } from '../members/locale.ts'
import { shortDate } from '../pdf/dates.ts'
import { earliestCollectionDate } from './businessDays.ts'
import { isLapsed } from './mandates.ts'
import { requireCreditor, type Creditor, type StructuredAddress } from './settings.ts'
import { sepaText } from './transliterate.ts'

type MandateRow = Selectable<MandateTable>

/** A line of the preview with what the file and the books need of it. */
export interface PlannedDebit {
  readonly line: CollectionLine
  readonly mandate: MandateRow
  readonly debtorName: string
  readonly address: StructuredAddress | null
  readonly remittance: string
}

export interface CollectionPlan {
  readonly preview: CollectionPreview
  readonly creditor: Creditor
  readonly debits: readonly PlannedDebit[]
}

/**
 * Which open charges a collection on `collectionDate` would debit, from which mandate, and
 * which it cannot, with why. Refuses a date the bank would not accept, a club without creditor
 * settings, and a collection with nothing in it at all.
 */
export async function collectionPreview(
  db: Kysely<Database>,
  input: CollectionInput,
  clock: Clock,
): Promise<CollectionPreview> {
  return (await planCollection(db, input, clock)).preview
}

export async function planCollection(
  db: Kysely<Database>,
  input: CollectionInput,
  clock: Clock,
): Promise<CollectionPlan> {
  const earliest = earliestCollectionDate(localToday(clock))
  if (input.collectionDate < earliest) {
    const locale = await memberLocale(db)
    // `earliestIso` is for the renderer, which moves its date field there.
    throw new KreisError('sepa.collectionDate', {
      date: shortDate(input.collectionDate, locale),
      earliest: shortDate(earliest, locale),
      earliestIso: earliest,
    })
  }
  const creditor = await requireCreditor(db)
  const charges = await chargesToCollect(db, input)
  const memberIds = [...new Set(charges.map((c) => c.memberId))]
  const members = new Map((await membersOf(db, memberIds)).map((m) => [m.id, m]))
  const mandates = await mandatesOf(db, memberIds)

  const lines: CollectionLine[] = []
  const debits: PlannedDebit[] = []
  const problems: CollectionPreview['problems'][number][] = []
  const usedOnce = new Set<number>()
  // A member's mandate is checked once, not once per charge: IBAN and lapse checks add up
  // over ten thousand debits. Only a one-off mandate's use changes from charge to charge.
  const chosen = new Map<number, MandateRow | CollectionProblem>()
  for (const charge of charges) {
    const member = members.get(charge.memberId) as Debtor
    let found = chosen.get(member.id)
    if (found === undefined) {
      found = chooseMandate(mandates.get(member.id) ?? [], input.collectionDate)
      chosen.set(member.id, found)
    }
    if (typeof found !== 'string' && found.type === 'OOFF' && usedOnce.has(found.id)) {
      found = 'mandateUsed'
    }
    const who = {
      chargeId: charge.id,
      chargeNumber: charge.number,
      memberId: member.id,
      memberNumber: member.member_number,
      displayName: displayName(member),
      amountCents: charge.openCents,
    }
    if (typeof found === 'string') {
      problems.push({ ...who, problem: found })
      continue
    }
    if (found.type === 'OOFF') usedOnce.add(found.id)
    const line: CollectionLine = {
      ...who,
      mandateReference: found.reference,
      sequenceType: found.type === 'OOFF' ? 'OOFF' : 'RCUR',
      firstDebit: found.last_used_on === null,
    }
    lines.push(line)
    debits.push({
      line,
      mandate: found,
      debtorName: debtorName(found, member),
      address: addressOf(member),
      remittance: `${charge.number} ${charge.description}`,
    })
  }
  if (lines.length === 0 && problems.length === 0) throw await nothingToCollect(db, input)
  const preview: CollectionPreview = {
    collectionDate: input.collectionDate,
    earliestDate: earliest,
    lines,
    problems,
    totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
  }
  return { preview, creditor, debits }
}

/** The refusal of a collection nobody is in, its day as the club writes days. */
export async function nothingToCollect(
  db: Kysely<Database>,
  input: CollectionInput,
): Promise<KreisError> {
  const date = shortDate(input.collectionDate, await memberLocale(db))
  return new KreisError('sepa.nothingToCollect', { date })
}

/** The chosen charges that are still open, or every open charge due by the collection date. */
async function chargesToCollect(
  db: Kysely<Database>,
  input: CollectionInput,
): Promise<(OpenCharge & { memberId: number })[]> {
  if (input.chargeIds === undefined) return openChargesOf(db, { dueBy: input.collectionDate })
  if (input.chargeIds.length === 0) return []
  const owners = await db
    .selectFrom('charge')
    .select('member_id')
    .distinct()
    .where('id', 'in', idList(input.chargeIds))
    .execute()
  const chosen = new Set(input.chargeIds)
  const open = await openChargesOf(db, { memberIds: owners.map((o) => o.member_id) })
  return open.filter((c) => chosen.has(c.id))
}

const memberColumns = [
  'id',
  'member_number',
  'kind',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'organisation_name',
  'private_street',
  'private_house_number',
  'private_postcode',
  'private_town',
  'private_country',
  'business_street',
  'business_house_number',
  'business_postcode',
  'business_town',
  'business_country',
] as const

/** What a debit needs of a member: name and addresses (not the photo and the rest). */
type Debtor = Pick<MemberRow, (typeof memberColumns)[number]>

async function membersOf(db: Kysely<Database>, ids: readonly number[]): Promise<Debtor[]> {
  if (ids.length === 0) return []
  return db.selectFrom('member').select(memberColumns).where('id', 'in', idList(ids)).execute()
}

/** Every mandate of the members, per member the newest signed first. */
async function mandatesOf(
  db: Kysely<Database>,
  memberIds: readonly number[],
): Promise<Map<number, MandateRow[]>> {
  const byMember = new Map<number, MandateRow[]>()
  if (memberIds.length === 0) return byMember
  const rows = await db
    .selectFrom('mandate')
    .selectAll()
    .where('member_id', 'in', idList(memberIds))
    .orderBy('member_id')
    .orderBy('signed_on', 'desc')
    .orderBy('id', 'desc')
    .execute()
  for (const row of rows) {
    const list = byMember.get(row.member_id)
    if (list === undefined) byMember.set(row.member_id, [row])
    else list.push(row)
  }
  return byMember
}

/**
 * The member's newest active mandate if a debit on `date` may use it, else why not. Lapsing
 * is judged on the collection date, since that is when the bank presents the debit. A one-off
 * mandate serves one debit: once used it is spent (the caller also spends it on the first
 * charge of this collection that takes it).
 */
function chooseMandate(
  mandates: readonly MandateRow[],
  date: string,
): MandateRow | CollectionProblem {
  if (mandates.length === 0) return 'noMandate'
  const mandate = mandates.find((m) => m.status === 'active')
  if (mandate === undefined) return 'mandateRevoked'
  if (mandate.type === 'OOFF' && mandate.last_used_on !== null) return 'mandateUsed'
  if (isLapsed(mandate, date)) return 'mandateLapsed'
  if (ibanProblem(mandate.iban) !== null || !isSEPACountry(mandate.iban.slice(0, 2))) {
    return 'invalidIban'
  }
  if (bicProblem(mandate.bic, mandate.iban) === 'bicNeeded') return 'bicMissing'
  return mandate
}

/** The account holder as on the mandate; failing that (a name of emoji) the member. */
function debtorName(mandate: MandateRow, member: Debtor): string {
  const candidates = [mandate.debtor_name, displayName(member), member.member_number]
  return candidates.find((name) => sepaText(name, 70) !== '') ?? member.member_number
}

/** A person's private address, an organisation's business address, else the other one. */
function addressOf(member: Debtor): StructuredAddress | null {
  const privateAddress = {
    street: member.private_street ?? '',
    houseNumber: member.private_house_number ?? '',
    postcode: member.private_postcode ?? '',
    town: member.private_town ?? '',
    country: member.private_country ?? '',
  }
  const businessAddress = {
    street: member.business_street ?? '',
    houseNumber: member.business_house_number ?? '',
    postcode: member.business_postcode ?? '',
    town: member.business_town ?? '',
    country: member.business_country ?? '',
  }
  const order =
    member.kind === 'organisation'
      ? [businessAddress, privateAddress]
      : [privateAddress, businessAddress]
  return order.find((a) => a.town.trim() !== '' && a.country !== '') ?? null
}
