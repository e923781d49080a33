/// Counting over the search engine's columns: one pass over the list's bits, adding to
/// an array indexed by the column's small integers, so a facet over a million events
/// costs a few milliseconds and no strings.
extension EventColumns {
  /// For each value of `lists`, the events of `within` listing it (each event once).
  func counts(_ lists: ValueLists, valueCount: Int, within: Bitset) -> [Int] {
    var counts = [Int](repeating: 0, count: valueCount)
    lists.starts.withUnsafeBufferPointer { s in
      lists.values.withUnsafeBufferPointer { v in
        counts.withUnsafeMutableBufferPointer { c in
          // swift-format-ignore: ReplaceForEachWithForLoop
          within.forEach { e in
            let lo = Int(s[e])
            let hi = Int(s[e + 1])
            for k in lo..<hi {
              var seen = false
              for j in lo..<k where v[j] == v[k] {
                seen = true
                break
              }
              if !seen { c[Int(v[k])] += 1 }
            }
            return true
          }
        }
      }
    }
    return counts
  }

  /// For each value of a one-byte column (scope, status), the events of `within` having it.
  func counts(_ column: [UInt8], valueCount: Int, within: Bitset) -> [Int] {
    var counts = [Int](repeating: 0, count: 256)
    column.withUnsafeBufferPointer { col in
      counts.withUnsafeMutableBufferPointer { c in
        // swift-format-ignore: ReplaceForEachWithForLoop
        within.forEach { e in
          c[Int(col[e])] += 1
          return true
        }
      }
    }
    return Array(counts.prefix(valueCount))
  }

  /// For each kind number, the events of `within` having it.
  func kindCounts(within: Bitset) -> [Int] {
    let k = kinds.value
    var counts = [Int](repeating: 0, count: k.values.count)
    k.of.withUnsafeBufferPointer { of in
      counts.withUnsafeMutableBufferPointer { c in
        // swift-format-ignore: ReplaceForEachWithForLoop
        within.forEach { e in
          c[Int(of[e])] += 1
          return true
        }
      }
    }
    return counts
  }

  /// For each year, the events of `within` touching it (a 2008–2012 event counts in
  /// each of its five years, as `year:2010` finds it), and the undated events.
  func yearCounts(within: Bitset) -> (years: [Int: Int], undated: Int) {
    let d = dates.value
    var base = Int(Int16.max)
    var top = Int(Int16.min)
    var undated = 0
    // swift-format-ignore: ReplaceForEachWithForLoop
    within.forEach { e in
      if d.firstYear[e] > d.lastYear[e] {
        undated += 1
      } else {
        base = min(base, Int(d.firstYear[e]))
        top = max(top, Int(d.lastYear[e]))
      }
      return true
    }
    guard base <= top else { return ([:], undated) }
    var counts = [Int](repeating: 0, count: top - base + 1)
    d.firstYear.withUnsafeBufferPointer { first in
      d.lastYear.withUnsafeBufferPointer { last in
        counts.withUnsafeMutableBufferPointer { c in
          // swift-format-ignore: ReplaceForEachWithForLoop
          within.forEach { e in
            if first[e] <= last[e] {
              for y in Int(first[e])...Int(last[e]) { c[y - base] += 1 }
            }
            return true
          }
        }
      }
    }
    var years: [Int: Int] = [:]
    for (i, n) in counts.enumerated() where n > 0 { years[base + i] = n }
    return (years, undated)
  }
}
