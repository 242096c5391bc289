package app.receipts.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Where an SQLite JDBC URL keeps its data on disk, the marker Receipts keeps beside it, and what
 * has become of the file since it was opened.
 */
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

  /** Below this, SQLite's next page or log frame may not fit: treat the disk as full. */
  static final long MIN_FREE_BYTES = 1 << 20;

  /** The file's identity (device and inode), to tell a replaced file; null if unreadable. */
  Object fileKey() {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** Why the file is no longer the one opened as {@code keyAtStart}, if it is not. */
  Optional<String> replacedOrDeleted(Object keyAtStart) {
    try {
      Object now = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      if (keyAtStart != null && !keyAtStart.equals(now)) {
        return Optional.of(
            "the database file "
                + path
                + " was replaced while Receipts was running: restart Receipts to use the new"
                + " file (writes are refused until then)");
      }
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.of(
          "the database file "
              + path
              + " was deleted while Receipts was running: restore it from your backup and"
              + " restart Receipts (writes are refused until then)");
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Why the disk holding the file is full, if it is. */
  Optional<String> diskFull() {
    try {
      long free = Files.getFileStore(path.getParent()).getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        // no figure in the text: the verdict is logged when it changes, not as the bytes move
        return Optional.of(
            "the disk holding " + path + " is full (under 1 MiB free): free some space");
      }
    } catch (IOException e) {
      // the write probe will say what is wrong with the disk
    }
    return Optional.empty();
  }
}
