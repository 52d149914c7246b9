/**
 * The Kysely `Database` interface, assembled from each feature's table types.
 * A feature adds its tables here by extending the interface with its own `*Tables` type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
