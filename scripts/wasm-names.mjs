// The names a wasm module and its JavaScript glue share: the module's imports (each a module
// name and a field name) and its exports. wasm-bindgen names them after the Rust or Web API
// item plus a 16-digit hash (`__wbg_getElementById_7ee213db584f37b0`), and each name is sent
// twice, once in the wasm and once in the glue; hex digits hardly compress. `shortNames` gives
// each name a short identifier instead; `renameWasm` writes a module with its names replaced.

/** Short JavaScript identifiers, in order: a..z, A..Z, then two characters, and so on. */
export function shortNames(count) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789_$`;
  const names = [];
  for (let i = 0; names.length < count; i++) {
    let n = i;
    let name = first[n % first.length];
    n = Math.floor(n / first.length);
    while (n > 0) {
      n -= 1;
      name += rest[n % rest.length];
      n = Math.floor(n / rest.length);
    }
    names.push(name);
  }
  return names;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Reads wasm's binary form one value at a time. */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    if (this.at >= this.bytes.length) throw new Error('wasm ends in the middle of a value');
    return this.bytes[this.at++];
  }
  u32() {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
    throw new Error('LEB128 value longer than 5 bytes');
  }
  name() {
    const length = this.u32();
    const start = this.at;
    this.at += length;
    return decoder.decode(this.bytes.subarray(start, this.at));
  }
  /** The bytes from `start` to where the reader is now. */
  since(start) {
    return this.bytes.subarray(start, this.at);
  }
}

function u32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Uint8Array.from(out);
}

function name(text) {
  const bytes = encoder.encode(text);
  return [u32(bytes.length), bytes];
}

/** Skips an import's description (what it imports) and returns its bytes, unchanged. */
function importDescription(reader) {
  const start = reader.at;
  const kind = reader.byte();
  const limits = () => {
    const flags = reader.byte();
    reader.u32();
    if (flags & 1) reader.u32();
  };
  if (kind === 0) reader.u32(); // function: its type
  else if (kind === 1) {
    const type = reader.byte(); // table: element type, then limits
    if (type === 0x63 || type === 0x64) reader.u32(); // a typed reference (ref (null) ht)
    limits();
  } else if (kind === 2) limits(); // memory
  else if (kind === 3) {
    reader.byte(); // global: value type and mutability
    reader.byte();
  } else if (kind === 4) {
    reader.byte(); // tag: attribute and type
    reader.u32();
  } else throw new Error(`unknown import kind ${kind}`);
  return reader.since(start);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The module with its import and export names replaced: `renameImport(module, field)` gives
 * `[module, field]` for each import, `renameExport(name)` the name of each export. Every
 * other byte is kept as it is.
 */
export function renameWasm(bytes, renameImport, renameExport) {
  const reader = new Reader(bytes, 8);
  const parts = [bytes.subarray(0, 8)];
  while (reader.at < bytes.length) {
    const start = reader.at;
    const id = reader.byte();
    const size = reader.u32();
    const end = reader.at + size;
    if (id !== 2 && id !== 7) {
      reader.at = end;
      parts.push(bytes.subarray(start, end));
      continue;
    }
    const count = reader.u32();
    const body = [u32(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        const [module, field] = renameImport(reader.name(), reader.name());
        body.push(...name(module), ...name(field), importDescription(reader));
      } else {
        const renamed = renameExport(reader.name());
        const at = reader.at;
        reader.byte();
        reader.u32();
        body.push(...name(renamed), reader.since(at));
      }
    }
    if (reader.at !== end) throw new Error(`section ${id} is not the size it says`);
    const content = concat(body);
    parts.push(Uint8Array.of(id), u32(content.length), content);
  }
  return concat(parts);
}
