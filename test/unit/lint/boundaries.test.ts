import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('the rooms of the code, as lint enforces them', () => {
  it('keeps electron and vue out of the core', async () => {
    expect(
      await restrictedImports(
        'src/core/x.ts',
        "import { app } from 'electron'\nexport const a = app\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports('src/core/x.ts', "import { ref } from 'vue'\nexport const a = ref\n"),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/core/x.ts',
        "import { defineStore } from 'pinia'\nexport const a = defineStore\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/core/x.ts',
        "import { call } from '../ui/api/client.ts'\nexport const a = call\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/core/x.ts',
        "import { procedures } from '../api/procedures.ts'\nexport const a = procedures\n",
      ),
    ).toHaveLength(0)
  })

  it('keeps the core out of the renderer', async () => {
    expect(
      await restrictedImports(
        'src/ui/x.ts',
        "import { Session } from '../core/session/session.ts'\nexport const a = Session\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/ui/x.ts',
        "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/ui/x.ts',
        "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/ui/x.ts',
        "import { procedures } from '../api/procedures.ts'\nexport const a = procedures\n",
      ),
    ).toHaveLength(0)
  })

  it('keeps the contract free of everything but itself', async () => {
    expect(
      await restrictedImports(
        'src/api/x.ts',
        "import { Session } from '../core/session/session.ts'\nexport const a = Session\n",
      ),
    ).toHaveLength(1)
  })
})
