import {
  defaultDirectoryOptions,
  defaultListOptions,
  type DirectoryOptions,
} from '../../src/api/directory.ts'

/** The options a club remembers from its last directory: A5 booklet, photos, no bank details. */
export function rememberedOptions(overrides: Partial<DirectoryOptions> = {}): DirectoryOptions {
  return { ...defaultDirectoryOptions('de'), ...overrides }
}

/** Any bytes do: the component test draws no PDF (pdf.js needs a real canvas and worker). */
export const previewPdf = btoa('%PDF-1.7 preview')

/** What the directory view asks for, answered for a club of 124 members in the directory. */
export function directoryAnswers(options: DirectoryOptions = rememberedOptions()) {
  return {
    'club/counts': { members: 130, activeMembers: 118 },
    'directory/options': options,
    'lists/options': defaultListOptions('de', new Date().getFullYear()),
    'directory/preview': { pdfBase64: previewPdf, memberCount: 124 },
    'directory/save': { path: '/home/anna/mitgliederverzeichnis.pdf', pages: 48 },
    'directory/print': { pages: 48 },
    'lists/save': { path: '/home/anna/geburtstage.pdf', pages: 2 },
  }
}
