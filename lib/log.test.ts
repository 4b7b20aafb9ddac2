import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runWork } from '@/lib/telemetry/context';
import { createLogger, logTo } from './log';

function capture(level: Parameters<typeof createLogger>[0] = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(level, stream) };
}

describe('the logger', () => {
  it('writes one JSON line per event, with its level, time and fields', () => {
    const { lines, logger } = capture();
    logger.info({ amount: 25_000 }, 'payment.captured');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', event: 'payment.captured', amount: 25_000 });
    expect(new Date(String(lines[0]!.time)).getTime()).not.toBeNaN();
  });

  it('masks secrets and card data by name at any usual depth, keeps empty ones visible', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        password: 'hunter2',
        empty: { password: '' },
        request: { headers: { authorization: 'Bearer abc', cookie: 'a=1' } },
        card: { cardNumber: '4242424242424242', cvc: '123', pan: '4000000000000002' },
        login: 'demo-psp',
      },
      'x',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ['hunter2', 'Bearer abc', 'a=1', '4242424242424242', '123', '4000000'])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ empty: { password: '' }, login: 'demo-psp' });
  });

  it('honours the level: below it nothing is written', () => {
    const { lines, logger } = capture('warn');
    logger.info({}, 'quiet');
    logger.debug({}, 'quieter');
    logger.warn({}, 'heard');
    expect(lines.map((l) => l.event)).toEqual(['heard']);
    const silent = capture('silent');
    silent.logger.error({}, 'nothing');
    expect(silent.lines).toEqual([]);
  });

  it('carries the trace id and payment reference of the work it is written in', () => {
    const { lines, logger } = capture();
    runWork({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), reference: 'PAY-ABC' }, () =>
      logger.info({}, 'inside'),
    );
    logger.info({}, 'outside');
    expect(lines[0]).toMatchObject({
      trace_id: 'a'.repeat(32),
      span_id: 'b'.repeat(16),
      payment_reference: 'PAY-ABC',
    });
    expect(lines[1]).not.toHaveProperty('trace_id');
  });
});

describe('log (the API callers use)', () => {
  it('keeps log.info(event, fields), with redact()’s rules before pino’s paths', () => {
    const { lines, logger } = capture('info');
    const log = logTo(() => logger);
    log.info('upstream.unreachable', {
      message: 'POST http://h/api/1/send/tok-123 failed',
      accessToken: 'tk',
      ENOV_PASSWORD: 'pw',
    });
    log.debug('below.the.level', {});
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'upstream.unreachable',
        message: 'POST http://h/api/1/send/*** failed',
        accessToken: '***',
        ENOV_PASSWORD: '***',
      }),
    ]);
  });
});
