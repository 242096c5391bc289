package app.receipts.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A tiny tmpfs the test can fill to the last byte, to see what the bot does on a full disk. Needs
 * root (mount); {@link #mount} is empty where the machine does not allow it.
 */
public final class SmallDisk implements AutoCloseable {
  private final Path dir;

  private SmallDisk(Path dir) {
    this.dir = dir;
  }

  public static Optional<SmallDisk> mount(int megabytes) {
    try {
      Path dir = Files.createTempDirectory("receipts-small-disk");
      if (Shell.run(
          "mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString())) {
        return Optional.of(new SmallDisk(dir));
      }
      Files.deleteIfExists(dir);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public Path dir() {
    return dir;
  }

  /** Writes a filler file until the disk refuses another byte. */
  public void fill() throws IOException {
    byte[] chunk = new byte[4096];
    try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("space")) {
        throw full;
      }
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("filler-tail"))) {
      while (true) {
        out.write(0);
      }
    } catch (IOException fullToTheByte) {
      // the last partial page is taken too
    }
  }

  public void makeRoom() throws IOException {
    Files.deleteIfExists(dir.resolve("filler"));
    Files.deleteIfExists(dir.resolve("filler-tail"));
  }

  @Override
  public void close() {
    Shell.run("umount", "-l", dir.toString());
  }
}
