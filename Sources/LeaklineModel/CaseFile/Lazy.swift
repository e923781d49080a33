import Synchronization

/// A value computed on first use, once, whichever thread asks first.
final class Lazy<Value: Sendable>: Sendable {
  private let state: Mutex<Value?>
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) {
    state = Mutex(nil)
    self.make = make
  }

  var value: Value {
    state.withLock { value in
      if let value { return value }
      let made = make()
      value = made
      return made
    }
  }
}
