import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's choice for one kind of mail; without a row the kind is on. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  /** Who, as the notifications know them: `student:<id>`, `contact:<id>`, `user:<subject>` or `address:<e-mail>`. */
  @PrimaryColumn({ type: 'text' })
  person: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
