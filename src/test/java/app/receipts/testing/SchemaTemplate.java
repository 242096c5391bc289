package app.receipts.testing;

import app.receipts.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh SQLite file with every migration applied, made once per test JVM by the real {@link
 * Database#open} and copied for each new app: migrating from nothing is most of an app's start-up,
 * and tests of the migrations themselves open their own files. The app still runs Flyway on the
 * copy, which finds it up to date, and its start-up checks, which find it created by Receipts.
 */
final class SchemaTemplate {
  private static Path template;

  private SchemaTemplate() {}

  /** Puts a migrated, empty database (and its created-marker) at {@code file}. */
  static void copyTo(Path file) {
    Path source = template();
    try {
      Files.copy(source, file);
      Files.copy(marker(source), marker(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path template() {
    if (template == null) {
      try {
        Path file = Files.createTempDirectory("receipts-template").resolve("receipts.db");
        Database.open("jdbc:sqlite:" + file).close();
        if (Files.exists(file.resolveSibling("receipts.db-wal"))
            && Files.size(file.resolveSibling("receipts.db-wal")) > 0) {
          throw new IllegalStateException("the template's WAL was not checkpointed on close");
        }
        template = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return template;
  }

  private static Path marker(Path file) {
    return file.resolveSibling(file.getFileName() + ".created");
  }
}
