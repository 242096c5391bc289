package app.receipts.testing;

import app.receipts.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static Path postgresData;
  private static String migratedTemplate;

  private TestDatabases() {}

  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  public static String freshUrl(Kind kind) {
    return kind == Kind.SQLITE ? freshSqliteUrl() : freshPostgresUrl();
  }

  /** A new database of that kind with every migration applied, for tests of the app. */
  public static String migratedUrl(Kind kind) {
    if (kind == Kind.POSTGRESQL) {
      return migratedPostgresUrl();
    }
    try {
      Path file = Files.createTempDirectory("receipts-db").resolve("receipts.db");
      SchemaTemplate.copyTo(file);
      return "jdbc:sqlite:" + file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String freshSqliteUrl() {
    try {
      return "jdbc:sqlite:" + Files.createTempDirectory("receipts-db").resolve("receipts.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized String freshPostgresUrl() {
    String name = createDatabase("");
    return postgres.getJdbcUrl("postgres", name);
  }

  /**
   * A new PostgreSQL database with every migration applied and no rows, for tests of the app rather
   * than of its migrations: a copy (CREATE DATABASE … TEMPLATE) of one that {@link Database#open}
   * migrated once per test JVM, since migrating takes a second or two each time. The app still runs
   * Flyway on it, which finds it up to date.
   */
  public static synchronized String migratedPostgresUrl() {
    if (migratedTemplate == null) {
      String name = createDatabase("");
      Database.open(postgres.getJdbcUrl("postgres", name)).close();
      migratedTemplate = name;
    }
    String name = createDatabase(" TEMPLATE " + migratedTemplate);
    return postgres.getJdbcUrl("postgres", name);
  }

  /** Creates a database with these CREATE DATABASE options on the one server; its name. */
  private static String createDatabase(String options) {
    try {
      if (postgres == null) {
        // no test kills this server, so syncing each commit to disk proves nothing here and makes
        // every PostgreSQL test wait on a shared disk
        // the data directory is removed after the JVM exits (see stopPostgres), not by close()
        postgresData = Files.createTempDirectory("receipts-pg-");
        postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(postgresData)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
      }
      String name = "receipts_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE " + name + options);
      }
      return name;
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
        // Deleting the hundreds of test databases' files took over 30 s on a busy disk, inside a
        // shutdown hook that Surefire kills after 30 s: hand the deletion to a process that
        // outlives this JVM instead of making every test run wait for it.
        new ProcessBuilder("rm", "-rf", postgresData.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
      }
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
