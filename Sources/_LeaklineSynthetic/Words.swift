import LeaklineModel

/// The vocabulary of ``SyntheticCaseFile``: names, places and sentence templates in the
/// Spanish and English mix of the article's sources.
enum Words {
  static let firstNames = [
    "Genaro", "Salvador", "Joaquín", "Ovidio", "Ismael", "Rafael", "Amado", "Miguel Ángel",
    "José", "María", "Íñigo", "Rosalía", "Héctor", "Óscar", "Raúl", "Jesús", "Ramón", "Martín",
    "Begoña", "Lucía", "Inés", "Sofía", "Andrés", "Nicolás", "Tomás", "Julián", "Sebastián",
    "Fátima", "Zoë", "Björn", "François", "Ana", "Luis", "Carlos", "Jorge", "Pedro", "Elena",
    "Marisela", "Teresa", "Gabriela", "Édgar", "Dámaso", "Nemesio", "Heriberto", "Arturo",
  ]

  static let lastNames = [
    "García Luna", "Cienfuegos", "Núñez", "Ibáñez", "Guzmán", "Zambada", "Beltrán Leyva",
    "Treviño", "Caro Quintero", "Fernández", "Martínez", "Hernández", "González", "López",
    "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz",
    "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ruiz", "Álvarez", "Castillo", "Jiménez",
    "Vásquez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Peña", "Muñoz", "Cárdenas",
    "Salinas", "Osorio Chong", "Calderón", "Peña Nieto", "Durazo", "Cárdenas Palomino",
    "Pequeño García", "Nazar Haro", "Garcia", "Lunares", "Quiñones", "Villarreal", "Garza",
  ]

  static let nicknames = [
    "El Ratón", "El Chapo", "El Mayo", "Z-40", "El Mencho", "La Tuta", "El Azul", "El Güero",
    "El Jefe de Jefes", "El Padrino", "Don Neto", "El Señor de los Cielos",
  ]

  /// Names in other scripts, for the non-Latin paths of folding and search.
  static let otherScripts = [
    "Андрей Кузнецов", "Ελένη Παπαδοπούλου", "محمد الأحمد", "李小龍", "Nguyễn Văn Thắng",
    "Œuvre Ærø", "naïve café 👍🏽", "Ǆemal Ǉubić", "ﬁnanzas ＳＥＤＥＮＡ",
  ]

  static let places = [
    "Culiacán, Sinaloa", "Ciudad de México", "Mazatlán", "Tijuana", "Monterrey, Nuevo León",
    "Allende, Coahuila", "Piedras Negras", "Reynosa", "Matamoros", "Guadalajara", "Morelia",
    "Apatzingán", "Iguala", "Chilpancingo", "Ciudad Juárez", "Nuevo Laredo", "Torreón",
    "San Fernando", "Cancún", "Mérida", "Brooklyn, New York", "San Diego", "Houston", "El Paso",
    "Los Angeles", "Miami", "Bogotá", "Medellín", "Madrid", "Querétaro", "Toluca", "León",
  ]

  static let cartels = [
    "Cártel de Sinaloa", "Los Zetas", "Cártel del Golfo", "Beltrán Leyva", "CJNG",
    "La Familia Michoacana", "Los Caballeros Templarios", "Guerreros Unidos", "Cártel de Juárez",
  ]

  static let units = [
    "SIU", "Policía Federal", "AFI", "SEDENA", "SEMAR", "PGR", "DEA", "CISEN", "FBI", "ATF",
    "Guardia Nacional", "Unidad de Investigaciones Sensibles",
  ]

  static let outlets = [
    "Proceso", "Reforma", "El Universal", "Milenio", "Ríodoce", "Zeta Tijuana", "ProPublica",
    "Reuters", "The New York Times", "Univision", "Animal Político", "InSight Crime",
  ]

  static let organisations: [(kind: Entity.Kind, name: String, alias: String?)] = [
    (.agency, "Drug Enforcement Administration", "DEA"),
    (.agency, "Centro de Investigación y Seguridad Nacional", "CISEN"),
    (.agency, "Secretaría de la Defensa Nacional", "SEDENA"),
    (.agency, "Secretaría de Marina", "SEMAR"),
    (.agency, "Procuraduría General de la República", "PGR"),
    (.unit, "Unidad de Investigaciones Sensibles", "SIU"),
    (.unit, "Policía Federal", "PF"),
    (.unit, "Agencia Federal de Investigación", "AFI"),
    (.cartel, "Cártel de Sinaloa", "Sinaloa Cartel"),
    (.cartel, "Los Zetas", nil),
    (.cartel, "Cártel del Golfo", "Gulf Cartel"),
    (.cartel, "Cártel Jalisco Nueva Generación", "CJNG"),
    (.cartel, "La Familia Michoacana", nil),
    (.cartel, "Los Caballeros Templarios", "Knights Templar"),
    (.group, "Guerreros Unidos", nil),
    (.outlet, "Proceso", nil),
    (.outlet, "Ríodoce", "Riodoce"),
    (.outlet, "Zeta Tijuana", nil),
    (.organization, "Guacamaya", "Guacamaya hackers"),
    (.organization, "NSO Group", "Pegasus"),
  ]

  static let groupWords = ["Comando", "Célula", "Grupo", "Brigada", "Frente", "Colectivo"]

  static let roles = [
    "Secretary of Public Security", "Cartel leader", "Journalist", "Federal police commander",
    "Defence minister", "Prosecutor", "Witness", "Lieutenant", "Mayor", "Governor", "Informant",
    "Comandante regional", "Periodista", "Abogado defensor",
  ]

  static let relationTypes = [
    "took bribes from", "commanded", "member of", "reported on", "prosecuted", "son of",
    "met with", "protected", "testified against",
  ]

  static let titles = [
    "{A} arrested in {P}", "{A} testifies against {B} in {P}", "Raid on {C} safe house in {P}",
    "{O} publishes leaked files on {A}", "{A} meets {B} in {P}",
    "Massacre in {P} attributed to {C}", "Extradition of {A} to the United States",
    "{A} indicted in {P}", "Detienen a {A} en {P}", "Enfrentamiento entre {C} y militares en {P}",
    "{A} denuncia sobornos de {C}", "Hallan fosa clandestina en {P}", "{A} sentenced in {P}",
    "Ejecutan a {A} en {P}", "{C} leader {A} escapes in {P}",
    "Seizure of cocaine linked to {C} in {P}",
  ]

  static let sentences = [
    "According to {O}, {A} received payments from {C} between {Y} and the following year.",
    "Según {O}, {A} recibió pagos de {C} para proteger sus operaciones en {P}.",
    "Los hechos ocurrieron en {P}; testigos vieron a {B} con hombres armados.",
    "Court filings cite {N} witnesses and {N} intercepted calls involving {A}.",
    "The {U} shared the information with {B} in {Y}, and it reached {C} within weeks.",
    "{A} denied the accusations through a lawyer and called the case political.",
    "La fiscalía acusó a {A} de delincuencia organizada y lavado de dinero.",
    "Vecinos de {P} denunciaron la desaparición de {N} personas tras el operativo.",
    "A cable released in {Y} describes {A} as a key contact of the {U}.",
    "El expediente menciona a {B} como intermediario ante {C}.",
    "Prosecutors in Brooklyn say {A} met {B} in {P} to arrange the shipments.",
    "{O} obtained documents showing the {U} knew about the plan in {Y}.",
  ]

  static let quotes = [
    "Nos dejaron solos", "We had no idea who was on the payroll", "Todo se sabía en la plaza",
  ]

  static let eventKinds = [
    "arrest", "massacre", "leak", "indictment", "publication", "meeting", "trial", "extradition",
    "killing", "raid", "bribe", "testimony", "sentence", "escape", "seizure",
  ]

  static let tags = [
    "allende", "sinaloa", "zetas", "corruption", "dea", "siu", "extradition", "spyware",
    "pegasus", "guacamaya", "trial", "bribery", "cienfuegos", "garcia-luna", "journalists",
    "disappearance", "army", "navy", "federal-police", "cartel-war", "fosas", "huachicol",
  ]

  static let sourceKinds = [
    "news article", "report", "web page", "court record", "podcast", "press release",
  ]

  static let headlines = [
    "Inside the case against", "The secret files of", "How the cartel bought", "Testimony of",
    "La red de protección de", "Los pagos a", "What the DEA knew about", "El expediente de",
  ]

  static let sourceNotes = [
    "The article gives no author.", "Duplicate of another reference.",
    "The URL is a likely address nobody has confirmed.", "Behind a paywall.",
  ]
}
