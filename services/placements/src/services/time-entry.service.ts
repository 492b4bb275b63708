import {
  ageOn,
  ConflictError,
  integerInRange,
  NotFoundError,
  optionalText,
  pageRequest,
  parseId,
  requiredText,
  toConnection,
  uniqueViolation,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import { isoWeekOf } from '../config/child-labor-rules';
import type { PlacementsSettings } from '../config/placements-settings';
import type { TimeEntryConnection } from '../connections';
import type { PlacementsContext } from '../context';
import type { PlacementEntity } from '../entities/placement.entity';
import type { TimeEntryEntity, TimeEntryStatus } from '../entities/time-entry.entity';
import type { SubmitTimeEntryInput, TimeEntryFilter } from '../generated/graphql';
import { lookUpStudent } from '../owners/placements-owners';
import type { PlacementsRepositories } from '../repositories';
import { TimeEntryRepository } from '../repositories/time-entry.repository';
import { agreementOf, checkPaperworkBefore } from './placement-eligibility';
import { placementScope } from '../policy';
import { checkPlacementStanding, lookUpStandingFacts } from './placement-standing';
import { checkChildLabor, checkGeneralLimits, type EntryFields, type EntryShape } from './time-entry-rules';
import { placementEvent } from './placement-events';
import { checkAgreementComplete } from './training-agreement.service';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAX_BULK = 500;

interface NewEntry extends EntryShape {
  activityNotes: string | null;
}

export class TimeEntryService {
  constructor(
    private readonly repositories: PlacementsRepositories,
    private readonly settings: PlacementsSettings,
  ) {}

  /** Time entries matching the filter, narrowed in SQL to the placements the caller may reach. */
  async list(
    filter: TimeEntryFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: PlacementsContext,
  ): Promise<TimeEntryConnection> {
    const query = {
      placementId: filter?.placementId ? parseId('filter.placementId', filter.placementId) : undefined,
      status: filter?.status ?? undefined,
      changedSince: filter?.changedSince ?? undefined,
      scope: placementScope.rowsFor(context.caller),
    };
    const page = pageRequest(args, { arity: 2 });
    const rows = await this.repositories.timeEntries.page(query, page);
    const cursorOf = query.changedSince ? TimeEntryRepository.changeCursorOf : TimeEntryRepository.cursorOf;
    return toConnection(rows, page, cursorOf, () => this.repositories.timeEntries.count(query));
  }

  async submit(input: SubmitTimeEntryInput, context: PlacementsContext): Promise<TimeEntryEntity> {
    const placementId = parseId('input.placementId', input.placementId);
    const idempotencyKey = requiredText('input.idempotencyKey', input.idempotencyKey, 100);
    const entry = entryFromInput(input);
    const fields: EntryFields = {
      start: 'input.startTime',
      end: 'input.endTime',
      duration: entry.startMinute === null ? 'input.durationMinutes' : 'input.endTime',
      mealBreak: 'input.mealBreakMinutes',
    };
    const placement = await this.repositories.placements.findById(placementId);
    if (!placement) throw new NotFoundError('Placement', placementId, 'input.placementId');
    await placementScope.require(context, placement, { field: 'input.placementId', what: `placement ${placement.id}` });
    // Looked up before the transaction so no lock waits on the network.
    const today = this.settings.today();
    const [student, standing] = await Promise.all([
      lookUpStudent(context.owners, placement.studentId),
      lookUpStandingFacts(context, placement, 'input.placementId'),
    ]);
    if (!student) throw new UserInputError('input.placementId', `the placement's student no longer exists`, { rule: 'REFERENCE_NOT_FOUND' });

    const { unitOfWork, timeEntries } = this.repositories;
    const attempt = () =>
      unitOfWork.transaction(context, 'submitTimeEntry', async (tx, audit, emit) => {
        // One student's submissions queue here, so day and week totals count each other.
        await unitOfWork.lock(tx, `student:${placement.studentId}`);
        const earlier = await timeEntries.findByIdempotencyKey(tx, placementId, idempotencyKey);
        if (earlier) return sameContentOrConflict(earlier, entry);
        // After the retry check: an entry accepted before a lapse is still answered as the retry it is.
        checkPlacementStanding(standing, today, 'input.placementId');
        // Re-read under the lock: the placement may have ended since the read above.
        const fresh = (await this.repositories.placements.findById(placementId, tx))!;
        const { status } = fresh;
        if (status !== 'ACTIVE') {
          throw new UserInputError('input.placementId', `the placement is ${status}; hours are recorded on ACTIVE placements`, {
            rule: 'PLACEMENT_NOT_ACTIVE',
          });
        }
        await checkAgreementComplete(this.repositories.agreements, placementId, 'input.placementId', tx);
        if (entry.workDate > today) throw new UserInputError('input.workDate', 'is in the future', { rule: 'ENTRY_IN_FUTURE' });
        if (entry.workDate < placement.startDate || entry.workDate > placement.endDate) {
          throw new UserInputError('input.workDate', `must fall within the placement, ${placement.startDate} to ${placement.endDate}`, {
            rule: 'ENTRY_OUTSIDE_PLACEMENT_DATES',
          });
        }
        const age = ageOn(student.dateOfBirth, entry.workDate);
        checkPaperworkBefore(entry.workDate, agreementOf(fresh), age, fresh.compensationKind !== 'UNPAID', 'input.workDate');
        const week = isoWeekOf(entry.workDate);
        const studentWeek = await timeEntries.countingEntriesOfStudent(tx, placement.studentId, week.monday, week.sunday);
        const sameDay = studentWeek.filter((e) => e.workDate === entry.workDate);
        const placementWeekMinutes = studentWeek.filter((e) => e.placementId === placementId).reduce((s, e) => s + e.durationMinutes, 0);
        checkGeneralLimits(entry, sameDay, placementWeekMinutes, placement.weeklyHourCap, fields);
        if (age < this.settings.childLabor.underAge) {
          checkChildLabor(this.settings.childLabor, entry, sameDay, studentWeek, fields);
        }
        const created = await timeEntries.insert(tx, {
          id: randomUUID(),
          placementId,
          studentId: placement.studentId,
          ...entry,
          status: 'SUBMITTED',
          rejectionReason: null,
          decidedBy: null,
          decidedAt: null,
          idempotencyKey,
          submittedBy: context.caller.subject,
          submittedAt: new Date(),
        });
        audit({ entityType: 'TimeEntry', entityId: created.id, action: 'SUBMITTED', before: null, after: created });
        emit(timeEntryEvent(fresh, created));
        return created;
      });
    try {
      return await attempt();
    } catch (error) {
      // A concurrent retry with the same key committed first: answer as the retry it is.
      if (uniqueViolation(error) === 'UQ_time_entries_placement_idempotency_key') return attempt();
      throw error;
    }
  }

  async approve(id: string, context: PlacementsContext): Promise<TimeEntryEntity> {
    return (await this.decide('approveTimeEntry', [parseId('input.id', id)], () => 'input.id', 'APPROVED', null, context))[0];
  }

  async reject(id: string, reason: string, context: PlacementsContext): Promise<TimeEntryEntity> {
    const entryId = parseId('input.id', id);
    const rejectionReason = requiredText('input.reason', reason, 1000);
    return (await this.decide('rejectTimeEntry', [entryId], () => 'input.id', 'REJECTED', rejectionReason, context))[0];
  }

  async bulkApprove(ids: readonly string[], context: PlacementsContext): Promise<TimeEntryEntity[]> {
    if (ids.length === 0 || ids.length > MAX_BULK) throw new UserInputError('input.ids', `must list 1 to ${MAX_BULK} entries`);
    const parsed = ids.map((id, i) => parseId(`input.ids[${i}]`, id));
    parsed.forEach((id, i) => {
      if (parsed.indexOf(id) !== i) throw new UserInputError(`input.ids[${i}]`, `repeats entry ${id}`);
    });
    return this.decide('bulkApproveTimeEntries', parsed, (i) => `input.ids[${i}]`, 'APPROVED', null, context);
  }

  /**
   * Decides SUBMITTED entries together: any missing, out-of-scope or already decided entry refuses
   * the whole batch. The audit events of the batch are one INSERT.
   */
  private async decide(
    operation: string,
    ids: string[],
    fieldOf: (index: number) => string,
    status: TimeEntryStatus,
    rejectionReason: string | null,
    context: PlacementsContext,
  ): Promise<TimeEntryEntity[]> {
    if (status === 'APPROVED') await this.assertApprovable(ids, fieldOf, context);
    const { unitOfWork, timeEntries } = this.repositories;
    return unitOfWork.transaction(context, operation, async (tx, audit, emit) => {
      const found = new Map((await timeEntries.findByIdsForUpdate(tx, ids)).map((e) => [e.id, e]));
      const placementIds = [...new Set([...found.values()].map((e) => e.placementId))];
      const placements = new Map((await this.repositories.placements.findByIds(placementIds, tx)).map((p) => [p.id, p]));
      for (const [i, id] of ids.entries()) {
        const entry = found.get(id);
        if (!entry) throw new NotFoundError('TimeEntry', id, fieldOf(i));
        await placementScope.require(context, placements.get(entry.placementId)!, { field: fieldOf(i), what: `time entry ${id}` });
        if (entry.status !== 'SUBMITTED') {
          throw new ConflictError(`time entry ${id} is already ${entry.status}`, { field: fieldOf(i), rule: 'ENTRY_ALREADY_DECIDED' });
        }
      }
      const decided = await timeEntries.decide(tx, ids, { status, rejectionReason, decidedBy: context.caller.subject, decidedAt: new Date() });
      const byId = new Map(decided.map((e) => [e.id, e]));
      audit(...ids.map((id) => ({ entityType: 'TimeEntry', entityId: id, action: status, before: found.get(id), after: byId.get(id) })));
      emit(...ids.map((id) => timeEntryEvent(placements.get(found.get(id)!.placementId)!, byId.get(id)!)));
      return ids.map((id) => byId.get(id)!);
    });
  }

  /**
   * Approving hours is the supervisor's act for the partner: refused while the partner or the
   * supervisor has lapsed as of today. Looked up before the transaction (no lock waits on the
   * network); entries missing, decided or outside the caller's scope are left to the transaction's checks.
   */
  private async assertApprovable(ids: string[], fieldOf: (index: number) => string, context: PlacementsContext): Promise<void> {
    const entries = new Map((await this.repositories.timeEntries.findByIds(ids)).map((e) => [e.id, e]));
    const placements = new Map(
      (await this.repositories.placements.findByIds([...new Set([...entries.values()].map((e) => e.placementId))])).map((p) => [p.id, p]),
    );
    const today = this.settings.today();
    // The first entry of each placement in reach, in input order, so the refusal names the first one.
    const firsts = new Map<string, { placement: PlacementEntity; field: string }>();
    for (const [i, id] of ids.entries()) {
      const entry = entries.get(id);
      const placement = entry?.status === 'SUBMITTED' ? placements.get(entry.placementId) : undefined;
      if (placement && !firsts.has(placement.id) && (await placementScope.contains(context, placement))) firsts.set(placement.id, { placement, field: fieldOf(i) });
    }
    const subjects = [...firsts.values()];
    const facts = await Promise.all(subjects.map(({ placement, field }) => lookUpStandingFacts(context, placement, field)));
    facts.forEach((standing, i) => checkPlacementStanding(standing, today, subjects[i].field));
  }
}

/** `time-entry.submitted`, `.approved` or `.rejected`, routed by the entry's placement. */
function timeEntryEvent(placement: PlacementEntity, entry: TimeEntryEntity) {
  return placementEvent(`time-entry.${entry.status.toLowerCase()}`, placement, { status: entry.status }, { type: 'TimeEntry', id: entry.id });
}

function minuteOf(field: string, value: string): number {
  const match = HH_MM.exec(value);
  if (!match) throw new UserInputError(field, `"${value.slice(0, 10)}" is not a time; write it as HH:MM, e.g. 15:30`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function entryFromInput(input: SubmitTimeEntryInput): NewEntry {
  const mealBreakMinutes = integerInRange('input.mealBreakMinutes', input.mealBreakMinutes ?? 0, 0, 240);
  const activityNotes = optionalText('input.activityNotes', input.activityNotes, 2000);
  const timed = input.startTime != null || input.endTime != null;
  if (timed === (input.durationMinutes != null)) {
    throw new UserInputError('input.startTime', 'give a startTime and an endTime, or a durationMinutes, not both');
  }
  if (!timed) {
    const durationMinutes = integerInRange('input.durationMinutes', input.durationMinutes!, 1, 24 * 60);
    return { workDate: input.workDate, startMinute: null, endMinute: null, mealBreakMinutes, durationMinutes, activityNotes };
  }
  if (input.startTime == null) throw new UserInputError('input.startTime', 'is required with an endTime');
  if (input.endTime == null) throw new UserInputError('input.endTime', 'is required with a startTime');
  const startMinute = minuteOf('input.startTime', input.startTime);
  const endMinute = minuteOf('input.endTime', input.endTime);
  const durationMinutes = endMinute - startMinute - mealBreakMinutes;
  if (durationMinutes <= 0) throw new UserInputError('input.endTime', 'must be later than the start time plus the meal break');
  return { workDate: input.workDate, startMinute, endMinute, mealBreakMinutes, durationMinutes, activityNotes };
}

function sameContentOrConflict(earlier: TimeEntryEntity, entry: NewEntry): TimeEntryEntity {
  const same =
    earlier.workDate === entry.workDate &&
    earlier.startMinute === entry.startMinute &&
    earlier.endMinute === entry.endMinute &&
    earlier.mealBreakMinutes === entry.mealBreakMinutes &&
    earlier.durationMinutes === entry.durationMinutes &&
    earlier.activityNotes === entry.activityNotes;
  if (!same) {
    throw new ConflictError('this idempotency key was already used for a different time entry', {
      field: 'input.idempotencyKey',
      rule: 'IDEMPOTENCY_KEY_REUSED',
    });
  }
  return earlier;
}
