import { EnvReader } from '../config/env';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppression';

/**
 * `SUPPRESSION_THRESHOLD`: the smallest group of students an aggregate may show to callers without
 * row-level access (default 10). A bad value stops the process with a ConfigError naming it.
 */
export function suppressionThreshold(source: Record<string, string | undefined> = process.env): number {
  const env = new EnvReader(source);
  const threshold = env.int('SUPPRESSION_THRESHOLD', DEFAULT_SUPPRESSION_THRESHOLD, { min: 2, max: 1000 });
  env.done();
  return threshold;
}
