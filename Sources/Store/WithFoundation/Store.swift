// The Store: the Foundation-free core (connections, settings, migrations, most repositories) plus the
// repositories of money of this module (`Decimal`), so `import Store` keeps meaning all of it.
@_exported import StoreCore
