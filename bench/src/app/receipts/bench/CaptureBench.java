package app.receipts.bench;

import app.receipts.testing.FakeSlack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Capture load over real HTTP against three servers started as separate processes: a bare Jetty
 * servlet, a minimal Bolt app that only acks, and the Receipts jar (fake Slack on loopback, a fresh
 * SQLite file). The machine's speed drifts from minute to minute, so the three are loaded in turn,
 * round after round, and each ratio is taken within a round; the report gives every round and the
 * median. Also prints start-up, RSS and whether every acked win was stored.
 */
public final class CaptureBench {
  private static final String SECRET = "bench-secret";
  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 8);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  /** bench.steady=0 skips the steady-rate rounds, for a quick look at saturation and CPU. */
  private static final int STEADY_ROUNDS = Integer.getInteger("bench.steady", ROUNDS);

  /** Seconds of unmeasured load on each server before the rounds, and at the steady rate. */
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);

  private static final int LEAD_IN = Integer.getInteger("bench.leadIn", 3);
  private static final int STEADY_SECONDS = Integer.getInteger("bench.steadySeconds", 10);
  private static final int RATE = 2_000;
  private static final String SAVED = "Saved your win";

  /**
   * The JVM flags the README's run command and the Dockerfile use, given to all three servers so
   * that the ratios compare like with like: a small heap with the serial collector, C1 only (C2
   * spent a third of both cores compiling during a capture burst), and a 32 MB young generation
   * (the default 85 MB one cost about 10 ms of steady-rate p99). -Dbench.serverYoung=96m tries
   * another size on every server; -Dbench.beforeYoung gives the older build its own size, so one
   * jar given as bench.before measures two sizes side by side.
   */
  static final List<String> JVM_FLAGS = flags(System.getProperty("bench.serverYoung", "32m"));

  /** The same for the older build given as bench.before, with its own young size if one is set. */
  private static final List<String> BEFORE_FLAGS =
      flags(
          System.getProperty("bench.beforeYoung", System.getProperty("bench.serverYoung", "32m")));

  private static List<String> flags(String young) {
    return List.of(
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xmn" + young, "-Xss512k");
  }

  /**
   * The flags plus -Dbench.receiptsFlags (space-separated), given to this build's server only: a
   * profiler's flags, say "-XX:StartFlightRecording=filename=/tmp/capture.jfr,settings=profile".
   */
  private static List<String> withExtra(List<String> flags) {
    String extra = System.getProperty("bench.receiptsFlags", "").strip();
    if (extra.isEmpty()) {
      return flags;
    }
    List<String> all = new ArrayList<>(flags);
    all.addAll(List.of(extra.split("\\s+")));
    return all;
  }

  private static List<String> jvm(String java, String... rest) {
    return jvm(JVM_FLAGS, java, rest);
  }

  private static List<String> jvm(List<String> flags, String java, String... rest) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(flags);
    command.addAll(List.of(rest));
    return command;
  }

  /** One server process under test and everything measured against it. */
  private static final class Server {
    final String name;
    final Process process;
    final Load load;
    final long healthyMs;
    final List<Load.Result> saturated = new ArrayList<>();
    final List<Load.Result> steady = new ArrayList<>();
    final List<Long> cpuPerRequest = new ArrayList<>();
    long acked;

    Server(String name, Process process, Load load, long healthyMs) {
      this.name = name;
      this.process = process;
      this.load = load;
      this.healthyMs = healthyMs;
    }

    Load.Result saturate(String label, int seconds) throws InterruptedException {
      long cpuBefore = MachineCpu.micros(process.pid());
      Load.Result result = load.saturate(name + label, CONNECTIONS, seconds);
      cpuPerRequest.add((MachineCpu.micros(process.pid()) - cpuBefore) / Math.max(1, result.ok()));
      acked += result.ok();
      return result;
    }

    Load.Result fixedRate(String label, int seconds) throws InterruptedException {
      Load.Result result = load.fixedRate(name + label, RATE, seconds, 64);
      acked += result.ok();
      return result;
    }

    /** The round whose throughput is the median one. */
    int medianRound() {
      return median(saturated, Comparator.comparingDouble(Load.Result::perSecond));
    }

    /** The steady round whose p99 is the median one. */
    int medianSteadyRound() {
      return median(steady, Comparator.comparingLong(result -> result.percentile(0.99)));
    }

    private static int median(List<Load.Result> results, Comparator<Load.Result> order) {
      List<Integer> rounds = new ArrayList<>(IntStream.range(0, results.size()).boxed().toList());
      rounds.sort((x, y) -> order.compare(results.get(x), results.get(y)));
      return rounds.get(rounds.size() / 2);
    }
  }

  /**
   * What the rest of the machine (kernel threads included) took while the steady runs were
   * measured, as a share of one core: a tail that every server shows comes from here.
   */
  private static String othersRow(Map<String, Long> others, long micros) {
    long total = others.values().stream().mapToLong(Long::longValue).sum();
    List<String> top =
        others.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(3)
            .map(e -> String.format("%s %.1f%%", e.getKey(), 100.0 * e.getValue() / micros))
            .toList();
    return String.format(
        "capture  | other processes during the steady runs: %.1f%% of a core (%s)",
        100.0 * total / micros, String.join(", ", top));
  }

  public static void main(String[] args) {
    BenchMain.run(CaptureBench::run);
  }

  private static void run() throws Exception {
    List<String> report = new ArrayList<>();
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("capture-bench");
      String classpath = System.getProperty("java.class.path");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path db = dir.resolve("receipts.db");
      // Receipts first and alone, so that its start-up time is its own
      Server receipts =
          start(
              jvm(withExtra(JVM_FLAGS), java, "-jar", "target/receipts.jar"),
              slack,
              db,
              "Receipts /win (stored)",
              SAVED,
              false);
      Server jetty =
          start(
              jvm(java, "-cp", classpath, Baselines.class.getName(), "jetty"),
              slack,
              db,
              "bare Jetty servlet",
              null,
              true);
      Server bolt =
          start(
              jvm(java, "-cp", classpath, Baselines.class.getName(), "bolt"),
              slack,
              db,
              "minimal Bolt, ack only",
              null,
              true);
      // bench.before=path/to/an/older/receipts.jar loads that build too, in the same rounds, so a
      // change is measured before and after side by side on the same minutes of the machine
      String beforeJar = System.getProperty("bench.before");
      Server older =
          beforeJar == null
              ? null
              : start(
                  jvm(BEFORE_FLAGS, java, "-jar", beforeJar),
                  slack,
                  Files.createTempDirectory("capture-bench-before").resolve("receipts.db"),
                  "Receipts before (stored)",
                  SAVED,
                  false);
      List<Server> servers =
          older == null ? List.of(jetty, bolt, receipts) : List.of(jetty, bolt, receipts, older);
      try {
        for (Server server : servers) {
          server.saturate(" (warm-up)", WARM_UP);
        }
        List<Double> boltRatios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
          for (Server server : servers) {
            server.saturated.add(server.saturate(", saturation, round " + round, SECONDS));
          }
          Load.Result ours = receipts.saturated.get(round - 1);
          Load.Result theirs = bolt.saturated.get(round - 1);
          boltRatios.add(ours.perSecond() / theirs.perSecond());
          if (older != null) {
            Load.Result earlier = older.saturated.get(round - 1);
            report.add(
                String.format(
                    "capture  | round %d | Receipts before %,.0f req/s = %.0f%% of Bolt | this build %.0f%% of the one before",
                    round,
                    earlier.perSecond(),
                    100 * earlier.perSecond() / theirs.perSecond(),
                    100 * ours.perSecond() / earlier.perSecond()));
          }
          report.add(
              String.format(
                  "capture  | round %d | Jetty %,.0f req/s | Bolt %,.0f req/s | Receipts %,.0f req/s = %.0f%% of Bolt",
                  round,
                  jetty.saturated.get(round - 1).perSecond(),
                  theirs.perSecond(),
                  ours.perSecond(),
                  100 * ours.perSecond() / theirs.perSecond()));
        }
        for (Server server : servers) {
          int median = server.medianRound();
          report.add(
              "capture  | "
                  + server.saturated.get(median).row()
                  + " | server CPU "
                  + server.cpuPerRequest.get(median + 1)
                  + " us/req (median round)");
        }
        Set<Long> measured = new HashSet<>(List.of(ProcessHandle.current().pid()));
        servers.forEach(server -> measured.add(server.process.pid()));
        Map<String, Long> others = new HashMap<>();
        long steadyMicros = 0;
        for (int round = 1; round <= STEADY_ROUNDS; round++) {
          for (Server server : servers) {
            // a lead-in at the steady rate, not measured: the backlog the saturation run left
            // behind (queued requests, a young generation full of garbage) is not steady load
            server.fixedRate(" (lead-in)", LEAD_IN);
            MachineCpu before = MachineCpu.now();
            long started = System.nanoTime();
            server.steady.add(
                server.fixedRate(", " + RATE + " req/s, round " + round, STEADY_SECONDS));
            steadyMicros += (System.nanoTime() - started) / 1000;
            MachineCpu.now()
                .since(before, measured)
                .forEach((k, v) -> others.merge(k, v, Long::sum));
          }
          report.add(
              String.format(
                  "capture  | steady %,d req/s, round %d | p99 Jetty %.1f ms | Bolt %.1f ms | Receipts %.1f ms",
                  RATE,
                  round,
                  jetty.steady.get(round - 1).percentile(0.99) / 1000.0,
                  bolt.steady.get(round - 1).percentile(0.99) / 1000.0,
                  receipts.steady.get(round - 1).percentile(0.99) / 1000.0));
        }
        for (Server server : servers) {
          if (!server.steady.isEmpty()) {
            report.add(
                "capture  | "
                    + server.steady.get(server.medianSteadyRound()).row()
                    + " | median p99 of "
                    + STEADY_ROUNDS
                    + " rounds");
          }
        }
        if (steadyMicros > 0) {
          report.add(othersRow(others, steadyMicros));
        }
        boltRatios.sort(Double::compare);
        report.add(
            String.format(
                "capture  | Receipts / bare Bolt throughput, median of %d rounds: %.0f%% (rounds: %s)",
                ROUNDS,
                100 * boltRatios.get(boltRatios.size() / 2),
                boltRatios.stream().map(r -> String.format("%.0f%%", 100 * r)).toList()));
        String rss = BenchProcess.status(receipts.process.pid(), "VmHWM");
        receipts.process.destroyForcibly();
        receipts.process.waitFor();
        long stored = count(db);
        report.add(
            String.format(
                "capture  | Receipts start-up to healthy %d ms | peak RSS %s | acked %,d | stored %,d | %s",
                receipts.healthyMs,
                rss,
                receipts.acked,
                stored,
                receipts.acked == stored ? "every acked win stored" : "MISMATCH"));
      } finally {
        for (Server server : servers) {
          server.process.destroy();
          server.process.waitFor();
        }
      }
    }
    report.forEach(System.out::println);
  }

  private static Server start(
      List<String> command, FakeSlack slack, Path db, String name, String expect, boolean portArg)
      throws Exception {
    BenchProcess started = BenchProcess.start(command, slack, db, name, SECRET, portArg);
    return new Server(
        name, started.process, new Load(started.port, SECRET, expect), started.healthyMs);
  }

  private static long count(Path db) throws Exception {
    try (Connection connection = DriverManager.getConnection(BenchDatabase.url(db));
        ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM entries")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
