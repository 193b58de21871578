/**
 * The one context every rule judges with: the method/status matrix and the
 * Level 3 profile table, built from the same shared options (see
 * SHARED_OPTION_PROPERTIES), plus the rule's own options with their
 * defaults. No rule reads a table of its own: a code a custom profile
 * allows is allowed by every rule.
 */
import { MODES, Mode } from '../data/modes';
import type { ProfileTable } from '../data/profiles';
import { Matrix, matrixFor } from './matrix';
import type { Occurrence } from './finding-keys';
import type { DocumentModel, ResponseEntry } from './model';
import type { ResponseProblem } from './shared-responses';
import { profileTableFor } from './profiles';
import type { JsonPath } from './safe';
import { SkipOptions, skipsAnything } from './skip';

/** What a rule is configured with: built once per options object. */
export interface RuleConfig<O> {
  readonly mode: Mode;
  readonly matrix: Matrix;
  readonly profiles: ProfileTable;
  /** The operations no rule checks (lib/skip.ts), if the options name any. */
  readonly skip: SkipOptions | undefined;
  /** The rule's own options, defaults filled in. */
  readonly options: Readonly<O>;
}

/** What the ownership questions need (lib/ownership.ts): the document and the shared tables. */
export interface Judge {
  readonly mode: Mode;
  readonly model: DocumentModel;
  readonly matrix: Matrix;
  readonly profiles: ProfileTable;
}

/** One run of a rule on one document: the context its checks get. */
export interface Run<O> extends RuleConfig<O>, Judge {
  /** The rule's id. */
  readonly rule: string;
  /** The document as the user wrote it (unresolved), where waivers stand. */
  readonly written: unknown;
  /**
   * Reports a finding at a path of the document: a problem of an
   * operation, a response key, a path item or the document (never one
   * inside a response: that is `reportResponse`'s). A finding that asks for
   * a code the operation does not declare names it in `expects` (any one of
   * them would do), so that the status-code map can show the gap.
   * `subject` is what it is about beyond its place and code (a header's
   * name), for its semantic key (lib/finding-keys.ts).
   */
  report(message: string, path: JsonPath, expects?: readonly number[], subject?: string): void;
  /**
   * Reports a problem inside a response (a missing header, a body where
   * none may be). Where it is reported is decided in one place for every
   * rule (lib/shared-responses.ts): once for a shared definition in the
   * default mode, naming who uses it; on each operation's key otherwise.
   */
  reportResponse(entry: ResponseEntry, problem: ResponseProblem): void;
  /**
   * Reports one finding for many occurrences of one problem (a convention
   * no operation of the document follows): the first call with a key sets
   * the path, every call counts (its path is one occurrence of the
   * finding's semantic key), and the message is made at the end of the run
   * from the count.
   */
  reportGrouped(key: string, path: JsonPath, message: (count: number) => string, occurrence?: Occurrence): void;
  /** Whether the parser read the document cleanly at `path` (false where a YAML error lies inside it). */
  readCleanly(path: JsonPath): boolean;
}

/** A rule's option defaults, and what each mode changes of them. */
export interface OptionDefaults<O> {
  readonly defaults: O;
  readonly byMode?: Partial<Record<Mode, Partial<O>>>;
}

/** The mode the options ask for (`default` unless `mode: strict`). */
function modeOf(options: unknown): Mode {
  const mode = typeof options === 'object' && options !== null ? (options as { mode?: unknown }).mode : undefined;
  return (MODES as readonly unknown[]).includes(mode) ? (mode as Mode) : 'default';
}

/** The configuration for a rule's options (`undefined`/`null`: none given). */
function buildConfig<O>(options: unknown, { defaults, byMode }: OptionDefaults<O>): RuleConfig<O> {
  const mode = modeOf(options);
  const own: Record<string, unknown> = {};
  if (typeof options === 'object' && options !== null) {
    for (const key of Object.keys(options)) {
      if (Object.prototype.hasOwnProperty.call(defaults, key)) own[key] = (options as Record<string, unknown>)[key];
    }
  }
  const skip = typeof options === 'object' && options !== null ? (options as { skip?: unknown }).skip : undefined;
  return {
    mode,
    matrix: matrixFor(options, mode),
    profiles: profileTableFor(options),
    skip: typeof skip === 'object' && skip !== null && skipsAnything(skip) ? skip : undefined,
    options: { ...defaults, ...(byMode?.[mode] ?? {}), ...own },
  };
}

/** A cache of configurations per options object, for one rule. */
export function configCache<O>(defaults: OptionDefaults<O>): (options: unknown) => RuleConfig<O> {
  const byOptions = new WeakMap<object, RuleConfig<O>>();
  let none: RuleConfig<O> | undefined;
  return (options) => {
    if (typeof options !== 'object' || options === null) return (none ??= buildConfig(undefined, defaults));
    let config = byOptions.get(options);
    if (config === undefined) byOptions.set(options, (config = buildConfig(options, defaults)));
    return config;
  };
}
