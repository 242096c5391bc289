package app.receipts.bench;

import app.receipts.testing.FakeSlack;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** A server under test started as its own process, its log beside the database, and its vitals. */
final class BenchProcess {
  final Process process;
  final int port;
  final long healthyMs;

  /** The WARM_UP the bot was started with: "on" or "off". */
  final String warmUp;

  private BenchProcess(Process process, int port, long healthyMs, String warmUp) {
    this.process = process;
    this.port = port;
    this.healthyMs = healthyMs;
    this.warmUp = warmUp;
  }

  /**
   * Starts {@code command} with the bot's environment pointed at {@code slack} and {@code db}, and
   * waits until /healthz answers 200. With {@code portArg} the port is also the last argument.
   */
  static BenchProcess start(
      List<String> command, FakeSlack slack, Path db, String name, String secret, boolean portArg)
      throws Exception {
    return start(command, slack, db, name, secret, portArg, "off");
  }

  /**
   * The same with WARM_UP set to {@code warmUp} (as the container image starts the bot: on), unless
   * -Dbench.serverWarmUp says otherwise; start-up and RSS figures then include the warm-up.
   */
  static BenchProcess start(
      List<String> command,
      FakeSlack slack,
      Path db,
      String name,
      String secret,
      boolean portArg,
      String warmUp)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> full = new ArrayList<>(command);
    if (portArg) {
      full.add(Integer.toString(port));
    }
    File log = db.resolveSibling(name.replaceAll("\\W+", "-") + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log);
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-bench");
    builder.environment().put("SLACK_SIGNING_SECRET", secret);
    builder.environment().put("SLACK_API_URL", slack.apiUrl());
    builder.environment().put("DATABASE_URL", BenchDatabase.url(db));
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("LOG_LEVEL", "WARN");
    String chosen = System.getProperty("bench.serverWarmUp", warmUp);
    builder.environment().put("WARM_UP", chosen);
    long started = System.nanoTime();
    Process process = builder.start();
    return new BenchProcess(process, port, waitHealthy(port, started), chosen);
  }

  private static long waitHealthy(int port, long started) {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = started + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return (System.nanoTime() - started) / 1_000_000;
        }
      } catch (Exception notYet) {
        // still starting
      }
      LockSupport.parkNanos(20_000_000L);
    }
    throw new IllegalStateException("server on port " + port + " never became healthy");
  }

  /** A line of /proc/[pid]/status ("VmHWM", "VmRSS", "Threads"), its value only. */
  static String status(long pid, String field) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(line -> line.startsWith(field + ":"))
          .map(line -> line.substring(field.length() + 1).strip().replaceAll("\\s+", " "))
          .findFirst()
          .orElse("n/a");
    } catch (Exception e) {
      return "n/a";
    }
  }
}
