import type { CampaignReport } from './campaign.ts'
import { phases } from './timeline.ts'

const ms = (value: number) => `${Math.round(value)} ms`

/** One paragraph per operation: its timing, and where the kills landed with what outcome. */
export function describeCampaign(report: CampaignReport): string {
  const { timeline, kills } = report
  const landed = kills.filter((kill) => kill.landed)
  const verifyMs = kills.reduce((sum, kill) => sum + kill.verifyMs, 0) / kills.length
  const lines = [
    `${report.operation}: ${landed.length} kills of ${kills.length} tries; after ready: begin ` +
      `${ms(timeline.beginMs)}, commit ${ms(timeline.commitMs)}, committed ` +
      `${ms(timeline.committedMs)}, done ${ms(timeline.doneMs)}, closed ${ms(timeline.closedMs)}; ` +
      `checking a file takes ${ms(verifyMs)}`,
  ]
  for (const phase of phases) {
    const here = kills.filter((kill) => kill.phase === phase)
    if (here.length === 0) continue
    const absent = here.filter((kill) => kill.state === 'absent').length
    const complete = here.filter((kill) => kill.state === 'complete').length
    const other = here.length - absent - complete
    lines.push(
      `  ${phase.padEnd(18)} ${String(here.length).padStart(3)}: ${absent} absent, ` +
        `${complete} complete${other > 0 ? `, ${other} neither` : ''}`,
    )
  }
  return lines.join('\n')
}

/** Every problem, with the kill it came from, so a failure names what to look at. */
export function problemsOf(report: CampaignReport): string[] {
  return [
    ...report.problems.map((problem) => `${report.operation}: ${problem}`),
    ...report.kills.flatMap((kill, i) =>
      kill.problems.map(
        (problem) =>
          `${report.operation} kill ${i} (${kill.delayMs} ms after ${kill.anchor}, ` +
          `${kill.phase}): ${problem}`,
      ),
    ),
  ]
}
