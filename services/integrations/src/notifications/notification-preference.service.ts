import { ANONYMOUS_CALLER, type UnitOfWork, type UnitOfWorkRequest, type UnsubscribeTokens, UserInputError } from '@careergraph/kit';
import type { NotificationKind, NotificationPreference, UpdateNotificationPreferencesInput } from '../generated/graphql';
import { isNotificationKind, NOTIFICATION_KINDS, person } from './notification-kinds';
import type { NotificationRepository } from './notification.repository';

/** A person's own choices of mail, and the unsubscribe links that turn one kind off without signing in. */
export class NotificationPreferenceService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  /** Every kind for the signed-in caller, on unless they turned it off. */
  async list(request: UnitOfWorkRequest): Promise<NotificationPreference[]> {
    const chosen = new Map((await this.repository.preferencesOf(person.of(request.caller))).map((row) => [row.kind, row.enabled]));
    return (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).map((kind) => ({ kind, enabled: chosen.get(kind) ?? true }));
  }

  async update(input: UpdateNotificationPreferencesInput, request: UnitOfWorkRequest, now = new Date()): Promise<NotificationPreference[]> {
    const seen = new Set<string>();
    input.preferences.forEach(({ kind }, i) => {
      if (seen.has(kind)) throw new UserInputError(`input.preferences[${i}].kind`, `${kind} is listed twice`);
      seen.add(kind);
    });
    if (seen.size === 0) throw new UserInputError('input.preferences', 'list at least one kind');
    await this.unitOfWork.transaction(request, 'updateNotificationPreferences', (tx) =>
      this.repository.setPreferences(tx, person.of(request.caller), input.preferences, now),
    );
    return this.list(request);
  }

  /** Turns off the kind a genuine, unexpired token names; returns it. A bad token changes nothing. */
  async unsubscribe(token: string, requestId: string, now = new Date()): Promise<NotificationKind> {
    const grant = this.tokens.verify(token, now);
    if (!isNotificationKind(grant.kind)) throw new UserInputError('token', `names no kind of notification ("${grant.kind}")`);
    // The link is the proof: whoever holds it may stop this one kind of mail to this one person.
    await this.unitOfWork.transaction({ caller: ANONYMOUS_CALLER, requestId }, 'unsubscribe', (tx) =>
      this.repository.setPreferences(tx, grant.person, [{ kind: grant.kind, enabled: false }], now),
    );
    return grant.kind;
  }
}
