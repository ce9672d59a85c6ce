import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
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
const userDataDir = resolve(values.data ?? join(homedir(), '.kreis-browser'))
mkdirSync(userDataDir, { recursive: true })
const bridge = await startBridge({
  rendererDir: resolve('out/renderer'),
  userDataDir,
  clock: systemClock,
  port: values.port === undefined ? 0 : Number(values.port),
  host: {
    chooseClubToOpen: async () => null,
    chooseNewClubPath: async (suggested) => suggested,
    chooseCopyPath: async (suggested) => suggested,
  },
})
if (values.club !== undefined) await bridge.session.open(resolve(values.club))
console.log(`Kreis (browser bridge) on ${bridge.url} — data in ${userDataDir}. Ctrl+C stops.`)
process.on('SIGINT', () => {
  void bridge.close().then(() => process.exit(0))
})
