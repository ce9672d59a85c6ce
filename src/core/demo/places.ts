export interface Place {
  readonly town: string
  /** Real postcodes of the town; Frankfurt and Offenbach have many. */
  readonly postcodes: readonly string[]
  readonly areaCode: string
  /** The town as an adjective, as in "Frankfurter Druckhaus". */
  readonly adjective: string
  /** How many members, relative to the other towns, live there. */
  readonly weight: number
}

const place = (
  town: string,
  postcodes: string,
  areaCode: string,
  adjective: string,
  weight: number,
): Place => ({ town, postcodes: postcodes.split(' '), areaCode, adjective, weight })

/** Towns around Frankfurt and the Taunus, where a club meeting in Oberursel draws from. */
export const places: readonly Place[] = [
  place(
    'Frankfurt am Main',
    '60311 60313 60314 60316 60318 60320 60322 60323 60325 60326 60327 60329 60385 60386 ' +
      '60388 60389 60431 60433 60435 60437 60438 60439 60486 60487 60488 60489 60528 60529 ' +
      '60549 60594 60596 60598 60599 65929 65931 65933 65934 65936',
    '069',
    'Frankfurter',
    30,
  ),
  place('Bad Homburg v. d. Höhe', '61348 61350 61352', '06172', 'Bad Homburger', 12),
  place('Oberursel (Taunus)', '61440', '06171', 'Oberurseler', 14),
  place('Kronberg im Taunus', '61476', '06173', 'Kronberger', 7),
  place('Königstein im Taunus', '61462', '06174', 'Königsteiner', 7),
  place('Friedrichsdorf', '61381', '06172', 'Friedrichsdorfer', 5),
  place('Eschborn', '65760', '06196', 'Eschborner', 4),
  place('Bad Soden am Taunus', '65812', '06196', 'Sodener', 5),
  place('Offenbach am Main', '63065 63067 63069 63071 63073 63075', '069', 'Offenbacher', 4),
  place('Steinbach (Taunus)', '61449', '06171', 'Steinbacher', 2),
  place('Schwalbach am Taunus', '65824', '06196', 'Schwalbacher', 2),
  place('Kelkheim (Taunus)', '65779', '06195', 'Kelkheimer', 3),
  place('Hofheim am Taunus', '65719', '06192', 'Hofheimer', 3),
  place('Bad Vilbel', '61118', '06101', 'Vilbeler', 3),
  place('Usingen', '61250', '06081', 'Usinger', 2),
  place('Neu-Anspach', '61267', '06081', 'Anspacher', 2),
]

export const streets: readonly string[] = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schulstraße',
  'Gartenstraße',
  'Lindenstraße',
  'Kirchstraße',
  'Goethestraße',
  'Schillerstraße',
  'Waldstraße',
  'Ringstraße',
  'Bergstraße',
  'Feldbergstraße',
  'Taunusstraße',
  'Am Marktplatz',
  'Mühlweg',
  'Wiesenweg',
  'Ludwigstraße',
  'Friedrichstraße',
  'Frankfurter Landstraße',
  'Talstraße',
  'Königsteiner Straße',
  'Rosenweg',
  'Birkenweg',
  'Eichendorffstraße',
  'Beethovenstraße',
  'Mozartstraße',
  'Höhenstraße',
  'Burgstraße',
  'Schloßstraße',
  'Brunnenstraße',
  'Parkstraße',
  'Sonnenhang',
  'Im Grünen Winkel',
  'Falkensteiner Straße',
  'Altkönigstraße',
  'Am Weißen Stein',
  'Lerchenweg',
  'Amselweg',
  'Kastanienallee',
  'Uhlandstraße',
  'Jahnstraße',
  'Holzweg',
  'Am Kirchberg',
  'Tannenweg',
]

/** German mobile prefixes and how many digits follow them. */
export const mobilePrefixes: readonly (readonly [prefix: string, digits: number])[] = [
  ['0151', 8],
  ['0152', 8],
  ['0157', 8],
  ['0160', 7],
  ['0162', 7],
  ['0163', 7],
  ['0170', 7],
  ['0171', 7],
  ['0172', 7],
  ['0173', 7],
  ['0174', 7],
  ['0175', 7],
  ['0176', 8],
  ['0177', 7],
  ['0178', 7],
  ['0179', 7],
]
