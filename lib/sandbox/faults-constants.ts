/** The emulated endpoints, each with its own fault. Shared by the control page's form. */
export const SANDBOX_ENDPOINTS = ['enovfacture', 'enovipn', 'lovat', 'sms'] as const;
export type SandboxEndpoint = (typeof SANDBOX_ENDPOINTS)[number];

/**
 * - code: Enov answers this code (HTTP 200); LOVAT answers this HTTP status.
 * - http500: an HTML error page with HTTP 500.
 * - drop: the connection closes before any answer, the request unprocessed.
 * - drop-after: the request is processed, then the connection closes: the caller cannot know.
 * - hang: no answer until `hangMs` (default 2 minutes) or the caller gives up.
 * - malformed: the request is processed, and its answer's JSON body arrives truncated.
 */
export const FAILURES = ['code', 'http500', 'drop', 'drop-after', 'hang', 'malformed'] as const;
export type Failure = (typeof FAILURES)[number];
