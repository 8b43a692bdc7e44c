import { readFileSync } from 'node:fs';

/**
 * The protos compiled by buf (scripts/gen-protos), plus grpc.health.v1: complete file descriptors,
 * imports included and type names fully qualified, which is what reflection clients need to resolve
 * a method's messages. (proto-loader's own descriptors have neither.)
 */
export const DESCRIPTOR_SET_URL = new URL('./gen/descriptor-set.binpb', import.meta.url);

let files: Buffer[] | null = null;

/** Each FileDescriptorProto of the set, still encoded, in dependency order. */
export function fileDescriptorProtos(): Buffer[] {
  files ??= splitFileDescriptorSet(readFileSync(DESCRIPTOR_SET_URL));
  return files;
}

/** A FileDescriptorSet is `repeated FileDescriptorProto file = 1`: tag 0x0a, a varint length, the bytes. */
export function splitFileDescriptorSet(set: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  while (at < set.length) {
    if (set[at++] !== 0x0a) throw new Error(`descriptor set: unexpected field at byte ${at - 1}`);
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = set[at++];
      if (byte === undefined || shift > 28) throw new Error('descriptor set: bad length');
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    if (at + length > set.length) throw new Error('descriptor set: truncated');
    out.push(set.subarray(at, at + length));
    at += length;
  }
  return out;
}
