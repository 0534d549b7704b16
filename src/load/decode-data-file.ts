import type { DataProblem } from './errors.js';

const MIB = 1024 * 1024;

/**
 * Decodes a data file as UTF-8, refusing it when it is over `maxFileBytes` or not valid UTF-8
 * (a silently substituted � would make quotes fail for no visible reason).
 */
export function decodeDataFile(
  path: string,
  bytes: Uint8Array,
  maxFileBytes: number,
): { text: string; problem: null } | { text: null; problem: DataProblem } {
  if (bytes.byteLength > maxFileBytes) {
    return { text: null, problem: fileTooLargeProblem(path, bytes.byteLength, maxFileBytes) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problem: null };
  } catch {
    // Decoding again leniently shows where the first bad byte is (the first U+FFFD).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const badAt = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(badAt, 0)).split('\n').length;
    return {
      text: null,
      problem: {
        file: path,
        key: null,
        field: null,
        message: `is not valid UTF-8 (first bad byte on line ${line}); save it as UTF-8`,
      },
    };
  }
}

/** The problem for a file over the size cap, with both sizes so the curator sees by how much. */
export function fileTooLargeProblem(path: string, size: number, maxFileBytes: number): DataProblem {
  return {
    file: path,
    key: null,
    field: null,
    message: `file is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit; split it into smaller files`,
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${bytes} bytes (${(bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 2)} MiB)`;
  return `${bytes} bytes`;
}
