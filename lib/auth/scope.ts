/** A user's or token's group scope from its scope rows: none means every domain (null). */
export function scopeOf(rows: ReadonlyArray<{ groupId: string }>): string[] | null {
  return rows.length === 0 ? null : rows.map((row) => row.groupId).sort();
}

/**
 * What an API token may see: its creator's scope, narrowed to the token's own groups if it has any.
 * An empty result (the token's groups are all outside its creator's scope) sees nothing.
 */
export function tokenScope(creator: string[] | null, token: string[] | null): string[] | null {
  if (creator === null) return token;
  if (token === null) return creator;
  return token.filter((groupId) => creator.includes(groupId));
}
