package app.receipts.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * The packaged target/receipts.jar run as its own process on a data folder and a {@link FakeSlack},
 * as an operator runs it, so a test can SIGKILL or SIGTERM it and start it again on the same
 * database. Only for integration tests run by Failsafe after {@code package}.
 */
public final class RealJar implements AutoCloseable {
  private final Process process;
  public final int port;
  public final SignedClient client;
  private final Path log;

  private RealJar(Process process, int port, FakeSlack slack, Path log) {
    this.process = process;
    this.port = port;
    this.client = new SignedClient(port, slack);
    this.log = log;
  }

  /** Starts the jar on {@code dir} and waits until /healthz answers. */
  public static RealJar start(FakeSlack slack, Path dir, Map<String, String> extraEnv) {
    String jar = System.getProperty("receipts.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("No packaged jar at " + jar + "; run through mvn verify");
    }
    int port = freePort();
    Path log = dir.resolve("bot-" + System.nanoTime() + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", jar)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().clear();
    Map<String, String> env = new HashMap<>(extraEnv);
    env.put("PORT", Integer.toString(port));
    builder.environment().putAll(TestApp.env(slack, dir, env));
    try {
      RealJar bot = new RealJar(builder.start(), port, slack, log);
      bot.awaitHealthy();
      return bot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A second look at the same SQLite file, for what is stored while the bot runs or is dead. */
  public static Jdbi database(Path dir) {
    return Jdbi.create("jdbc:sqlite:" + dir.resolve("receipts.db"));
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

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Eventually.await(
        "the bot's /healthz",
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError("the bot exited: " + log());
          }
          try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException notYetListening) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        },
        Duration.ofSeconds(60));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
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
