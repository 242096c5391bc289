package app.receipts.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The warm-up's scratch folder: made fresh, removed after, and never left to pile up. */
final class ScratchFolder {
  // its warnings are the warm-up's, under the warm-up's name
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
  private static final String FOLDER = "receipts-warm-up";

  private ScratchFolder() {}

  /** A new scratch folder under {@code root}, after removing any that a killed warm-up left. */
  static Path create(Path root) throws IOException {
    removeLeftovers(root);
    return Files.createTempDirectory(root, FOLDER);
  }

  /** What a warm-up killed midway left behind (a restart loop must not fill the disk). */
  private static void removeLeftovers(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> folders = Files.list(root)) {
      folders
          .filter(f -> f.getFileName().toString().startsWith(FOLDER))
          .forEach(ScratchFolder::delete);
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(ScratchFolder::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not remove the warm-up's scratch folder {}: {}", folder, e.getMessage());
    }
  }

  private static void deleteOne(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
