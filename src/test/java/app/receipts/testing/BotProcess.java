package app.receipts.testing;

import app.receipts.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The bot as its own process, as an operator starts it, for start-ups that must fail cleanly. */
public final class BotProcess {
  private BotProcess() {}

  /** How the process ended: its exit code, its stderr lines, all of its output, how long it ran. */
  public record Exit(int code, List<String> stderr, String everything, Duration took) {}

  /** Runs Main with exactly {@code env}, logs in {@code dir}, until it stops by itself. */
  public static Exit runUntilExit(Map<String, String> env, Path dir)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
            .redirectOutput(dir.resolve("stdout.log").toFile())
            .redirectError(dir.resolve("stderr.log").toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the bot did not stop by itself within 60 s");
      }
    } finally {
      process.destroyForcibly();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    List<String> stderr = Files.readAllLines(dir.resolve("stderr.log"));
    String everything =
        String.join("\n", stderr) + "\n" + Files.readString(dir.resolve("stdout.log"));
    return new Exit(process.exitValue(), stderr, everything, took);
  }
}
