import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { fileDescriptorProtos, PROTO_ROOT, splitFileDescriptorSet } from './index.ts';

/** A FileDescriptorProto's `name` (field 1, which buf writes first). */
const nameOf = (file: Buffer) => {
  expect(file[0]).toBe(0x0a);
  return file.subarray(2, 2 + file[1]!).toString('utf8');
};

describe('the descriptor set reflection serves', () => {
  it('holds every proto of protos/ and grpc.health.v1, each file once', () => {
    const protos = readdirSync(PROTO_ROOT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.proto'));
    expect(fileDescriptorProtos().map(nameOf).sort()).toEqual([...protos, 'grpc/health/v1/health.proto'].sort());
  });

  it('refuses anything but a FileDescriptorSet', () => {
    expect(() => splitFileDescriptorSet(Buffer.from([0x12, 0x00]))).toThrow(/unexpected field/);
    expect(() => splitFileDescriptorSet(Buffer.from([0x0a, 0x05, 0x01]))).toThrow(/truncated/);
    expect(splitFileDescriptorSet(Buffer.from([0x0a, 0x01, 0x07, 0x0a, 0x00]))).toEqual([Buffer.from([0x07]), Buffer.alloc(0)]);
  });
});
