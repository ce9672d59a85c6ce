import type { FileCheck } from '../../api/backups.ts'
import { KreisError } from '../../api/errors.ts'
import { kreisApplicationId } from '../db/connection.ts'
import { fileErrorFrom } from '../db/sqliteErrors.ts'
import { onThread, threadScript } from '../threads.ts'
import { openQueryOnly } from '../db/checkConnection.ts'
import { checkPages, memberCountOf, messageOf, requireKreisFile } from './fileCheck.ts'
import type { ForeignKeyAnswer } from './foreignKeyWorker.ts'

const foreignKeyWorker = threadScript(import.meta.url, 'foreignKeyWorker')

/**
 * `kreis check`: the full `integrity_check` (indexes against their tables too), the foreign
 * keys, the schema version. A first connection that may write, though it does not
 * (`query_only`), reads the file's facts and on closing tidies its WAL away as any open does.
 * The two checks then run at once, each on a read-only connection of its own: the foreign
 * keys on a worker thread, the integrity check here.
 */
export async function checkFile(path: string): Promise<FileCheck> {
  requireKreisFile(path)
  const facts = readFacts(path)
  const foreignKeys = checkForeignKeys(path)
  const integrity = checkPages(path, 'integrity_check')
  const answer = await foreignKeys
  if ('error' in answer) integrity.push(answer.error)
  const foreignKeyProblems = 'violations' in answer ? answer.violations : 0
  return {
    path,
    ok: integrity.length === 0 && foreignKeyProblems === 0,
    ...facts,
    integrity,
    foreignKeyProblems,
  }
}

function readFacts(path: string): Pick<FileCheck, 'schemaVersion' | 'memberCount'> {
  const db = openQueryOnly(path)
  try {
    if (db.pragma('application_id', { simple: true }) !== kreisApplicationId) {
      throw new KreisError('file.notKreis', { path })
    }
    return {
      schemaVersion: Number(db.pragma('user_version', { simple: true })),
      memberCount: memberCountOf(db),
    }
  } catch (error) {
    throw fileErrorFrom(error, path)
  } finally {
    db.close()
  }
}

/** Never rejects: what goes wrong on the thread is a finding like any other. */
function checkForeignKeys(path: string): Promise<ForeignKeyAnswer> {
  const isAnswer = (answer: unknown): answer is ForeignKeyAnswer =>
    typeof answer === 'object' && answer !== null && ('violations' in answer || 'error' in answer)
  return onThread(foreignKeyWorker, path, isAnswer, (why) => ({
    error: `foreign_key_check: ${messageOf(why)}`,
  }))
}
