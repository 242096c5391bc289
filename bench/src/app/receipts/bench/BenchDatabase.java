package app.receipts.bench;

import app.receipts.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database a benchmark runs on: a SQLite file by default; with BENCH_DATABASE=postgresql a
 * fresh database on an embedded PostgreSQL that this JVM starts (and stops when it exits).
 */
final class BenchDatabase {
  private static final boolean POSTGRESQL =
      "postgresql".equalsIgnoreCase(System.getenv().getOrDefault("BENCH_DATABASE", "sqlite"));
  private static final Map<Path, String> urls = new ConcurrentHashMap<>();

  private BenchDatabase() {}

  /** The JDBC URL standing for this SQLite file: the file itself, or one PostgreSQL database. */
  static String url(Path sqliteFile) {
    return urls.computeIfAbsent(
        sqliteFile, file -> POSTGRESQL ? TestDatabases.freshPostgresUrl() : "jdbc:sqlite:" + file);
  }

  /** A new, empty database. */
  static String fresh(String name) {
    try {
      return url(Files.createTempDirectory(name).resolve("bench.db"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
