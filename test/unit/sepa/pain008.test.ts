import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { exportCollection } from '../../../src/core/sepa/collectionExport.ts'
import { centsToDecimal } from '../../../src/core/dues/decimal.ts'
import {
  buildPain008,
  type Pain008Message,
  type Pain008Transaction,
} from '../../../src/core/sepa/pain008.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { iban, makeSepaClub, validate } from './sepaClub.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

/** `515.50` → 51550, with strings only, so the check does not share the code it checks. */
const centsOf = (decimal: string) => {
  const [whole, fraction] = decimal.split('.')
  expect(fraction).toHaveLength(2)
  return Number(whole) * 100 + Number(fraction)
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'PmtInf' || name === 'DrctDbtTxInf',
})

interface Parsed {
  GrpHdr: { NbOfTxs: string; CtrlSum: string; MsgId: string }
  PmtInf: {
    PmtInfId: string
    NbOfTxs: string
    CtrlSum: string
    PmtTpInf: { SeqTp: string }
    DrctDbtTxInf: {
      InstdAmt: { '#text': string; '@_Ccy': string }
      Dbtr: { Nm: string; PstlAdr?: Record<string, string> }
      RmtInf?: { Ustrd: string }
    }[]
  }[]
}

function parse(xml: string): Parsed {
  return (parser.parse(xml) as { Document: { CstmrDrctDbtInitn: Parsed } }).Document
    .CstmrDrctDbtInitn
}

function transaction(n: number, fields: Partial<Pain008Transaction> = {}): Pain008Transaction {
  return {
    endToEndId: `E2E-${n}`,
    amountCents: 100 * n + 1,
    mandateId: `M-${n}`,
    mandateSignedOn: '2024-05-01',
    debtor: { name: `Mitglied ${n}`, iban: iban(n), bic: '', address: null },
    remittance: `2026-00000${n} Beitrag`,
    ...fields,
  }
}

function message(transactions: Pain008Transaction[]): Pain008Message {
  return {
    messageId: 'MSG-1',
    createdAt: '2026-11-21T10:00:00Z',
    creditor: {
      name: 'Club',
      iban: 'DE89370400440532013000',
      bic: '',
      address: null,
      creditorId: 'DE98ZZZ09999999999',
    },
    blocks: [{ id: 'B-1', sequenceType: 'RCUR', collectionDate: '2026-12-01', transactions }],
  }
}

describe('pain.008.001.08', () => {
  it('writes amounts from cents without floating point', () => {
    expect([1, 5, 10, 99, 100, 12345, 100_000_000_000].map(centsToDecimal)).toEqual([
      '0.01',
      '0.05',
      '0.10',
      '0.99',
      '1.00',
      '123.45',
      '1000000000.00',
    ])
  })

  it('has counts and control sums that match its debits, per block and in all', async () => {
    const { db } = await openClub()
    await makeSepaClub(db)
    const path = join(tempDir(), 'lastschrift.xml')
    await exportCollection(db, { collectionDate: '2026-12-01' }, path, fixedClock)
    validate(path)
    const doc = parse(readFileSync(path, 'utf8'))
    expect(doc.PmtInf.map((b) => b.PmtTpInf.SeqTp)).toEqual(['RCUR', 'OOFF'])
    let count = 0
    let sum = 0
    for (const block of doc.PmtInf) {
      const cents = block.DrctDbtTxInf.map((t) => centsOf(t.InstdAmt['#text']))
      expect(Number(block.NbOfTxs)).toBe(block.DrctDbtTxInf.length)
      expect(centsOf(block.CtrlSum)).toBe(cents.reduce((a, b) => a + b, 0))
      expect(block.DrctDbtTxInf.every((t) => t.InstdAmt['@_Ccy'] === 'EUR')).toBe(true)
      count += cents.length
      sum += cents.reduce((a, b) => a + b, 0)
    }
    expect(Number(doc.GrpHdr.NbOfTxs)).toBe(count)
    expect(centsOf(doc.GrpHdr.CtrlSum)).toBe(sum)
    expect(sum).toBe(51550)
  })

  it('writes names and addresses in the SEPA character set, structured, within their lengths', async () => {
    const { db } = await openClub()
    await makeSepaClub(db)
    const path = join(tempDir(), 'lastschrift.xml')
    await exportCollection(db, { collectionDate: '2026-12-01' }, path, fixedClock)
    const xml = readFileSync(path, 'utf8')
    const text = xml.replace(/<[^>]*>/g, '')
    expect(text).toMatch(/^[A-Za-z0-9/?:().,'+ \n-]*$/)
    const debtors = parse(xml).PmtInf.flatMap((b) => b.DrctDbtTxInf.map((t) => t.Dbtr))
    expect(debtors.map((d) => d.Nm)).toEqual([
      'Anna Mueller',
      'Anna Mueller',
      'Juergen Weiss-Gross und Baerbel Weiss-Gross geb. Mueller-Luedenscheidt',
      'Strassenbau + Soehne GmbH',
      'Lukasz Orsted-AEro',
    ])
    expect(debtors.every((d) => d.Nm.length <= 70)).toBe(true)
    expect(debtors[0]?.PstlAdr).toEqual({
      StrtNm: 'Hauptstrasse',
      BldgNb: '5a',
      PstCd: '10115',
      TwnNm: 'Berlin',
      Ctry: 'DE',
    })
    expect(debtors[3]?.PstlAdr?.['TwnNm']).toBe('Koeln')
    expect(debtors[4]?.PstlAdr).toBeUndefined()
  })

  it('validates with BICs, long texts, creditor address and several blocks', () => {
    const long = 'Ä'.repeat(200)
    const xml = buildPain008({
      ...message([]),
      creditor: {
        name: long,
        iban: 'DE89370400440532013000',
        bic: 'COBADEFF',
        address: {
          street: 'Am Markt',
          houseNumber: '1',
          postcode: '12345',
          town: 'Teststadt',
          country: 'DE',
        },
        creditorId: 'DE98ZZZ09999999999',
      },
      blocks: [
        {
          id: 'B-1',
          sequenceType: 'RCUR',
          collectionDate: '2026-12-01',
          transactions: [
            transaction(1, { remittance: long }),
            transaction(2, {
              debtor: {
                name: long,
                iban: 'AT611904300234573201',
                bic: 'BKAUATWW',
                address: {
                  street: 'ß'.repeat(100),
                  houseNumber: '1'.repeat(30),
                  postcode: 'A-1010 Wien Innere Stadt',
                  town: 'Wien-Innere-Stadt-Erster-Bezirk-Österreich',
                  country: 'AT',
                },
              },
            }),
          ],
        },
        {
          id: 'B-2',
          sequenceType: 'OOFF',
          collectionDate: '2026-12-03',
          transactions: [transaction(3, { amountCents: 1 }), transaction(4, { remittance: '' })],
        },
      ],
    })
    const path = join(tempDir(), 'long.xml')
    writeFileSync(path, xml)
    validate(path)
    const doc = parse(xml)
    expect(doc.PmtInf.map((b) => [b.NbOfTxs, b.CtrlSum])).toEqual([
      ['2', '3.02'],
      ['2', '4.02'],
    ])
    expect(doc.GrpHdr.CtrlSum).toBe('7.04')
    expect(doc.PmtInf[0]?.DrctDbtTxInf[0]?.RmtInf?.Ustrd).toBe('Ae'.repeat(70))
  })

  it('refuses to write what the schema or the bank would refuse', async () => {
    const cases: [Partial<Pain008Transaction>, string][] = [
      [{ debtor: { name: '😀', iban: iban(1), bic: '', address: null } }, 'Nm'],
      [{ debtor: { name: 'A', iban: 'de89 3704', bic: '', address: null } }, 'IBAN'],
      [{ debtor: { name: 'A', iban: iban(1), bic: 'COBA', address: null } }, 'BICFI'],
      [{ amountCents: 0 }, 'InstdAmt'],
      [{ mandateId: '' }, 'MndtId'],
      // Outside the EEA "NOTPROVIDED" is no answer: the bank needs the debtor's BIC.
      [{ debtor: { name: 'A', iban: 'CH9300762011623852957', bic: '', address: null } }, 'DbtrAgt'],
    ]
    for (const [fields, reason] of cases) {
      const error = await refusal(
        Promise.resolve().then(() => buildPain008(message([transaction(1, fields)]))),
      )
      expect([error.code, error.params['reason']]).toEqual(['sepa.invalidXml', reason])
    }
    const swiss = message([transaction(1)])
    const creditor = { ...swiss.creditor, iban: 'CH9300762011623852957' }
    const error = await refusal(Promise.resolve().then(() => buildPain008({ ...swiss, creditor })))
    expect([error.code, error.params['reason']]).toEqual(['sepa.invalidXml', 'CdtrAgt'])
  })
})
