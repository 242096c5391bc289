package app.receipts.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * What must hold before Receipts trusts a database with anyone's wins, each failure one line with
 * its cause and fix: the SQLite file is a database, no other process holds its write lock (found in
 * a second, not after Flyway's 21 s of retries), it was not lost since Receipts created it, and a
 * write commits.
 */
final class StartupChecks {
  /** How long a write lock held elsewhere may last before start-up gives up. */
  static final int LOCK_WAIT_MILLIS = 1_000;

  private static final int SQLITE_PERM = 3;
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_NOTADB = 26;

  private StartupChecks() {}

  /**
   * Before the pool or Flyway open the file. Creates it when new, so that every later connection
   * can open it without SQLite's create flag: a file deleted while running is then never silently
   * recreated empty by a reconnect.
   */
  static void beforeOpen(SqliteFile database) {
    Path path = database.path();
    Path marker = database.marker();
    try {
      if (Files.notExists(path)) {
        if (Files.exists(marker)) {
          throw lost(path, marker, "is missing");
        }
        Files.createDirectories(path.getParent());
        Files.createFile(path);
      } else if (Files.size(path) == 0 && Files.exists(marker)) {
        throw lost(path, marker, "is empty");
      }
    } catch (IOException e) {
      throw new DatabaseStartupFailure(
          "Cannot create or read the database file "
              + path
              + " ("
              + e
              + "): check that its folder"
              + " exists, is writable by this user and is on a mounted disk.",
          e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(LOCK_WAIT_MILLIS);
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + path);
        Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
      statement.execute("BEGIN IMMEDIATE");
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      throw explain(path, e);
    }
  }

  /** After migrating: remember the file was created, and prove a write commits. */
  static StorageHealth afterMigrate(Database database, Optional<SqliteFile> file) {
    file.ifPresent(StartupChecks::mark);
    StorageHealth health = StorageHealth.start(database, file);
    Optional<String> problem = health.problem();
    if (problem.isPresent()) {
      health.close();
      database.close();
      throw new DatabaseStartupFailure(
          "Receipts cannot store anything in "
              + file.map(f -> f.path().toString()).orElse("the database")
              + ": "
              + problem.get());
    }
    return health;
  }

  private static void mark(SqliteFile database) {
    if (Files.exists(database.marker())) {
      return;
    }
    String note =
        "Receipts created or first opened "
            + database.path().getFileName()
            + " here on "
            + Instant.now()
            + ".\nWhile this file exists, Receipts refuses to start if that database is missing or"
            + " empty:\nrestore it from your backup, or delete this file to start over with an"
            + " empty database.\n";
    try {
      Files.writeString(database.marker(), note, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new DatabaseStartupFailure(
          "Cannot write "
              + database.marker()
              + " ("
              + e
              + "): check that the database folder is"
              + " writable by this user.",
          e);
    }
  }

  private static DatabaseStartupFailure lost(Path path, Path marker, String how) {
    String created;
    try {
      created = " (" + Files.getLastModifiedTime(marker).toInstant() + ")";
    } catch (IOException e) {
      created = "";
    }
    return new DatabaseStartupFailure(
        "The database "
            + path
            + " "
            + how
            + ", but Receipts created it there before"
            + created
            + ": restore it from your backup (with its -wal file if you have one), or, to start"
            + " over with an empty database, delete "
            + marker
            + ".");
  }

  static DatabaseStartupFailure explain(Path path, SQLException e) {
    String cause = e.getMessage() == null ? e.toString() : e.getMessage();
    String message =
        switch (e.getErrorCode() & 0xff) {
          case SQLITE_BUSY, SQLITE_LOCKED ->
              "Another process holds a write lock on "
                  + path
                  + " (a second Receipts on the same file, or a tool with a transaction open):"
                  + " stop it, or give this instance its own DATABASE_URL; several instances"
                  + " need PostgreSQL.";
          case SQLITE_NOTADB, SQLITE_CORRUPT ->
              path
                  + " is not a usable SQLite database ("
                  + cause
                  + "): point DATABASE_URL at the right file, or restore it from your backup.";
          case SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN ->
              "Receipts cannot write to "
                  + path
                  + " ("
                  + cause
                  + "): make the file and its folder writable by this user, on a disk mounted"
                  + " read-write.";
          case SQLITE_FULL ->
              "The disk holding " + path + " is full: free some space and start again.";
          default ->
              "Cannot open the database "
                  + path
                  + " ("
                  + cause
                  + "): check DATABASE_URL, the file and its disk.";
        };
    return new DatabaseStartupFailure(message, e);
  }
}
