import { writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Sqlite } from '../../src/core/db/connection.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { crashClock } from './crashOperation.ts'
import { operationNamed } from './operations.ts'

/**
 * The process the crash test kills: `node test/crash/child.ts <operation> <club file> <folder>`.
 * It loads and opens everything first and says `loaded`, waits for `go` on stdin, then says
 * `ready` and runs the operation, saying `begin` just before its transaction starts, `commit`
 * just before it commits and `committed` once the commit (with any checkpoint SQLite runs
 * after it) has returned, then `done`, closes the file and says `closed`.
 * Each line is written straight to the pipe, so the lines the test reads after a kill are
 * exactly what the process had got to.
 */
const [name = '', path = '', workDir = ''] = process.argv.slice(2)
const say = (line: string) => writeSync(1, `${line}\n`)

/**
 * Marks the transaction's edges where SQLite sees them: Kysely begins and commits through
 * statements prepared from these texts on the connection's own `prepare`.
 */
function markTransactions(sqlite: Sqlite): () => number {
  let begun = 0
  const prepare = sqlite.prepare.bind(sqlite)
  const marked = (source: string) => {
    const statement = prepare(source)
    const run = statement.run.bind(statement)
    if (source === 'begin') {
      statement.run = (...parameters) => {
        begun += 1
        say('begin')
        return run(...parameters)
      }
    } else if (source === 'commit') {
      statement.run = (...parameters) => {
        say('commit')
        const result = run(...parameters)
        say('committed')
        return result
      }
    }
    return statement
  }
  sqlite.prepare = marked as typeof sqlite.prepare
  return () => begun
}

const operation = await operationNamed(name).load()
const file = await openClubFile(path, { clock: crashClock })
const transactions = markTransactions(file.sqlite)
say('loaded')
for await (const line of createInterface({ input: process.stdin })) if (line === 'go') break
say('ready')
await operation.run(file, workDir)
say(`done ${transactions()}`)
await file.db.destroy()
say('closed')
process.exit(0)
