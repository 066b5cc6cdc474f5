"""The local SQLite cache: schema, migrations, queries, search. Qt-free."""
