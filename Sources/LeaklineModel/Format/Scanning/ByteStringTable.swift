import Foundation

/// Strings already read, found again by their bytes in the file without making a
/// `String`: the ids of sources and entities (so an event's `actors` and `sources` are
/// checked and shared in one probe), and the few words that repeat across a million
/// events (kinds, tags, places).
///
/// A probe touches one slot, which holds the hash, the first 16 bytes of the key and
/// the string, so it costs one cache miss at most; longer keys also compare the rest
/// from a small arena. Open addressing with linear probing; the table doubles at half
/// full.
struct ByteStringTable {
  /// What an id names, for the reference checks.
  enum Kind: UInt8 {
    case word, source, entity, event
  }

  private struct Slot {
    var hash: UInt64 = 0
    var key: ByteKey = ByteKey()
    var value = ""
    /// Where bytes 16 and on of a long key start in ``arena``.
    var rest: Int32 = 0
    /// The key's length; -1 for an empty slot.
    var count: Int32 = -1
    var kind = Kind.word
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0
  /// Bytes 16 and on of long keys.
  private var arena: [UInt8] = []
  /// Past this many entries the table stops taking new words (ids are always taken).
  let wordLimit: Int

  init(capacity: Int = 1024, wordLimit: Int = 1 << 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
    self.wordLimit = wordLimit
  }

  /// The string and kind stored for the `count` bytes at `start` of `base`, if any.
  @inline(__always)
  func find(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int, end: Int, hash: UInt64
  ) -> (value: String, kind: Kind)? {
    let key = ByteKey(base, start, count, end: end)
    var index = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      // Fields are read in place: copying a slot would retain and release its string on
      // every probe, a few million times a load.
      while true {
        let slotCount = slots[index].count
        if slotCount < 0 { return nil }
        if slots[index].hash == hash, slotCount == count, slots[index].key == key,
          count <= 16 || restEqual(base + start + 16, Int(slots[index].rest), count - 16)
        {
          return (slots[index].value, slots[index].kind)
        }
        index = (index + 1) & mask
      }
    }
  }

  private func restEqual(_ p: UnsafePointer<UInt8>, _ offset: Int, _ n: Int) -> Bool {
    arena.withUnsafeBufferPointer { a in
      // swift-format-ignore: NeverForceUnwrap
      // A long key put its tail in the arena, so the arena is not empty.
      bytesEqual(p, a.baseAddress! + offset, n)
    }
  }

  /// Adds an entry (the caller checked it is not there); false when the table is full
  /// of words.
  @discardableResult
  mutating func insert(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int, end: Int, hash: UInt64,
    value: String, kind: Kind
  ) -> Bool {
    if kind == .word, self.count >= wordLimit { return false }
    if (self.count + 1) * 2 > slots.count { grow() }
    var slot = Slot(
      hash: hash, key: ByteKey(base, start, count, end: end), value: value,
      rest: Int32(arena.count), count: Int32(count), kind: kind)
    if count > 16 {
      arena.append(contentsOf: UnsafeBufferPointer(start: base + start + 16, count: count - 16))
    } else {
      slot.rest = 0
    }
    place(slot)
    self.count += 1
    return true
  }

  private mutating func place(_ slot: Slot) {
    var index = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[index].count >= 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.count >= 0 { place(slot) }
  }

  /// A 64-bit hash of `count` bytes, eight at a time.
  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    let raw = UnsafeRawPointer(p)
    var i = 0
    while i + 8 <= count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      i += 8
    }
    if i < count {
      var tail: UInt64 = 0
      for k in i..<count { tail |= UInt64(p[k]) << UInt64(8 * (k - i)) }
      h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
      h ^= h >> 32
    }
    return h
  }
}

/// The first 16 bytes of a key, zero-padded, as two words.
struct ByteKey: Equatable {
  var low: UInt64 = 0
  var high: UInt64 = 0

  init() {}

  /// A hash of a key of `count` (at most 16) bytes, from its two words.
  @inline(__always)
  func hash(count: Int) -> UInt64 {
    var h = (low ^ UInt64(count) << 56) &* 0x9E37_79B9_7F4A_7C15
    h = (h ^ (h >> 31) ^ high) &* 0xBF58_476D_1CE4_E5B9
    return h ^ (h >> 29)
  }

  /// Reads up to 16 bytes of the `count` at `start`, reading past the key (never past
  /// `end`) and masking, so that short keys cost two loads.
  @inline(__always)
  init(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int, end: Int) {
    let n = min(count, 16)
    if start + 16 <= end {
      let raw = UnsafeRawPointer(base + start)
      low = raw.loadUnaligned(as: UInt64.self)
      high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      if n < 8 {
        low &= (1 << UInt64(n * 8)) &- 1
        high = 0
      } else if n < 16 {
        high &= (1 << UInt64((n - 8) * 8)) &- 1
      }
    } else {
      for i in 0..<n {
        if i < 8 {
          low |= UInt64(base[start + i]) << UInt64(8 * i)
        } else {
          high |= UInt64(base[start + i]) << UInt64(8 * (i - 8))
        }
      }
    }
  }
}

/// A set of byte strings of the file (event ids), for the uniqueness check: a hash and
/// an offset per key, 16 bytes a slot, no `String`s. Bytes are compared only when hashes
/// are equal.
struct ByteKeySet {
  private struct Slot {
    var hash: UInt64 = 0
    var start: UInt32 = 0
    /// The key's length + 1; 0 for an empty slot.
    var count: UInt32 = 0
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  /// Makes room for `capacity` keys in all.
  mutating func reserve(_ capacity: Int) {
    while capacity * 2 > slots.count { grow() }
  }

  /// Adds the key (at an offset below 4 GiB); false when it was already there, or may
  /// have been: a key with the same hash before offset `released` (whose bytes may be
  /// gone) counts as the same key, so the caller gives up rather than guess.
  mutating func insert(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ n: Int, hash: UInt64, released: Int = 0
  ) -> Bool {
    if (count + 1) * 2 > slots.count { grow() }
    var index = Int(truncatingIfNeeded: hash) & mask
    let found: Bool = slots.withUnsafeMutableBufferPointer { slots in
      while slots[index].count != 0 {
        let s = slots[index]
        if s.hash == hash, Int(s.count) == n + 1,
          Int(s.start) < released || bytesEqual(base + start, base + Int(s.start), n)
        {
          return true
        }
        index = (index + 1) & mask
      }
      slots[index] = Slot(hash: hash, start: UInt32(start), count: UInt32(n + 1))
      return false
    }
    if found { return false }
    count += 1
    return true
  }

  /// Adds the keys of `other`, whose bytes may be gone; false if any has a hash already
  /// here (then the two may share a key, and the caller gives up rather than guess).
  mutating func merge(_ other: ByteKeySet) -> Bool {
    reserve(count + other.count)
    for slot in other.slots where slot.count != 0 {
      var index = Int(truncatingIfNeeded: slot.hash) & mask
      while slots[index].count != 0 {
        if slots[index].hash == slot.hash { return false }
        index = (index + 1) & mask
      }
      slots[index] = slot
      count += 1
    }
    return true
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.count != 0 {
      var index = Int(truncatingIfNeeded: slot.hash) & mask
      while slots[index].count != 0 { index = (index + 1) & mask }
      slots[index] = slot
    }
  }
}

/// Whether `count` bytes at `a` and `b` are equal; inlined, since the strings compared
/// here are short and a call to `memcmp` costs more than the compare.
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  let ra = UnsafeRawPointer(a)
  let rb = UnsafeRawPointer(b)
  var i = 0
  while i + 8 <= count {
    if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    {
      return false
    }
    i += 8
  }
  while i < count {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
