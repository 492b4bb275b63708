import type { ValueTransformer } from 'typeorm';

/** numeric arrives from pg as a string; this keeps entities holding numbers (or null). */
export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
