import type { YogaLogger } from 'graphql-yoga';

/**
 * The service's log: one JSON object per line, each with `time`, `level` and `event`, and a
 * `requestId` on every line about a request (the same id the response carries in `x-request-id`).
 * info lines go to stdout, warn and error lines to stderr. Query text and variables are never
 * logged.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogLine {
  time: string;
  level: LogLevel;
  event: string;
  requestId?: string;
  message?: string;
  [field: string]: unknown;
}

export type LogWriter = (line: LogLine) => void;

/** A log line stamped with the current time. */
export function logLine(
  level: LogLevel,
  event: string,
  fields: Omit<LogLine, 'time' | 'level' | 'event'> = {},
): LogLine {
  return { time: new Date().toISOString(), level, event, ...fields };
}

/**
 * Writes each line as JSON on stdout (info) or stderr (warn, error). A line that cannot be
 * serialised (a cycle in a field) is written with its message alone rather than lost.
 */
export function jsonLines(
  out: Pick<NodeJS.WritableStream, 'write'> = process.stdout,
  err: Pick<NodeJS.WritableStream, 'write'> = process.stderr,
): LogWriter {
  return (line) => {
    let text: string;
    try {
      text = JSON.stringify(line);
    } catch {
      text = JSON.stringify({ time: line.time, level: line.level, event: line.event, message: line.message });
    }
    (line.level === 'info' ? out : err).write(`${text}\n`);
  };
}

/** An error as a log line holds it: its name, message and stack (logs are for operators, answers are not). */
export function errorFields(error: unknown): { error: { name: string; message: string; stack?: string } } {
  if (error instanceof Error) {
    return {
      error: { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) },
    };
  }
  return { error: { name: typeof error, message: String(error) } };
}

/**
 * Yoga's logger, writing JSON lines like the rest. Debug messages are dropped. `skip` names errors
 * that are logged elsewhere with their request id (the masked ones, src/protections/error-masking.ts),
 * so they are not written twice.
 */
export function yogaLogger(write: LogWriter | null, skip: (error: unknown) => boolean): YogaLogger {
  const at =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      if (!write) return;
      const [first, ...rest] = args;
      if (level === 'error' && skip(first)) return;
      const fields =
        first instanceof Error
          ? { message: first.message, ...errorFields(first) }
          : {
              message: [first, ...rest]
                .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
                .join(' '),
            };
      write(logLine(level, 'yoga', fields));
    };
  return { debug: () => {}, info: at('info'), warn: at('warn'), error: at('error') };
}
