/**
 * Typed errors for bad calls into the graph functions. The schema layer turns these into
 * GraphQL errors with `extensions.code`; anything else is a bug and stays masked.
 */
export type GraphErrorCode = 'BAD_USER_INPUT';

export class GraphError extends Error {
  readonly code: GraphErrorCode;
  /** The argument or bound the error is about, so clients can point at it. */
  readonly argument: string | null;

  constructor(message: string, code: GraphErrorCode, argument: string | null = null) {
    super(message);
    this.name = 'GraphError';
    this.code = code;
    this.argument = argument;
  }
}

/** An argument that no graph could answer: negative page size, a cursor from elsewhere. */
export class InvalidArgumentError extends GraphError {
  constructor(argument: string, message: string) {
    super(message, 'BAD_USER_INPUT', argument);
    this.name = 'InvalidArgumentError';
  }
}
