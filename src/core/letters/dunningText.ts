/** The words of the three dunning letters, German and English. */
export const dunningText = {
  de: {
    subject: {
      1: 'Zahlungserinnerung: offene Mitgliedsbeiträge',
      2: 'Zweite Zahlungserinnerung: offene Mitgliedsbeiträge',
      3: 'Letzte Mahnung: offene Mitgliedsbeiträge',
    },
    levelName: { 1: 'Zahlungserinnerung', 2: 'Zweite Zahlungserinnerung', 3: 'Letzte Mahnung' },
    opening: {
      1: 'sicher ist es Ihrer Aufmerksamkeit entgangen: Die folgenden Beträge haben wir noch nicht von Ihnen erhalten.',
      2: 'leider konnten wir trotz unserer Zahlungserinnerung{since} noch keinen Zahlungseingang feststellen. Folgende Beträge sind weiterhin offen:',
      3: 'trotz unserer Erinnerungen{since} sind die folgenden Beträge noch immer offen:',
    },
    /** A second or final letter to a member who was never reminded claims no reminder. */
    openingUnreminded:
      'die folgenden Beträge sind seit Längerem fällig und noch nicht bei uns eingegangen:',
    since: ' vom {date}',
    payBy: 'Zahlbar bis',
    number: 'Nr.',
    description: 'Bezeichnung',
    due: 'Fällig am',
    open: 'Offen',
    fee: 'Mahngebühr',
    total: 'Gesamtbetrag',
    transfer: 'Bitte überweisen Sie den Gesamtbetrag von {total} bis zum {date} auf unser Konto:',
    pay: 'Bitte begleichen Sie den Gesamtbetrag von {total} bis zum {date}.',
    accountHolder: 'Kontoinhaber',
    bank: 'Bank',
    reference: 'Verwendungszweck',
    mandate:
      'Uns liegt Ihr SEPA-Lastschriftmandat mit der Mandatsreferenz {reference} vor. Wir ziehen den Gesamtbetrag von {total} zum nächsten Einzugstermin von Ihrem Konto {iban} ein; bitte sorgen Sie für ausreichende Deckung. Eine Überweisung ist dann nicht nötig.',
    final:
      'Geht der Betrag bis zu diesem Tag nicht bei uns ein, behalten wir uns weitere Schritte nach unserer Satzung vor.',
    crossed:
      'Sollten Sie den Betrag in den letzten Tagen bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Fragen sprechen Sie uns gern an.',
    fileStem: 'mahnung',
  },
  en: {
    subject: {
      1: 'Payment reminder: membership dues outstanding',
      2: 'Second payment reminder: membership dues outstanding',
      3: 'Final notice: membership dues outstanding',
    },
    levelName: { 1: 'Payment reminder', 2: 'Second payment reminder', 3: 'Final notice' },
    opening: {
      1: 'Our records show that we have not yet received the following amounts from you. Perhaps this has simply been overlooked.',
      2: 'Despite our payment reminder{since}, we have not yet received your payment. The following amounts are still outstanding:',
      3: 'Despite our reminders{since}, the following amounts are still outstanding:',
    },
    openingUnreminded:
      'The following amounts have been due for some time and have not yet reached us:',
    since: ' of {date}',
    payBy: 'Payable by',
    number: 'No.',
    description: 'Description',
    due: 'Due on',
    open: 'Open',
    fee: 'Reminder fee',
    total: 'Total',
    transfer: 'Please transfer the total of {total} to our account by {date}:',
    pay: 'Please pay the total of {total} by {date}.',
    accountHolder: 'Account holder',
    bank: 'Bank',
    reference: 'Reference',
    mandate:
      'We hold your SEPA direct debit mandate with the reference {reference}. We will collect the total of {total} from your account {iban} on our next collection date; please make sure the account is covered. There is no need to transfer the amount.',
    final:
      'If the amount has not reached us by that date, we reserve the right to take further steps under our constitution.',
    crossed:
      'If you have paid in the last few days, please disregard this letter. Do not hesitate to contact us with any questions.',
    fileStem: 'reminder',
  },
} as const
