/// People and units as nodes and their typed relations as edges: what the graph exports
/// draw. Sorted by id so that an edit to the case file changes only its own lines.
public struct CaseGraph: Hashable, Sendable {
  public struct Node: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: Entity.Kind
  }

  public struct Edge: Hashable, Sendable {
    public var from: String
    public var to: String
    public var type: String
    /// The sources as readers know them: "[3]" for an article reference, else the id.
    public var sources: [String]
  }

  /// Nodes by id.
  public var nodes: [Node]
  /// Edges by source node, target node, type.
  public var edges: [Edge]

  /// Every entity and relation of `file` whose ends are both in it.
  public init(_ file: CaseFile) {
    self.init(entities: file.entities, sources: file.sources)
  }

  /// The entities within `depth` relation steps of `center` (either direction), and the
  /// relations among them.
  public init(around center: Entity, depth: Int, in file: CaseFile) {
    var neighbours: [String: Set<String>] = [:]
    for e in file.entities {
      for r in e.relations {
        neighbours[e.id, default: []].insert(r.to)
        neighbours[r.to, default: []].insert(e.id)
      }
    }
    var reached: Set<String> = [center.id]
    var frontier: Set<String> = [center.id]
    for _ in 0..<max(0, depth) {
      var next = Set<String>()
      for id in frontier { next.formUnion(neighbours[id] ?? []) }
      next.subtract(reached)
      reached.formUnion(next)
      frontier = next
    }
    self.init(entities: file.entities.filter { reached.contains($0.id) }, sources: file.sources)
  }

  private init(entities: [Entity], sources: [Source]) {
    var labels: [String: String] = [:]
    for s in sources { labels[s.id] = s.refs.isEmpty ? s.id : s.refLabel }
    let ids = Set(entities.map(\.id))
    nodes = entities.map { Node(id: $0.id, name: $0.name, kind: $0.kind) }.sorted { $0.id < $1.id }
    edges = entities.flatMap { e in
      e.relations.filter { ids.contains($0.to) }.map { r in
        Edge(from: e.id, to: r.to, type: r.type, sources: r.sources.map { labels[$0] ?? $0 })
      }
    }
    .sorted { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }
  }

  /// Text from a case file made safe for one line of a graph file: control characters
  /// (newlines, tabs, escapes) become spaces.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }
}
