import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { toErrorData } from '../../src/api/errors.ts'
import { formatError } from '../../src/api/messages/errors.ts'
import { systemClock } from '../../src/core/clock.ts'
import { startBridge } from './server.ts'

/**
 * `npm run serve:browser -- --club <file> [--port N]`: click through the real UI in a browser
 * against a real club file. Dialogs cannot be shown here, so "open" is cancelled and "save"
 * takes the suggested path.
 */
const { values } = parseArgs({
  options: { club: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' } },
})
const port = values.port === undefined ? 0 : Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port expects a number between 0 and 65535, not "${values.port}".`)
  process.exit(2)
}
const userDataDir = resolve(values.data ?? join(homedir(), '.kreis-browser'))
mkdirSync(userDataDir, { recursive: true })
const bridge = await startBridge({
  rendererDir: resolve('out/renderer'),
  userDataDir,
  clock: systemClock,
  port,
  host: {
    chooseClubToOpen: async () => null,
    chooseNewClubPath: async (suggested) => suggested,
    chooseCopyPath: async (suggested) => suggested,
    chooseFolder: async (suggested) => suggested,
    chooseExportPath: async (suggested) => suggested,
    openFile: async (path) => console.log(`open: ${path}`),
    printPdf: async (path) => console.log(`print: ${path}`),
  },
})
if (values.club !== undefined) {
  try {
    await bridge.session.open(resolve(values.club))
  } catch (error) {
    console.error(formatError(toErrorData(error), 'de'))
    await bridge.close()
    process.exit(1)
  }
}
console.log(`Kreis (browser bridge) on ${bridge.url} — data in ${userDataDir}. Ctrl+C stops.`)
process.on('SIGINT', () => {
  void bridge.close().then(() => process.exit(0))
})
