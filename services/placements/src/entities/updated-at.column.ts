import { Column } from 'typeorm';

/**
 * When the row last changed, in milliseconds (the precision change-feed cursors carry). The database
 * sets it (default on insert, trigger on update: migration 1769400000000), so TypeORM never writes it
 * on update; an insert may give it (imports and seeds keep the original time).
 */
export const UpdatedAtColumn = () => Column({ name: 'updated_at', type: 'timestamptz', precision: 3, update: false });
