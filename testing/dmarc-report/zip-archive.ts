import { Buffer } from 'node:buffer';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipMember {
  name: string;
  data: Uint8Array | string;
  /** Written as the member's uncompressed size instead of the true one (a lying archive). */
  declaredSize?: number;
  /** Stored (method 0) instead of deflated. */
  stored?: boolean;
}

/**
 * A zip archive (PKWARE APPNOTE §4.3: local headers, central directory, end record) built here so
 * tests state exactly what an archive holds, sizes that lie included. No zip64, no encryption.
 */
export function zipArchive(members: ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const data = Buffer.from(member.data);
    const body = member.stored ? data : deflateRawSync(data);
    const name = Buffer.from(member.name);
    const fields = {
      method: member.stored ? 0 : 8,
      crc: crc32(data),
      compressed: body.length,
      size: member.declaredSize ?? data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Version needed, flags, method, time, date, CRC, sizes, name length (same layout in both headers). */
function writeCommon(
  header: Buffer,
  at: number,
  fields: { method: number; crc: number; compressed: number; size: number },
  nameLength: number,
): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(0x21, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressed, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}
