/**
 * A zip archive writer on Node's own zlib: deflate runs natively, several times faster than a
 * JavaScript deflate over the offline copy's thousands of pages. Writes the classic format
 * (no zip64), which every unzip tool reads; it refuses what that format cannot hold.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const LIMIT = 0xffff_ffff;

/** DOS date and time, which zip entries carry; all entries share the build's time. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export function zip(files: { name: string; data: Uint8Array }[], modified = new Date()): Buffer {
  if (files.length > 0xffff) throw new Error(`zip: ${files.length} files is more than the zip format holds without zip64`);
  const stamp = dosDateTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const deflated = deflateRawSync(file.data, { level: 6 });
    // Stored when deflate does not help (fonts, images).
    const method = deflated.length < file.data.length ? 8 : 0;
    const body = method === 8 ? deflated : Buffer.from(file.data);
    const crc = crc32(file.data);
    if (offset > LIMIT || file.data.length > LIMIT) throw new Error(`zip: ${file.name} lies past 4 GiB, which needs zip64`);
    // The local header and the central directory entry share a run of fields, at offsets 6 and 8.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x0800, at); // names are UTF-8
      header.writeUInt16LE(method, at + 2);
      header.writeUInt16LE(stamp.time, at + 4);
      header.writeUInt16LE(stamp.date, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(body.length, at + 12);
      header.writeUInt32LE(file.data.length, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    shared(local, 6);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6); // version needed
    shared(entry, 8);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > LIMIT) throw new Error('zip: the archive passes 4 GiB, which needs zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
