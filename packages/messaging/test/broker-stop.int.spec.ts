import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@ziba/service-kit';
import { infrastructure } from '@ziba/testing';
import amqp, { type ChannelModel } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Broker } from '../src/index.ts';

// A process stopping while its broker connection is being (re)made must not keep the connection
// that arrives after close(): it held a stopping service alive, consumers running on a closed database.
const exchange = `stop-${randomUUID().slice(0, 8)}.events`;
let amqpUrl: string;
let admin: ChannelModel;

beforeAll(async () => {
  ({ amqpUrl } = await infrastructure());
  admin = await amqp.connect(amqpUrl);
});
afterAll(async () => {
  const ch = await admin.createChannel();
  await ch.deleteExchange(exchange).catch(() => undefined);
  await admin.close();
});

/** The broker's connections that RabbitMQ still has open, found by the name each one gives itself. */
async function openConnections(name: string): Promise<number> {
  const { execFile } = await import('node:child_process');
  const out = await new Promise<string>((resolve, reject) =>
    // /usr/sbin may be missing from a CI job's PATH.
    execFile(existsSync('/usr/sbin/rabbitmqctl') ? '/usr/sbin/rabbitmqctl' : 'rabbitmqctl', ['-q', 'list_connections', 'client_properties'], (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    ),
  );
  return out.split('\n').filter((line) => line.includes(name)).length;
}

describe('stopping the broker', () => {
  it('while it connects: the connection made after close() is closed, and no setup hook runs', async () => {
    const name = `stop-test-${randomUUID().slice(0, 8)}`;
    const broker = new Broker(amqpUrl, createLogger(name, 'silent'), exchange);
    let setUps = 0;
    await broker.onConnect(async () => void setUps++);
    const connecting = broker.start();
    await broker.close();
    await connecting;
    expect(broker.connected).toBe(false);
    expect(setUps).toBe(0);
    expect(await openConnections(name)).toBe(0);
  });

  it('after it connected: close() ends the connection', async () => {
    const name = `stop-test-${randomUUID().slice(0, 8)}`;
    const broker = new Broker(amqpUrl, createLogger(name, 'silent'), exchange);
    await broker.start();
    expect(broker.connected).toBe(true);
    expect(await openConnections(name)).toBe(1);
    await broker.close();
    expect(broker.connected).toBe(false);
    expect(await openConnections(name)).toBe(0);
  });
});
