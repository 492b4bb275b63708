import { UserInputError } from '../errors/app-errors';

/** Trimmed, non-empty text of bounded length. */
export function requiredText(field: string, value: string, maxLength = 200): string {
  const text = value.trim();
  if (text.length === 0) throw new UserInputError(field, 'must not be empty');
  if (text.length > maxLength) throw new UserInputError(field, `must be at most ${maxLength} characters`);
  return text;
}

/** Like requiredText, but empty means "none". */
export function optionalText(field: string, value: string | null | undefined, maxLength = 200): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(field, value, maxLength);
}

export function integerInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserInputError(field, `must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function numberInRange(field: string, value: number, min: number, max: number, options: { exclusiveMin?: boolean } = {}): number {
  const tooLow = options.exclusiveMin ? value <= min : value < min;
  if (!Number.isFinite(value) || tooLow || value > max) {
    throw new UserInputError(field, `must be ${options.exclusiveMin ? 'more than' : 'at least'} ${min} and at most ${max}, got ${value}`);
  }
  return value;
}
