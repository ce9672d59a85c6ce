import type { Content, TableCell } from 'pdfmake/interfaces'
import type { DirectoryData } from '../directoryData.ts'
import type { DirectoryEntry } from '../directoryEntry.ts'
import { directoryText, type DirectoryText } from '../directoryText.ts'
import { ink, printable } from '../pageSetup.ts'
import {
  headerRow,
  listDocument,
  listPaper,
  noneLine,
  present,
  zebraLayout,
  type ListDocument,
} from './listPage.ts'

/** `Tel. 030 …` with its label set off in grey, one number a line, never broken. */
function labelled(label: string, value: string): Content {
  return { text: [{ text: `${label} `, color: ink.muted }, printable(value, 40)], noWrap: true }
}

function phones(entry: DirectoryEntry, t: DirectoryText): Content[] {
  const lines: Content[] = []
  if (present(entry.phoneBusiness)) lines.push(labelled(t.phone, entry.phoneBusiness))
  if (present(entry.phoneMobile)) lines.push(labelled(t.mobile, entry.phoneMobile))
  // Null unless the member agreed to publish it: the entry applied the consent.
  if (present(entry.phonePrivate)) lines.push(labelled(t.private, entry.phonePrivate))
  return lines
}

function emails(entry: DirectoryEntry, t: DirectoryText): Content[] {
  const lines: Content[] = []
  if (present(entry.emailBusiness)) lines.push(printable(entry.emailBusiness, 80))
  if (present(entry.emailPrivate)) {
    lines.push({
      text: [{ text: `${t.private} `, color: ink.muted }, printable(entry.emailPrivate, 80)],
    })
  }
  return lines
}

function row(entry: DirectoryEntry, t: DirectoryText): TableCell[] {
  const what = [entry.classification, entry.sector].find(present) ?? ''
  return [
    { text: printable(entry.name, 70), bold: true },
    { text: printable(what, 60), color: ink.muted },
    { stack: phones(entry, t) },
    { stack: emails(entry, t), fontSize: listPaper.fontSize * 0.94 },
  ]
}

/** Everyone listed, A–Z, with the numbers and addresses they may be reached at. */
export function phoneList(data: DirectoryData): ListDocument {
  const t = directoryText[data.locale]
  const table: Content =
    data.entries.length === 0
      ? noneLine(data.locale)
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            // Numbers never wrap; the e-mail column takes what is left.
            widths: [listPaper.fontSize * 14, listPaper.fontSize * 11, 'auto', '*'],
            body: [
              headerRow([t.name, t.classification, t.phones, t.email]),
              ...data.entries.map((entry) => row(entry, t)),
            ],
          },
          layout: zebraLayout,
        }
  return {
    doc: listDocument(data, t.phoneList, [table]),
    memberCount: data.entries.length,
  }
}
