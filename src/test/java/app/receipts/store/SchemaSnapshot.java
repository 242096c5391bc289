package app.receipts.store;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A database's tables as JDBC metadata describes them, reduced to what both vendors can agree on:
 * each column's name, nullability and type family, the primary key, and the other indexes.
 */
final class SchemaSnapshot {
  /** Not ours: Flyway's own bookkeeping, which Flyway creates in each vendor's types. */
  private static final Set<String> NOT_OURS = Set.of("flyway_schema_history");

  record Column(String family, boolean nullable) {}

  record Index(boolean unique, List<String> columns) {}

  record Table(Map<String, Column> columns, List<String> primaryKey, Map<String, Index> indexes) {}

  private SchemaSnapshot() {}

  /** What differs, by key: tables, then columns, primary keys and indexes of common tables. */
  static Map<String, String> differences(Map<String, Table> sqlite, Map<String, Table> postgres) {
    Map<String, String> found = new TreeMap<>();
    onlyOnOne(sqlite.keySet(), postgres.keySet(), "", found);
    for (String name : sqlite.keySet()) {
      Table a = sqlite.get(name);
      Table b = postgres.get(name);
      if (b == null) {
        continue;
      }
      onlyOnOne(a.columns().keySet(), b.columns().keySet(), name + ".", found);
      a.columns()
          .forEach(
              (column, onSqlite) -> {
                Column onPostgres = b.columns().get(column);
                if (onPostgres != null && !onSqlite.equals(onPostgres)) {
                  found.put(
                      name + "." + column, "sqlite " + onSqlite + ", postgresql " + onPostgres);
                }
              });
      if (!a.primaryKey().equals(b.primaryKey())) {
        found.put(
            name + ".primary key", "sqlite " + a.primaryKey() + ", postgresql " + b.primaryKey());
      }
      onlyOnOne(a.indexes().keySet(), b.indexes().keySet(), name + ".", found);
      a.indexes()
          .forEach(
              (index, onSqlite) -> {
                Index onPostgres = b.indexes().get(index);
                if (onPostgres != null && !onSqlite.equals(onPostgres)) {
                  found.put(
                      name + "." + index, "sqlite " + onSqlite + ", postgresql " + onPostgres);
                }
              });
    }
    return found;
  }

  private static void onlyOnOne(
      Set<String> sqlite, Set<String> postgres, String prefix, Map<String, String> found) {
    sqlite.stream()
        .filter(name -> !postgres.contains(name))
        .forEach(name -> found.put(prefix + name, "only on sqlite"));
    postgres.stream()
        .filter(name -> !sqlite.contains(name))
        .forEach(name -> found.put(prefix + name, "only on postgresql"));
  }

  static Map<String, Table> read(DatabaseMetaData meta, String schema) throws SQLException {
    boolean sqlite = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
    List<String> names = new ArrayList<>();
    try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("sqlite_") && !NOT_OURS.contains(name)) {
          names.add(name);
        }
      }
    }
    Map<String, Table> result = new TreeMap<>();
    for (String name : names) {
      List<String> primaryKey = primaryKey(meta, schema, name);
      Map<String, Column> columns = new TreeMap<>();
      try (ResultSet rows = meta.getColumns(null, schema, name, "%")) {
        while (rows.next()) {
          String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
          String type = rows.getString("TYPE_NAME");
          boolean nullable = "YES".equals(rows.getString("IS_NULLABLE"));
          // SQLite's INTEGER PRIMARY KEY is the rowid: it cannot hold NULL, NOT NULL or not
          if (sqlite && primaryKey.equals(List.of(column)) && "INTEGER".equalsIgnoreCase(type)) {
            nullable = false;
          }
          columns.put(column, new Column(family(name + "." + column, type), nullable));
        }
      }
      result.put(name, new Table(columns, primaryKey, indexes(meta, schema, name, primaryKey)));
    }
    return result;
  }

  private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<Integer, String> bySequence = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
      while (rows.next()) {
        bySequence.put(
            rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(bySequence.values());
  }

  /** Indexes by name; the one each vendor builds for the primary key is compared as the key. */
  private static Map<String, Index> indexes(
      DatabaseMetaData meta, String schema, String table, List<String> primaryKey)
      throws SQLException {
    Map<String, Boolean> unique = new TreeMap<>();
    Map<String, Map<Integer, String>> columns = new TreeMap<>();
    try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (name == null || column == null) {
          continue; // table statistics, not an index
        }
        name = name.toLowerCase(Locale.ROOT);
        unique.put(name, !rows.getBoolean("NON_UNIQUE"));
        columns
            .computeIfAbsent(name, n -> new TreeMap<>())
            .put((int) rows.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Index> result = new TreeMap<>();
    unique.forEach(
        (name, isUnique) -> {
          List<String> on = List.copyOf(columns.get(name).values());
          boolean keyIndex =
              name.startsWith("sqlite_autoindex_")
                  || (name.endsWith("_pkey") && on.equals(primaryKey));
          if (!keyIndex) {
            result.put(name, new Index(isUnique, on));
          }
        });
    return result;
  }

  /**
   * A column's declared type as a family both vendors share. BIT is its own family: a bit string on
   * PostgreSQL, a number on SQLite, and not the BOOLEAN it tends to stand in for.
   */
  private static String family(String column, String declared) {
    String base = declared.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").trim();
    return switch (base) {
      case "text", "varchar", "character varying", "char", "character", "bpchar", "clob" -> "text";
      case "integer", "int", "int2", "int4", "int8", "smallint", "bigint", "serial", "bigserial" ->
          "integer";
      case "boolean", "bool" -> "boolean";
      case "timestamp", "timestamptz", "datetime" -> "timestamp";
      case "date" -> "date";
      case "blob", "bytea" -> "bytes";
      case "real", "double", "double precision", "float", "float4", "float8", "numeric" -> "real";
      case "bit" -> "bit";
      default ->
          throw new AssertionError(
              column + " has type " + declared + ", which family() does not map yet");
    };
  }
}
