import type { Plugin } from 'graphql-yoga';

/**
 * Notes a resolver leaves for the response's `extensions`, for what a field's type cannot carry:
 * `shortestPath` answers null when there is no path, and a null has no field to say why, so
 * the reason goes to `extensions.noPath`, keyed by the field's response path.
 */
const notesByContext = new WeakMap<object, Record<string, Record<string, unknown>>>();

export function addResponseNote(context: object, section: string, path: string, note: unknown): void {
  let notes = notesByContext.get(context);
  if (!notes) {
    notes = {};
    notesByContext.set(context, notes);
  }
  notes[section] ??= {};
  (notes[section] as Record<string, unknown>)[path] = note;
}

/** Adds the notes left during execution to the result's `extensions`. */
export function responseNotesPlugin(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const notes = notesByContext.get(args.contextValue as object);
          if (!notes || Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, ...notes } });
        },
      };
    },
  };
}
