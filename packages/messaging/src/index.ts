export * from './broker.ts';
export * from './envelope.ts';
export * from './inbox-consumer.ts';
export * from './outbox.ts';
export * from './outbox-relay.ts';
export * from './sql.ts';
export * from './topology.ts';
export * from './messaging-runtime.ts';
