/** What marks a worker of the command as a validation (cli/fix/validate.ts); apart, so that cli/bin.ts reads it without loading swagger-parser. */
export const VALIDATION_TASK = 'spectral-http-status:validate';

/** Whether a worker's data is a validation task. */
export function isValidationTask(data: unknown): data is { task: string; text: string; source: string } {
  const d = data as { task?: unknown; text?: unknown; source?: unknown } | null;
  return (
    d !== null &&
    typeof d === 'object' &&
    d.task === VALIDATION_TASK &&
    typeof d.text === 'string' &&
    typeof d.source === 'string'
  );
}
