import pino, { type Logger } from "pino";

export type { Logger };

/** Structured JSON logs on stdout; one logger for the process, children per concern. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "activism-graph" }, timestamp: pino.stdTimeFunctions.isoTime });
}
