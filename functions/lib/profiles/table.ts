/** The profile table the rules use: the default one, extended or overridden by the `profiles` option. */
import { DEFAULT_PROFILES, ProfileDefinition, ProfileTable } from '../../data/profiles';
import { isObject, keysOf, own } from '../safe';

export interface ProfileOptions {
  /** Profiles added to (or replacing, by name) the default table. */
  profiles?: Record<string, ProfileDefinition>;
}

const tables = new WeakMap<object, ProfileTable>();

/** The profile table for the options: the default, extended or overridden by `profiles` (cached per `profiles` object). */
export function profileTableFor(options: unknown): ProfileTable {
  const extra = own(options, 'profiles');
  if (!isObject(extra)) return DEFAULT_PROFILES;
  const hit = tables.get(extra);
  if (hit !== undefined) return hit;
  const table: Record<string, ProfileDefinition> = { ...DEFAULT_PROFILES };
  for (const name of keysOf(extra)) {
    const def = own(extra, name);
    if (isObject(def)) {
      const definition = def as unknown as ProfileDefinition;
      table[name] = { ...definition, summary: definition.summary ?? '' };
    }
  }
  tables.set(extra, table);
  return table;
}
