package app.receipts.store;

import java.nio.file.Path;
import java.util.Optional;

/** Where an SQLite JDBC URL keeps its data on disk, and the marker Receipts keeps beside it. */
record SqliteFile(Path path) {
  /** The file of {@code jdbc:sqlite:<path>[?…]}; empty for in-memory and {@code file:} URIs. */
  static Optional<SqliteFile> of(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
      return Optional.empty();
    }
    String rest = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = rest.indexOf('?');
    String file = query >= 0 ? rest.substring(0, query) : rest;
    if (file.isBlank()
        || file.startsWith(":memory:")
        || file.startsWith("file:")
        || rest.contains("mode=memory")) {
      return Optional.empty();
    }
    return Optional.of(new SqliteFile(Path.of(file).toAbsolutePath().normalize()));
  }

  /**
   * Written beside the database the first time it opens: a database that is missing while this
   * marker is present was lost, and must be restored rather than silently recreated empty.
   */
  Path marker() {
    return path.resolveSibling(path.getFileName() + ".created");
  }
}
