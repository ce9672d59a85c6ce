import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Guest, GuestInput, MarkInput, RollCall } from '../../api/attendance.ts'
import type {
  GenerateResult,
  MeetingInput,
  MeetingSeries,
  MeetingSettings,
  MeetingStatus,
  MeetingSummary,
  SeriesInput,
} from '../../api/meetings.ts'
import type { InputOf } from '../../api/procedures.ts'
import type { MemberRecord } from '../../api/members.ts'
import { call } from '../api/client.ts'
import { clubYearAround, type ClubYear } from '../components/meetings/clubYears.ts'

/**
 * What the meetings view shows across its tabs for the open club: the settings, the series,
 * the meetings of the club year in view, the roll call of one meeting and the guests. A change
 * of club forgets all of it.
 */
export const useMeetingsStore = defineStore('meetings', () => {
  const clubPath = ref<string | null>(null)
  const settings = ref<MeetingSettings | null>(null)
  const series = ref<MeetingSeries[] | null>(null)
  const year = ref<ClubYear | null>(null)
  const meetings = ref<MeetingSummary[] | null>(null)
  const rollCall = ref<RollCall | null>(null)
  const includeOthers = ref(false)
  const guests = ref<Guest[] | null>(null)
  /** Marks go out one after another, so two quick keystrokes on one member land in order. */
  let marks: Promise<unknown> = Promise.resolve()
  let askedYear = 0
  let askedGuests = 0

  function forClub(path: string): void {
    if (clubPath.value === path) return
    clubPath.value = path
    settings.value = null
    series.value = null
    year.value = null
    meetings.value = null
    rollCall.value = null
    includeOthers.value = false
    guests.value = null
  }

  async function loadSettings(): Promise<MeetingSettings> {
    settings.value = await call('meetings/settings', {})
    return settings.value
  }

  /** The club year shown first is the running one. */
  function startYear(startMonth: number): ClubYear {
    year.value ??= clubYearAround(startMonth)
    return year.value
  }

  async function loadMeetings(): Promise<MeetingSummary[]> {
    const shown = year.value
    if (shown === null) return []
    const mine = ++askedYear
    const answer = await call('meetings/list', { from: shown.start, to: shown.end })
    if (mine === askedYear) meetings.value = answer
    return answer
  }

  async function showYear(next: ClubYear): Promise<void> {
    year.value = next
    meetings.value = null
    await loadMeetings()
  }

  async function loadSeries(): Promise<MeetingSeries[]> {
    series.value = await call('meetings/series', {})
    return series.value
  }

  async function saveSeries(input: SeriesInput): Promise<void> {
    series.value = await call('meetings/saveSeries', input)
  }

  /** Generates the series' meetings of the club year in view. */
  async function generate(seriesId: number): Promise<GenerateResult | null> {
    const shown = year.value
    if (shown === null) return null
    const result = await call('meetings/generate', { seriesId, from: shown.start, to: shown.end })
    await Promise.all([loadMeetings(), loadSeries()])
    return result
  }

  async function saveMeeting(input: MeetingInput): Promise<void> {
    await call('meetings/save', input)
    await loadMeetings()
  }

  async function setStatus(id: number, status: MeetingStatus, reason: string): Promise<void> {
    await call('meetings/setStatus', { id, status, reason })
    await loadMeetings()
  }

  async function deleteMeeting(id: number): Promise<void> {
    await call('meetings/delete', { id })
    await loadMeetings()
  }

  async function loadRollCall(meetingId: number): Promise<RollCall> {
    const answer = await call('attendance/rollCall', {
      meetingId,
      includeOthers: includeOthers.value,
    })
    rollCall.value = answer
    return answer
  }

  /**
   * Shows the mark at once and saves it behind: the roll call goes at the pace of the keyboard.
   * After a refused mark the roll call is read again, so the list shows what is stored.
   */
  function mark(meetingId: number, input: MarkInput): Promise<void> {
    const before = rollCall.value
    if (before !== null && before.meeting.id === meetingId)
      rollCall.value = {
        ...before,
        rows: before.rows.map((row) =>
          row.memberId === input.memberId ? { ...row, ...input } : row,
        ),
      }
    const send = marks.then(async () => {
      try {
        const saved = await call('attendance/mark', { meetingId, mark: input })
        replaceRow(meetingId, saved)
      } catch (error) {
        if (rollCall.value?.meeting.id === meetingId)
          await loadRollCall(meetingId).catch(() => undefined)
        throw error
      }
    })
    marks = send.catch(() => undefined)
    return send
  }

  function replaceRow(meetingId: number, saved: RollCall['rows'][number]): void {
    const shown = rollCall.value
    if (shown === null || shown.meeting.id !== meetingId) return
    rollCall.value = {
      ...shown,
      rows: shown.rows.map((row) => (row.memberId === saved.memberId ? saved : row)),
    }
  }

  /** The answer lists the expected members only; with others shown, the list is read again. */
  async function markMany(meetingId: number, input: MarkInput[]): Promise<void> {
    await marks
    const answer = await call('attendance/markMany', { meetingId, marks: input })
    if (includeOthers.value) await loadRollCall(meetingId)
    else rollCall.value = answer
  }

  async function recordVisit(input: InputOf<'guests/recordVisit'>): Promise<void> {
    await call('guests/recordVisit', input)
    await loadRollCall(input.meetingId)
  }

  async function removeVisit(visitId: number, meetingId: number): Promise<void> {
    await call('guests/removeVisit', { id: visitId })
    await loadRollCall(meetingId)
  }

  /** The guests found for a search; an answer overtaken by a later search is dropped. */
  async function loadGuests(search: string): Promise<void> {
    const mine = ++askedGuests
    const answer = await call('guests/list', { search })
    if (mine === askedGuests) guests.value = answer
  }

  async function saveGuest(input: GuestInput): Promise<Guest> {
    const saved = await call('guests/save', input)
    guests.value = guests.value?.map((guest) => (guest.id === saved.id ? saved : guest)) ?? null
    return saved
  }

  /** The new prospect member; the guest lists show the link to them from now on. */
  async function convertGuest(guestId: number): Promise<MemberRecord> {
    const member = await call('guests/convert', { id: guestId })
    guests.value =
      guests.value?.map((guest) =>
        guest.id === guestId ? { ...guest, memberId: member.id } : guest,
      ) ?? null
    const shown = rollCall.value
    if (shown !== null)
      rollCall.value = {
        ...shown,
        visits: shown.visits.map((visit) =>
          visit.guest.id === guestId
            ? { ...visit, guest: { ...visit.guest, memberId: member.id } }
            : visit,
        ),
      }
    return member
  }

  return {
    settings,
    series,
    year,
    meetings,
    rollCall,
    includeOthers,
    guests,
    forClub,
    loadSettings,
    startYear,
    loadMeetings,
    showYear,
    loadSeries,
    saveSeries,
    generate,
    saveMeeting,
    setStatus,
    deleteMeeting,
    loadRollCall,
    mark,
    markMany,
    recordVisit,
    removeVisit,
    loadGuests,
    saveGuest,
    convertGuest,
  }
})
