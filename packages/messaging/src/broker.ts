import amqp, { type Channel, type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { Logger } from '@ziba/service-kit';
import { DEAD_LETTER_EXCHANGE, EVENTS_EXCHANGE } from './topology.ts';

export type SetupHook = (connection: ChannelModel) => Promise<void>;
/** Sets up a kept channel (its topology, prefetch, consumer); runs on every channel the broker opens for it. */
export type ChannelSetup = (channel: Channel) => Promise<void>;

/**
 * One AMQP connection per process that comes back by itself: amqplib does not reconnect, so on
 * close this reconnects with backoff and re-runs every setup hook (topology, consumers), and the
 * publisher's confirm channel is re-created.
 *
 * A channel also closes on its own while the connection stays up: the broker closes it on a channel
 * error (a publish to an exchange that no longer exists, an ack of an unknown delivery), and a
 * consumer whose queue was deleted closes its channel to start again. The confirm channel and every
 * kept channel (`keepChannel`) are then re-created on the same connection, with backoff, from
 * amqplib's own `close` event; without that they would stay closed until the next reconnect.
 */
export class Broker {
  private connection: ChannelModel | null = null;
  private confirm: ConfirmChannel | null = null;
  private readonly hooks: SetupHook[] = [];
  private stopped = false;
  private connecting: Promise<void> | null = null;
  private readonly url: string;
  private readonly logger: Logger;
  /** This stack's domain-event exchange: stacks sharing a broker each have their own (EVENTS_EXCHANGE). */
  readonly eventsExchange: string;

  constructor(url: string, logger: Logger, eventsExchange = EVENTS_EXCHANGE) {
    this.url = url;
    this.logger = logger;
    this.eventsExchange = eventsExchange;
  }

  get connected(): boolean {
    return this.confirm !== null;
  }

  /** Registers work to redo on every (re)connection; runs it now when already connected. */
  async onConnect(hook: SetupHook): Promise<void> {
    this.hooks.push(hook);
    if (this.connection) await hook(this.connection);
  }

  /**
   * A channel kept open: opened with `setup` on every (re)connection, and opened again with `setup`
   * whenever it closes on its own while the connection lives. Runs now when already connected.
   */
  async keepChannel(setup: ChannelSetup): Promise<void> {
    await this.onConnect((connection) => this.openKept(connection, setup));
  }

  /** Connects, retrying until it succeeds or the broker is stopped. */
  start(): Promise<void> {
    this.connecting ??= this.connectLoop().finally(() => (this.connecting = null));
    return this.connecting;
  }

  /**
   * Publishes persistently and resolves only when the broker confirmed it (or rejects). Messages
   * published on the one confirm channel reach a queue in the order they were published.
   */
  async publish(
    routingKey: string,
    body: Buffer,
    options: { messageId: string; headers?: Record<string, string>; type?: string; exchange?: string; CC?: string[] },
  ): Promise<void> {
    const channel = this.confirm;
    if (!channel) throw new Error('broker not connected');
    const { exchange = this.eventsExchange, ...properties } = options;
    await new Promise<void>((resolve, reject) => {
      channel.publish(exchange, routingKey, body, { persistent: true, mandatory: true, contentType: 'application/json', ...properties }, (err) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
      );
    });
  }

  async close(): Promise<void> {
    this.stopped = true;
    const c = this.connection;
    this.connection = null;
    this.confirm = null;
    await c?.close().catch(() => undefined);
  }

  private async connectLoop(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.connectOnce();
        return;
      } catch (err) {
        const delay = Math.min(200 * 2 ** attempt, 5_000);
        this.logger.warn({ err: (err as Error).message, delay }, 'broker connection failed; retrying');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private async connectOnce(): Promise<void> {
    // The socket timeout bounds a handshake lost on a dead network; without it a reconnect can hang.
    const connection = await amqp.connect(withHeartbeat(this.url), { timeout: 10_000, clientProperties: { connection_name: this.logger.bindings().service } });
    // close() ran during the handshake and could not see this connection: keeping it would hold a
    // stopping process open (and run consumers against a closed database).
    if (this.stopped) return void (await connection.close().catch(() => undefined));
    connection.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'broker connection error'));
    connection.on('close', () => {
      this.connection = null;
      this.confirm = null;
      if (!this.stopped) {
        this.logger.warn('broker connection closed; reconnecting');
        void this.start();
      }
    });
    try {
      await this.setUp(connection);
    } catch (err) {
      await connection.close().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      // Stopped while setting up: close() may have cleared the fields before setUp filled them.
      [this.connection, this.confirm] = [null, null];
      return void (await connection.close().catch(() => undefined));
    }
    this.logger.info('broker connected');
  }

  private async setUp(connection: ChannelModel): Promise<void> {
    const setup = await connection.createChannel();
    await declareExchanges(setup, this.eventsExchange);
    await setup.close();
    const confirm = await this.openConfirm(connection);
    // Stopped meanwhile: no consumer may start (connectOnce closes the connection).
    if (this.stopped) return;
    this.connection = connection;
    for (const hook of this.hooks) await hook(connection);
    this.confirm = confirm;
    this.keepConfirm(connection, confirm);
  }

  private async openConfirm(connection: ChannelModel): Promise<ConfirmChannel> {
    const confirm = await connection.createConfirmChannel();
    confirm.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'publisher channel error'));
    // An unroutable message comes back and is logged. The broker still confirms it, so its outbox rows
    // go: no queue was bound to want it (on a deployed stack the audit queue binds every type).
    confirm.on('return', (msg: amqp.Message) => this.logger.debug({ routingKey: msg.fields.routingKey }, 'event had no queue bound'));
    return confirm;
  }

  /** When the publisher's channel closes on its own, publishing pauses (not connected) until a new one is open. */
  private keepConfirm(connection: ChannelModel, confirm: ConfirmChannel): void {
    confirm.once('close', () => {
      if (this.confirm === confirm) this.confirm = null;
      this.reopen(connection, 'publisher channel', async () => {
        // The exchanges again first: the channel may have closed because one of them was deleted.
        const setup = await connection.createChannel();
        await declareExchanges(setup, this.eventsExchange);
        await setup.close();
        const next = await this.openConfirm(connection);
        this.confirm = next;
        this.keepConfirm(connection, next);
      });
    });
  }

  private async openKept(connection: ChannelModel, setup: ChannelSetup): Promise<void> {
    const channel = await connection.createChannel();
    channel.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'channel error'));
    try {
      await setup(channel);
    } catch (err) {
      await channel.close().catch(() => undefined);
      throw err;
    }
    // Only once set up: a channel that fails its setup is retried by whoever opened it.
    channel.once('close', () => this.reopen(connection, 'channel', () => this.openKept(connection, setup)));
  }

  /**
   * Opens a channel again after it closed, on the connection it belonged to, with backoff, for as long
   * as that connection is the live one; once it is not (closed, or the broker stopped) the reconnect
   * re-creates everything instead.
   */
  private reopen(connection: ChannelModel, what: string, open: () => Promise<void>): void {
    const live = () => !this.stopped && this.connection === connection;
    void (async () => {
      for (let attempt = 0; ; attempt++) {
        // A channel closes with its connection too: give the connection's own close a moment to be seen.
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 5_000)));
        if (!live()) return;
        try {
          await open();
          this.logger.info({ attempt }, `${what} closed on its own; opened again`);
          return;
        } catch (err) {
          if (!live()) return;
          this.logger.warn({ err: (err as Error).message }, `${what} could not be opened again; retrying`);
        }
      }
    })();
  }
}

async function declareExchanges(channel: Channel, eventsExchange: string): Promise<void> {
  await channel.assertExchange(eventsExchange, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });
}

/** Heartbeats detect a dead broker in seconds; amqplib reads them only from the URL. */
function withHeartbeat(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('heartbeat')) u.searchParams.set('heartbeat', '10');
  return u.toString();
}
