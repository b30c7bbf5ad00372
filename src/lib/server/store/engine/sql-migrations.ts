/**
 * The PostgreSQL schema, one numbered step per change, applied in order at start and recorded
 * in orgcraft_migrations. Never edit a step that has shipped; add the next one.
 */
export const sqlMigrations: { version: number; sql: string }[] = [
	{
		version: 1,
		sql: `
CREATE TABLE orgcraft_records (
	collection text NOT NULL,
	key text NOT NULL,
	version integer NOT NULL CHECK (version >= 1),
	body jsonb NOT NULL,
	PRIMARY KEY (collection, key)
);
CREATE TABLE orgcraft_log (
	log text NOT NULL,
	key text NOT NULL,
	seq bigint GENERATED ALWAYS AS IDENTITY,
	body jsonb NOT NULL,
	PRIMARY KEY (log, key, seq)
);
CREATE UNIQUE INDEX orgcraft_member_email ON orgcraft_records ((body->>'email'))
	WHERE collection = 'members';
CREATE INDEX orgcraft_token_hash ON orgcraft_records (collection, (body->>'tokenHash'));
`
	}
];
