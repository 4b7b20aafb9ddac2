import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/open';
import { ENOV_MESSAGES, type EnovCode } from '@/lib/enov/codes';
import { log } from '@/lib/log';
import { redact, REDACTED, redactUrl } from '@/lib/redact';
import { faultFor, rollFailure, type Fault } from './faults';
import type { SandboxEndpoint } from './faults-constants';
import { SANDBOX_CINETPAY } from './cinetpay/credentials';
import { apiResponseId, CINETPAY_MESSAGES, errorStatus, type CinetpayCode } from './cinetpay/codes';
import { recordRequest, type Upstream } from './journal';

/**
 * The emulated endpoints' common plumbing: off → 404, wrong method → 405, injected latency and
 * failures, and a journal entry for every request with its (redacted) answer.
 */

export interface EndpointAnswer {
  status: number;
  body: unknown;
  note?: string;
}

export interface EndpointRequest {
  db: Db;
  request: Request;
  raw: string;
  url: URL;
}

interface EndpointSpec {
  upstream: Upstream;
  endpoint: SandboxEndpoint;
  handle: (req: EndpointRequest) => Promise<EndpointAnswer>;
  /**
   * A request the upstream has already done and would answer the same whatever the fault (an
   * identical repeat of an applied notice): a forced code does not apply to it. An injected
   * refusal models an upstream refusing something new, not one forgetting what it recorded.
   */
  alreadyDone?: (req: EndpointRequest) => Promise<boolean>;
}

export function sandboxDisabled(): Response | undefined {
  return getConfig().sandbox ? undefined : new Response('Not Found', { status: 404 });
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>';

const TRUNCATED: Record<SandboxEndpoint, string> = {
  enovfacture: '[{"reference":"FAC-2026-0001","dateFacture":"05/0',
  enovipn: '{"code":"00","message":"Paiement eff',
  lovat: '{"message":"Request Pro',
  sms: '{"id":',
  cinetpay_init: '{"code":"201","message":"CREATED","description":"Transaction cre',
  cinetpay_check: '{"code":"00","message":"SUCCES","data":{"amount":"1',
  // Not an answer: the twin sends notifications, it does not receive them.
  cinetpay_notify: '',
};

function forcedCode(endpoint: SandboxEndpoint, code: string): EndpointAnswer {
  if (endpoint === 'cinetpay_init' || endpoint === 'cinetpay_check') {
    const message = CINETPAY_MESSAGES[code as CinetpayCode] ?? 'ERROR';
    const body = { code, message, description: message, api_response_id: apiResponseId() };
    return { status: errorStatus(code), body };
  }
  if (endpoint === 'enovfacture' || endpoint === 'enovipn') {
    return { status: 200, body: { code, message: ENOV_MESSAGES[code as EnovCode] ?? 'Erreur' } };
  }
  const status = Number(code);
  const body =
    status === 400
      ? { error: 'Problem with data' }
      : status === 401
        ? { error: 'Token is invalid.' }
        : { error: 'Error' };
  return { status, body };
}

/** A response whose body fails at once: the client sees the connection end with no answer. */
function droppedConnection(): Response {
  return new Response(
    new ReadableStream({
      start(controller) {
        controller.error(new Error('connection dropped by the sandbox'));
      },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );
}

function requestView(
  spec: EndpointSpec,
  method: string,
  url: URL,
  raw: string,
  contentType: string,
) {
  let body: unknown = raw;
  if (contentType.includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
  } else if (contentType.includes('form-urlencoded')) {
    body = Object.fromEntries(new URLSearchParams(raw));
  }
  // LOVAT's and the SMS gateway's token travel as the path's last segment.
  const secrets =
    spec.upstream === 'lovat' || spec.upstream === 'sms'
      ? [url.pathname.split('/').pop() ?? '']
      : [];
  const mask = spec.upstream === 'cinetpay' ? maskKnownSecrets : (b: unknown) => b;
  return {
    path: redactUrl(url.pathname + url.search, secrets),
    request: {
      contentType: contentType || null,
      body: mask(typeof body === 'string' ? redactText(body) : maskApikey(redact(body))),
    },
  };
}

// A body that is not valid JSON still must not leak credentials into the journal.
function redactText(text: string): string {
  return text.replace(/("?(password|appkey|apikey|secret_key)"?\s*[:=]\s*"?)[^"&,}\s]*/gi, '$1***');
}

// The twin's own credentials wherever they appear: a JSON body sent as a form turns into one
// long field name, which no key-based masking sees.
function maskKnownSecrets(body: unknown): unknown {
  const text = JSON.stringify(body);
  const secrets = [SANDBOX_CINETPAY.apikey, SANDBOX_CINETPAY.secretKey];
  if (text === undefined || !secrets.some((secret) => text.includes(secret))) return body;
  return JSON.parse(secrets.reduce((t, secret) => t.split(secret).join(REDACTED), text));
}

// CinetPay's credential is `apikey`, a spelling lib/redact.ts does not know (it masks `appkey`).
function maskApikey(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const { apikey } = body as { apikey?: unknown };
  return apikey === undefined || apikey === null || apikey === ''
    ? body
    : { ...body, apikey: REDACTED };
}

export function sandboxEndpoint(spec: EndpointSpec) {
  const handler = async (request: Request): Promise<Response> => {
    const disabled = sandboxDisabled();
    if (disabled) return disabled;
    const db = getDb();
    const url = new URL(request.url);
    const raw = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const contentType = request.headers.get('content-type') ?? '';
    const view = requestView(spec, request.method, url, raw, contentType);
    const journal = (answer: EndpointAnswer, fault?: string) =>
      recordRequest(db, {
        upstream: spec.upstream,
        endpoint: spec.endpoint,
        method: request.method,
        ...view,
        response: { status: answer.status, body: answer.body },
        fault,
        note: answer.note,
      }).catch((error) => log.error('sandbox.journal_failed', { error: String(error) }));

    if (request.method !== 'POST') {
      const answer = { status: 405, body: { error: 'Method Not Allowed' } };
      await journal(answer);
      return Response.json(answer.body, { status: 405, headers: { allow: 'POST' } });
    }
    const fault = await faultFor(db, spec.endpoint);
    if (fault?.latencyMs)
      await sleep(fault.latencyMs, undefined, { signal: request.signal }).catch(() => {});
    return respond(spec, { db, request, raw, url }, fault, journal);
  };
  return { POST: handler, GET: handler, PUT: handler, PATCH: handler, DELETE: handler };
}

async function respond(
  spec: EndpointSpec,
  req: EndpointRequest,
  fault: Fault | undefined,
  journal: (answer: EndpointAnswer, fault?: string) => Promise<unknown>,
): Promise<Response> {
  const failure = rollFailure(fault);
  switch (failure) {
    case 'drop':
      await journal({ status: 0, body: null }, failure);
      return droppedConnection();
    case 'hang': {
      // Journaled on arrival: the caller has usually given up before the hang ends.
      await journal({ status: 0, body: null }, failure);
      await sleep(fault?.hangMs ?? 120_000, undefined, { signal: req.request.signal }).catch(
        () => {},
      );
      return new Response('Gateway Timeout', { status: 504 });
    }
    case 'http500':
      await journal({ status: 500, body: HTML_500 }, failure);
      return new Response(HTML_500, { status: 500, headers: { 'content-type': 'text/html' } });
    case 'malformed': {
      // A server that sends a status has done the work: the request is processed, and only
      // the body of its answer arrives cut short.
      const answer = await spec.handle(req);
      await journal({ status: answer.status, body: TRUNCATED[spec.endpoint] }, failure);
      return new Response(TRUNCATED[spec.endpoint], {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    }
    case 'code': {
      if (await spec.alreadyDone?.(req)) {
        const answer = await spec.handle(req);
        await journal({ ...answer, note: 'a repeat of what was done: the fault does not apply' });
        return Response.json(answer.body, { status: answer.status });
      }
      const answer = forcedCode(spec.endpoint, fault!.code!);
      await journal(answer, failure);
      return Response.json(answer.body, { status: answer.status });
    }
    default: {
      const answer = await spec.handle(req);
      await journal(answer, failure);
      if (failure === 'drop-after') return droppedConnection();
      return Response.json(answer.body, { status: answer.status });
    }
  }
}
