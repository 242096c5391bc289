package app.receipts.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: a SQLite file, or a new database on one embedded PostgreSQL
 * server (real PostgreSQL binaries from Maven Central, started once per test JVM).
 */
public final class TestDatabases {
  private static final AtomicInteger counter = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  public static String freshUrl(Kind kind) {
    return kind == Kind.SQLITE ? freshSqliteUrl() : freshPostgresUrl();
  }

  public static String freshSqliteUrl() {
    try {
      return "jdbc:sqlite:" + Files.createTempDirectory("receipts-db").resolve("receipts.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized String freshPostgresUrl() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
      }
      String name = "receipts_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return postgres.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a PostgreSQL test database", e);
    }
  }

  private static synchronized void stopPostgres() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
