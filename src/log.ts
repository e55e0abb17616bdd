// Where the pipeline talks to a person: the Action maps this onto @actions/core (log groups,
// annotations), the CLI onto stderr.

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group of log lines. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
