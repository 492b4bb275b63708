import { likePrefix } from '@careergraph/kit';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keeps rows where the search text starts any word of a column: a prefix of the whole value or of
 * what follows a space. The first alternative can use a text_pattern_ops index.
 */
export function whereWordPrefix<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, search: string | undefined): void {
  const term = search?.trim();
  if (!term) return;
  const prefix = likePrefix(term);
  qb.andWhere(`(lower(${column}) LIKE :wordPrefix OR lower(${column}) LIKE :innerWordPrefix)`, {
    wordPrefix: prefix,
    innerWordPrefix: `% ${prefix}`,
  });
}
