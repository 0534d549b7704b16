/**
 * Typed errors for bad calls into the graph functions. The schema layer turns these into
 * GraphQL errors with `extensions.code`; anything else is a bug and stays masked.
 */
export type GraphErrorCode = 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED';

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

/**
 * A search that would take more work than one request may spend (a path search visiting too
 * much of the graph). Names the bound, so the client knows which argument to tighten.
 */
export class LimitExceededError extends GraphError {
  constructor(argument: string, message: string) {
    super(message, 'LIMIT_EXCEEDED', argument);
    this.name = 'LimitExceededError';
  }
}
