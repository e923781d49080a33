import LeaklineUI
import Testing

@Suite struct KeyTests {
  @Test(arguments: [
    (Key.character("j"), "j"), (.character(" "), "Space"), (.character("é"), "é"),
    (.up, "↑"), (.down, "↓"), (.left, "←"), (.right, "→"), (.pageUp, "PgUp"),
    (.pageDown, "PgDn"), (.home, "Home"), (.end, "End"), (.enter, "Enter"), (.escape, "Esc"),
    (.backspace, "Backspace"), (.delete, "Del"), (.tab, "Tab"), (.backTab, "Shift-Tab"),
    (.control("c"), "Ctrl-C"), (.function(1), "F1"),
  ])
  func descriptionNamesTheKeyForHelp(_ key: Key, _ name: String) {
    #expect(key.description == name)
  }
}
