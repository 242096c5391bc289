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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Capture load over real HTTP against three servers started as separate processes, one at a time:
 * a bare Jetty servlet, a minimal Bolt app that only acks, and the Receipts jar (fake Slack on
 * loopback, a fresh SQLite file). Prints throughput and ack latency, ratios, start-up, RSS and
 * whether every acked win was stored.
 */
public final class CaptureBench {
  private static final String SECRET = "bench-secret";
  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  private static final int RATE = 2_000;
  private static final String SAVED = "Saved your win";

  /**
   * The JVM flags the README's run command and the Dockerfile use, given to all three servers so
   * that the ratios compare like with like: a small heap with the serial collector, and C1 only
   * (C2 spent a third of both cores compiling during a capture burst).
   */
  static final List<String> JVM_FLAGS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xss512k");

  private static List<String> jvm(String java, String... rest) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(JVM_FLAGS);
    command.addAll(List.of(rest));
    return command;
  }

  public static void main(String[] args) throws Exception {
    List<String> report = new ArrayList<>();
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("capture-bench");
      String classpath = System.getProperty("java.class.path");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

      Load.Result jetty = run(jvm(java, "-cp", classpath, Baselines.class.getName(), "jetty"), slack, dir, "bare Jetty servlet", report, false);
      Load.Result bolt = run(jvm(java, "-cp", classpath, Baselines.class.getName(), "bolt"), slack, dir, "minimal Bolt, ack only", report, false);
      Load.Result receipts = run(jvm(java, "-jar", "target/receipts.jar"), slack, dir, "Receipts /win (stored)", report, true);
      report.add(String.format("capture  | Receipts / bare Bolt throughput %.0f%% | Receipts / bare Jetty %.0f%%",
          100 * receipts.perSecond() / bolt.perSecond(), 100 * receipts.perSecond() / jetty.perSecond()));
    }
    report.forEach(System.out::println);
    System.exit(0); // the fake Slack's worker threads would keep the JVM alive
  }

  private static Load.Result run(
      List<String> command, FakeSlack slack, Path dir, String name, List<String> report, boolean receipts)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path db = dir.resolve(name.replaceAll("\\W+", "-") + ".db");
    List<String> full = new ArrayList<>(command);
    if (!receipts) {
      full.add(Integer.toString(port));
    }
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(new File(dir.resolve(name.replaceAll("\\W+", "-") + ".log").toString()));
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-bench");
    builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
    builder.environment().put("SLACK_API_URL", slack.apiUrl());
    builder.environment().put("DATABASE_URL", BenchDatabase.url(db));
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("LOG_LEVEL", "WARN");
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      long healthyMs = waitHealthy(port, started);
      Load load = new Load(port, SECRET, receipts ? SAVED : null);
      Load.Result warm = load.saturate(name + " (warm-up)", CONNECTIONS, 5);
      long cpuBefore = cpuMicros(process.pid());
      Load.Result saturated = load.saturate(name + ", saturation", CONNECTIONS, SECONDS);
      long cpuPerRequest = (cpuMicros(process.pid()) - cpuBefore) / Math.max(1, saturated.ok());
      // a lead-in at the steady rate, not measured: the backlog the saturation run left behind
      // (queued requests, a young generation full of garbage) is not what steady load looks like
      Load.Result leadIn = load.fixedRate(name + " (lead-in)", RATE, 3, 64);
      Load.Result steady = load.fixedRate(name + ", " + RATE + " req/s", RATE, SECONDS, 64);
      report.add("capture  | " + saturated.row() + " | server CPU " + cpuPerRequest + " us/req");
      report.add("capture  | " + steady.row());
      if (receipts) {
        String rss = rss(process.pid());
        process.destroyForcibly();
        process.waitFor();
        long acked = (long) warm.ok() + saturated.ok() + leadIn.ok() + steady.ok();
        long stored = count(db);
        report.add(String.format(
            "capture  | Receipts start-up to healthy %d ms | peak RSS %s | acked %,d | stored %,d | %s",
            healthyMs, rss, acked, stored, acked == stored ? "every acked win stored" : "MISMATCH"));
      }
      return saturated;
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static long waitHealthy(int port, long started) {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = started + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.discarding());
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

  private static String rss(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(line -> line.startsWith("VmHWM"))
          .map(line -> line.replaceAll("\\s+", " ").substring(7))
          .findFirst().orElse("n/a");
    } catch (Exception e) {
      return "n/a";
    }
  }

  /** User plus system CPU time the process has used so far, from /proc (clock ticks of 10 ms). */
  private static long cpuMicros(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000L;
    } catch (Exception e) {
      return 0;
    }
  }

  private static long count(Path db) throws Exception {
    try (Connection connection = DriverManager.getConnection(BenchDatabase.url(db));
        ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM entries")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
