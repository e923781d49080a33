/// A slot per distinct actor id, found without hashing a `String` for every event: ids
/// are numbered by their bytes (`StringNumbering`), and ids equal as strings though
/// spelled with other bytes share one slot, as they would as dictionary keys.
struct ActorSlots {
  private var numbering = StringNumbering(capacity: 4096)
  private var slotOfNumber: [Int] = []
  private var slotOf: [String: Int] = [:]
  /// The ids in slot order.
  private(set) var keys: [String] = []

  /// The slot of `id`, and whether the slot is new.
  mutating func slot(_ id: String) -> (slot: Int, isNew: Bool) {
    let (n, isNewNumber) = numbering.number(id)
    guard isNewNumber else { return (slotOfNumber[Int(n)], false) }
    if let same = slotOf[id] {
      slotOfNumber.append(same)
      return (same, false)
    }
    slotOf[id] = keys.count
    slotOfNumber.append(keys.count)
    keys.append(id)
    return (keys.count - 1, true)
  }

  /// The slot of an id already seen.
  func existingSlot(_ id: String) -> Int? { slotOf[id] }
}
