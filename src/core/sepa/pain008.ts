import { centsToDecimal } from '../dues/decimal.ts'
import { XMLBuilder } from 'fast-xml-parser'
import { KreisError } from '../../api/errors.ts'
import { bicProblem } from '../../api/iban.ts'
import type { StructuredAddress } from './settings.ts'
import { sepaId, sepaText } from './transliterate.ts'

/** A party of a debit: the name as the bank shows it, the account and, where known, where it lives. */
export interface Pain008Party {
  readonly name: string
  readonly iban: string
  /** Empty: "not provided"; within the EEA the bank finds the account's bank from the IBAN. */
  readonly bic: string
  readonly address: StructuredAddress | null
}

export interface Pain008Transaction {
  readonly endToEndId: string
  readonly amountCents: number
  readonly mandateId: string
  readonly mandateSignedOn: string
  readonly debtor: Pain008Party
  readonly remittance: string
}

export interface Pain008Block {
  readonly id: string
  readonly sequenceType: 'FRST' | 'RCUR' | 'OOFF' | 'FNAL'
  readonly collectionDate: string
  readonly transactions: readonly Pain008Transaction[]
}

export interface Pain008Message {
  readonly messageId: string
  /** ISO date and time the file was made, in UTC. */
  readonly createdAt: string
  readonly creditor: Pain008Party & { readonly creditorId: string }
  readonly blocks: readonly Pain008Block[]
}

const sumOf = (transactions: readonly Pain008Transaction[]) =>
  transactions.reduce((sum, t) => sum + t.amountCents, 0)

/**
 * The schema's own patterns for what comes from stored data. Nothing that fails them is
 * written: the file would be refused by the bank as a whole, so the export stops and says which.
 */
const patterns = {
  IBAN: /^[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}$/,
  BICFI: /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/,
  Text: /^.+$/,
} as const

function checked(value: string, element: string, pattern: keyof typeof patterns): string {
  if (!patterns[pattern].test(value)) throw new KreisError('sepa.invalidXml', { reason: element })
  return value
}

// The EPC rulebook allows 70 characters for a name (AT-03, AT-14), less than the schema's 140.
const nameLength = 70

/**
 * Street, number, postcode and town as separate elements, as banks want them from November
 * 2025 on; an address without town or country would be refused, so it is left out then.
 */
function postalAddress(address: StructuredAddress | null) {
  if (address === null || !/^[A-Z]{2}$/.test(address.country)) return undefined
  const town = sepaText(address.town, 35)
  if (town === '') return undefined
  const parts: Record<string, string> = {}
  const put = (element: string, value: string) => {
    if (value !== '') parts[element] = value
  }
  put('StrtNm', sepaText(address.street, 70))
  put('BldgNb', sepaText(address.houseNumber, 16))
  put('PstCd', sepaText(address.postcode, 16))
  parts['TwnNm'] = town
  parts['Ctry'] = address.country
  return parts
}

/** "Not provided" only where the bank finds the bank from the IBAN: within the EEA. */
function agent(p: Pain008Party, element: 'DbtrAgt' | 'CdtrAgt') {
  if (p.bic !== '') return { FinInstnId: { BICFI: checked(p.bic, 'BICFI', 'BICFI') } }
  if (bicProblem('', p.iban) !== null) throw new KreisError('sepa.invalidXml', { reason: element })
  return { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } }
}

function party(p: Pain008Party) {
  const name = checked(sepaText(p.name, nameLength), 'Nm', 'Text')
  const address = postalAddress(p.address)
  return address === undefined ? { Nm: name } : { Nm: name, PstlAdr: address }
}

function transaction(t: Pain008Transaction) {
  const remittance = sepaText(t.remittance, 140)
  if (!Number.isInteger(t.amountCents) || t.amountCents <= 0) {
    throw new KreisError('sepa.invalidXml', { reason: 'InstdAmt' })
  }
  return {
    PmtId: { EndToEndId: checked(sepaId(t.endToEndId), 'EndToEndId', 'Text') },
    InstdAmt: { '@_Ccy': 'EUR', '#text': centsToDecimal(t.amountCents) },
    DrctDbtTx: {
      MndtRltdInf: {
        MndtId: checked(sepaId(t.mandateId), 'MndtId', 'Text'),
        DtOfSgntr: t.mandateSignedOn,
      },
    },
    DbtrAgt: agent(t.debtor, 'DbtrAgt'),
    Dbtr: party(t.debtor),
    DbtrAcct: { Id: { IBAN: checked(t.debtor.iban, 'IBAN', 'IBAN') } },
    ...(remittance === '' ? {} : { RmtInf: { Ustrd: remittance } }),
  }
}

function block(b: Pain008Block, creditor: Pain008Message['creditor']) {
  return {
    PmtInfId: sepaId(b.id),
    PmtMtd: 'DD',
    NbOfTxs: String(b.transactions.length),
    CtrlSum: centsToDecimal(sumOf(b.transactions)),
    PmtTpInf: {
      SvcLvl: { Cd: 'SEPA' },
      LclInstrm: { Cd: 'CORE' },
      SeqTp: b.sequenceType,
    },
    ReqdColltnDt: b.collectionDate,
    Cdtr: party(creditor),
    CdtrAcct: { Id: { IBAN: checked(creditor.iban, 'IBAN', 'IBAN') } },
    CdtrAgt: agent(creditor, 'CdtrAgt'),
    ChrgBr: 'SLEV',
    CdtrSchmeId: {
      Id: {
        PrvtId: {
          Othr: {
            Id: checked(creditor.creditorId, 'CdtrSchmeId', 'Text'),
            SchmeNm: { Prtry: 'SEPA' },
          },
        },
      },
    },
    DrctDbtTxInf: b.transactions.map(transaction),
  }
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
})

/**
 * A CORE direct debit initiation, pain.008.001.08. Every text goes through the SEPA character
 * set and the length the rulebook allows here, so the caller hands over the data as stored.
 * Element order follows the schema's sequences, which is why the objects are built in it.
 */
export function buildPain008(message: Pain008Message): string {
  const all = message.blocks.flatMap((b) => b.transactions)
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.08',
      CstmrDrctDbtInitn: {
        GrpHdr: {
          MsgId: sepaId(message.messageId),
          CreDtTm: message.createdAt,
          NbOfTxs: String(all.length),
          CtrlSum: centsToDecimal(sumOf(all)),
          InitgPty: { Nm: sepaText(message.creditor.name, nameLength) },
        },
        PmtInf: message.blocks.map((b) => block(b, message.creditor)),
      },
    },
  }
  return builder.build(document) as string
}
