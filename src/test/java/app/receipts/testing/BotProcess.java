package app.receipts.testing;

import app.receipts.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot as its own process, as an operator starts it: from the packaged jar (integration tests,
 * after {@code package}) or from the test classpath. A test waits for /healthz and then SIGKILLs or
 * SIGTERMs it, or runs it until it exits by itself, for start-ups that must fail cleanly.
 */
public final class BotProcess implements AutoCloseable {
  /** How long a start-up may take before a test gives up on it. */
  private static final Duration START_UP = Duration.ofSeconds(60);

  /** What the bot is started from. */
  public enum From {
    /** target/receipts.jar as built by {@code package}; Failsafe passes its path. */
    JAR,
    /** Main on this JVM's classpath, for unit tests that run before {@code package}. */
    CLASSPATH
  }

  /** How the process ended: its exit code, its stderr lines, all of its output, how long it ran. */
  public record Exit(int code, List<String> stderr, String everything, Duration took) {}

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final long started;

  /** The HTTP port, when {@link #serve} chose it, with a client signing requests to it. */
  public final int port;

  public final SignedClient client;

  private BotProcess(
      Process process, Path stdout, Path stderr, long started, int port, FakeSlack slack) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.started = started;
    this.port = port;
    this.client = slack == null ? null : new SignedClient(port, slack);
  }

  /**
   * Starts the bot with exactly {@code env} (nothing inherited), its output in {@code dir}; the
   * same JVM flags as the README's run command.
   */
  public static BotProcess start(From from, Map<String, String> env, Path dir) {
    return start(from, env, dir, 0, null);
  }

  /**
   * Starts the bot on {@code dir} with the test environment for {@code slack} on a free port, and
   * waits until /healthz answers 200.
   */
  public static BotProcess serve(
      From from, FakeSlack slack, Path dir, Map<String, String> extraEnv) {
    int port = freePort();
    Map<String, String> env = new HashMap<>(extraEnv);
    env.put("PORT", Integer.toString(port));
    BotProcess bot = start(from, TestApp.env(slack, dir, env), dir, port, slack);
    try {
      bot.awaitHealthy();
    } catch (RuntimeException | AssertionError e) {
      bot.close();
      throw e;
    }
    return bot;
  }

  private static BotProcess start(
      From from, Map<String, String> env, Path dir, int port, FakeSlack slack) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                // the README's flags: a small bot starts faster with C1 alone and the serial GC
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-Xmn32m",
                "-Xss512k"));
    if (from == From.JAR) {
      String jar = System.getProperty("receipts.jar");
      if (jar == null || !Files.exists(Path.of(jar))) {
        throw new IllegalStateException("No packaged jar at " + jar + "; run through mvn verify");
      }
      command.addAll(List.of("-jar", jar));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }
    String run = "bot-" + System.nanoTime();
    Path out = dir.resolve(run + ".out.log");
    Path err = dir.resolve(run + ".err.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      return new BotProcess(builder.start(), out, err, System.nanoTime(), port, slack);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A second look at the SQLite file in {@code dir}, for what is stored while the bot runs or is
   * dead.
   */
  public static Jdbi database(Path dir) {
    return Jdbi.create("jdbc:sqlite:" + dir.resolve("receipts.db"));
  }

  /**
   * Waits until /healthz answers 200 and this process has logged that it is up on its port; fails
   * at once if the process exits first. The log line matters: the free port is only free when
   * asked, so another test's bot (another fork, another checkout) can take it first, answer the
   * health check itself, and leave this bot to die unable to bind.
   */
  public void awaitHealthy() {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Eventually.await(
        "the bot's /healthz",
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError("the bot exited with " + process.exitValue() + ": " + log());
          }
          try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                && log().contains("Receipts is up on port " + port + " ");
          } catch (IOException notYetListening) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        },
        START_UP);
  }

  /** Waits until the process stops by itself (at most a minute) and says how it ended. */
  public Exit runUntilExit() throws InterruptedException {
    try {
      if (!process.waitFor(START_UP.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("the bot did not stop by itself within " + START_UP);
      }
    } finally {
      process.destroyForcibly();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    List<String> errLines = read(stderr).lines().toList();
    return new Exit(process.exitValue(), errLines, log(), took);
  }

  /** Starts the bot with exactly {@code env} and runs it until it exits by itself. */
  public static Exit runUntilExit(From from, Map<String, String> env, Path dir)
      throws InterruptedException {
    return start(from, env, dir).runUntilExit();
  }

  /** SIGKILL: no shutdown hook, nothing finishes. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the bot did not die");
    }
  }

  /** SIGTERM, as a container runtime sends; true when the process ended within {@code grace}. */
  public boolean sigterm(Duration grace) throws InterruptedException {
    process.destroy();
    return process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Everything the process printed: stderr, then stdout. */
  public String log() {
    return read(stderr) + "\n" + read(stdout);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(no " + file.getFileName() + ": " + e + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
