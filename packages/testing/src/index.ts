export * from './broker-control.ts';
export * from './infrastructure.ts';
export * from './service-tokens.ts';
export * from './trace-capture.ts';
export * from './weeks.ts';
export * from './eventually-passes.ts';
export * from './free-ports.ts';
export * from './code-of.ts';
