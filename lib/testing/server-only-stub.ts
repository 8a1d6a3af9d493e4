// Replaces the server-only guard in unit tests, which run outside Next's server build.
export {};
