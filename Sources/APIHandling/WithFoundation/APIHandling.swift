// The API plumbing: the Foundation-free core (router, events, errors, identity, database provider) plus the
// Codable response bodies of this module (JSONBody), so `import APIHandling` keeps meaning all of it.
@_exported import APIHandlingCore
