package app.receipts.bench;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.SignedClient;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Many people using Receipts at once: 200 people send wins, lists, App Home opens, packet and
 * export requests, open loop at a fixed rate (latency counted from when a request was due), against
 * the Receipts jar with a fresh database. Run twice: with Slack answering at once, and with
 * users.info taking 8 s. Prints ack latency (all and per kind), acks over Slack's 3 s, whether
 * every acked win was stored (after kill -9), and the server's RSS and thread count over the run.
 */
public final class MixedBench {
  private static final String SECRET = SignedClient.SECRET;
  private static final int PEOPLE = 200;
  private static final int RATE = Integer.getInteger("bench.rate", 467);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 60);

  /**
   * Seconds of the same load from 200 other people before the measured minute, so that the minute
   * measures a running bot (its code loaded and compiled) meeting 200 people it has never seen; the
   * warm-up's own figures are printed too: they are the bot's first seconds (after its own WARM_UP,
   * on unless -Dbench.serverWarmUp=off). 0 measures the people from the bot's first second.
   */
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 20);

  private static final int WORKERS = 128;
  private static final long SLACK_LIMIT_MICROS = 3_000_000;

  enum Kind {
    WIN,
    LIST,
    HOME,
    PACKET,
    EXPORT;

    /**
     * Out of every 1,000 requests, bench.mix="wins,lists,home,packets,exports" per mille; by
     * default 700 wins, 150 lists, 120 Home opens, 20 packets, 10 exports.
     */
    static final int[] MIX =
        Arrays.stream(System.getProperty("bench.mix", "700,150,120,20,10").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    static Kind of(long index) {
      int slot = (int) (index % 1000);
      for (int k = 0; k < MIX.length; k++) {
        slot -= MIX[k];
        if (slot < 0) {
          return values()[k];
        }
      }
      return WIN;
    }
  }

  public static void main(String[] args) {
    BenchMain.run(MixedBench::run);
  }

  private static void run() throws Exception {
    List<String> report = new ArrayList<>();
    int[] mix = Kind.MIX;
    report.add(
        String.format(
            "mixed    | %d people, %d req/s for %d s%s (per mille: %d wins, %d lists, %d Home, %d packets, %d exports)",
            PEOPLE,
            RATE,
            SECONDS,
            WARMUP_SECONDS > 0
                ? " after " + WARMUP_SECONDS + " s of the same load from " + PEOPLE + " others"
                : "",
            mix[0],
            mix[1],
            mix[2],
            mix[3],
            mix[4]));
    report.addAll(phase("Slack answers at once", 0));
    if (!Boolean.getBoolean("bench.fastSlackOnly")) {
      report.addAll(phase("users.info takes 8 s", 8_000));
    }
    report.forEach(System.out::println);
  }

  private static List<String> phase(String label, long usersInfoDelayMillis) throws Exception {
    List<String> rows = new ArrayList<>();
    try (FakeSlack slack = FakeSlack.counting()) {
      if (usersInfoDelayMillis > 0) {
        slack.respond(
            "users.info",
            call -> {
              LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(usersInfoDelayMillis));
              return FakeSlack.Reply.ok(
                  "{\"ok\":true,\"user\":{\"id\":\""
                      + call.param("user")
                      + "\",\"name\":\"bench\",\"deleted\":false,\"tz\":\"Europe/Berlin\",\"tz_offset\":3600}}");
            });
      }
      Path db = Files.createTempDirectory("mixed-bench").resolve("receipts.db");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(CaptureBench.JVM_FLAGS);
      // e.g. -Dbench.serverOpts="-Xlog:gc:file=/tmp/gc.log" to see the server's collector at work
      String serverOpts = System.getProperty("bench.serverOpts", "").trim();
      if (!serverOpts.isEmpty()) {
        command.addAll(Arrays.asList(serverOpts.split("\\s+")));
      }
      // -Dbench.jar=older/receipts.jar measures another build the same way
      command.addAll(List.of("-jar", System.getProperty("bench.jar", "target/receipts.jar")));
      // as the container image starts it; -Dbench.serverWarmUp=off measures a cold bot
      BenchProcess server =
          BenchProcess.start(command, slack, db, "Receipts mixed", SECRET, false, "on");
      String warmUp = "WARM_UP=" + server.warmUp;
      try {
        String tag = label.replaceAll("\\W+", "");
        Run warmup = null;
        if (WARMUP_SECONDS > 0) {
          warmup = new Run(server.port, slack, "warm" + tag, "UWARM", WARMUP_SECONDS);
          warmup.drive();
          rows.addAll(
              warmup.rows(
                  label + " | first " + WARMUP_SECONDS + " s, " + PEOPLE + " others, " + warmUp));
        }
        // -Dbench.users=UWARM measures the warm-up's people again: the newcomers' share of a burst
        String users = System.getProperty("bench.users", "UMIX");
        Run run = new Run(server.port, slack, tag, users, SECONDS);
        label = label + " | " + warmUp;
        Vitals vitals = new Vitals(server.process.pid());
        vitals.start();
        long self = ProcessHandle.current().pid();
        long cpuBefore = MachineCpu.micros(server.process.pid());
        long generatorBefore = MachineCpu.micros(self);
        run.drive();
        long cpuMicros = MachineCpu.micros(server.process.pid()) - cpuBefore;
        long generatorMicros = MachineCpu.micros(self) - generatorBefore;
        vitals.stop();
        server.process.destroyForcibly();
        server.process.waitFor();
        rows.addAll(run.rows(label));
        rows.add(
            String.format(
                "mixed    | %s | RSS %s | threads %s", label, vitals.rss, vitals.threads));
        // the server's own CPU for the whole run, background work included: unlike latency, it
        // hardly moves when other work shares the machine
        rows.add(
            String.format(
                "mixed    | %s | server CPU %.1f s | %,d us a request",
                label, cpuMicros / 1e6, cpuMicros / Math.max(1, (long) RATE * SECONDS)));
        rows.add(
            String.format(
                "mixed    | %s | load generator and fake Slack CPU %.1f s (they share the cores)",
                label, generatorMicros / 1e6));
        rows.add(
            String.format("mixed    | %s | Slack calls, both parts %s", label, slack.counts()));
        Set<String> stored = storedTexts(db);
        Set<String> acked = new HashSet<>(run.ackedWins);
        if (warmup != null) {
          acked.addAll(warmup.ackedWins);
        }
        long lost = acked.stream().filter(text -> !stored.contains(text)).count();
        rows.add(
            String.format(
                "mixed    | %s | acked wins %,d | stored after kill -9 %,d | %s",
                label,
                acked.size(),
                stored.size(),
                lost == 0 ? "every acked win stored" : lost + " LOST"));
      } finally {
        server.process.destroyForcibly();
        server.process.waitFor();
      }
    }
    return rows;
  }

  /** One open-loop run: request i is due at start + i / RATE, whatever earlier answers did. */
  private static final class Run {
    final int port;
    final FakeSlack slack;
    final SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);

    /** Builds command bodies exactly as the tests do; the requests go over {@link Http1}. */
    final SignedClient bodies;

    final String tag;
    final String userPrefix;
    final int seconds;
    final Map<Kind, List<long[]>> latencies = new EnumMap<>(Kind.class);
    final Map<Kind, AtomicInteger> errors = new EnumMap<>(Kind.class);
    final Set<String> ackedWins = ConcurrentHashMap.newKeySet();

    /** Each request's latency by its index (when it was due), for the run's timeline. */
    long[] byIndex = new long[0];

    Run(int port, FakeSlack slack, String tag, String userPrefix, int seconds) {
      this.port = port;
      this.slack = slack;
      this.bodies = new SignedClient(port, slack);
      this.tag = tag;
      this.userPrefix = userPrefix;
      this.seconds = seconds;
      for (Kind kind : Kind.values()) {
        latencies.put(kind, new ArrayList<>());
        errors.put(kind, new AtomicInteger());
      }
    }

    void drive() throws InterruptedException {
      long total = (long) RATE * seconds;
      long interval = 1_000_000_000L / RATE;
      long start = System.nanoTime() + 500_000_000L;
      byIndex = new long[(int) total];
      List<Thread> threads = new ArrayList<>();
      List<Map<Kind, long[]>> perWorker = new ArrayList<>();
      List<Map<Kind, int[]>> sizes = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        Map<Kind, long[]> mine = new EnumMap<>(Kind.class);
        Map<Kind, int[]> count = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
          mine.put(kind, new long[(int) (total / WORKERS + 1)]);
          count.put(kind, new int[1]);
        }
        perWorker.add(mine);
        sizes.add(count);
        int worker = w;
        Thread thread =
            new Thread(
                () -> {
                  Http1[] connection = {null};
                  for (long index = worker; index < total; index += WORKERS) {
                    long due = start + index * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                      LockSupport.parkNanos(wait);
                    }
                    Kind kind = Kind.of(index);
                    boolean ok = send(connection, kind, index);
                    long micros = (System.nanoTime() - due) / 1000;
                    byIndex[(int) index] = ok ? micros : Long.MAX_VALUE;
                    if (ok) {
                      mine.get(kind)[count.get(kind)[0]++] = micros;
                    } else {
                      errors.get(kind).incrementAndGet();
                    }
                  }
                  if (connection[0] != null) {
                    connection[0].close();
                  }
                },
                "mixed-" + w);
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      for (int w = 0; w < WORKERS; w++) {
        for (Kind kind : Kind.values()) {
          latencies
              .get(kind)
              .add(Arrays.copyOf(perWorker.get(w).get(kind), sizes.get(w).get(kind)[0]));
        }
      }
    }

    /** One request on the worker's keep-alive connection, opened again after a failure. */
    private boolean send(Http1[] connection, Kind kind, long index) {
      String user = userPrefix + (index * 7 % PEOPLE);
      byte[] request =
          switch (kind) {
            case WIN -> command(user, win(index), index);
            case LIST -> command(user, "list", index);
            case HOME ->
                Http1.signed(signer, Http1.JSON, Payloads.homeOpened(user, "Ev" + tag + index));
            case PACKET -> command(user, "packet last 90 days", index);
            case EXPORT -> command(user, "export", index);
          };
      try {
        if (connection[0] == null) {
          connection[0] = new Http1(port);
        }
        Http1.Response response = connection[0].exchange(request);
        if (response.status() != 200) {
          return false;
        }
        if (kind == Kind.WIN) {
          if (!response.body().contains("Saved win #")) {
            return false;
          }
          ackedWins.add(win(index));
        }
        return true;
      } catch (IOException | RuntimeException e) {
        if (connection[0] != null) {
          connection[0].close();
          connection[0] = null;
        }
        return false;
      }
    }

    /** A /win slash command as Slack sends it, with a trigger id Slack has just issued. */
    private byte[] command(String user, String text, long index) {
      String trigger = "trig-" + tag + "-" + index;
      slack.issueTrigger(trigger);
      return Http1.signed(signer, Http1.FORM, bodies.commandBody(user, text, trigger));
    }

    /** The p99 in ms of each {@code window} requests by when they were due, up to {@code end}. */
    private List<String> p99s(int end, int window) {
      List<String> p99s = new ArrayList<>();
      for (int from = 0; from < end; from += window) {
        long[] due = Arrays.copyOfRange(byIndex, from, Math.min(end, from + window));
        Arrays.sort(due);
        p99s.add(String.format("%.0f", pct(due, 0.99)));
      }
      return p99s;
    }

    private String win(long index) {
      return "Cut the " + tag + " build from 14 min to 3 min, load #" + index;
    }

    List<String> rows(String label) {
      List<String> rows = new ArrayList<>();
      long[] all = merged(Arrays.asList(Kind.values()));
      int errorsTotal = errors.values().stream().mapToInt(AtomicInteger::get).sum();
      long over =
          Arrays.stream(all).filter(micros -> micros > SLACK_LIMIT_MICROS).count() + errorsTotal;
      rows.add(
          String.format(
              "mixed    | %s | all | %,d ok | p50 %.1f ms | p99 %.1f ms | max %.1f ms | over 3 s (or failed) %d | errors %d",
              label, all.length, pct(all, 0.5), pct(all, 0.99), pct(all, 1.0), over, errorsTotal));
      rows.addAll(timeline(label));
      for (Kind kind : Kind.values()) {
        long[] mine = merged(List.of(kind));
        rows.add(
            String.format(
                "mixed    | %s | %-6s | %,d ok | p50 %.1f ms | p99 %.1f ms | max %.1f ms | errors %d",
                label,
                kind.name().toLowerCase(),
                mine.length,
                pct(mine, 0.5),
                pct(mine, 0.99),
                pct(mine, 1.0),
                errors.get(kind).get()));
      }
      return rows;
    }

    /** The p99 of each 10 s of the run and of each of its first 10 seconds: bursts show here. */
    List<String> timeline(String label) {
      return List.of(
          String.format(
              "mixed    | %s | p99 ms by 10 s of the run %s",
              label, p99s(byIndex.length, RATE * 10)),
          String.format(
              "mixed    | %s | p99 ms by second of the first 10 s %s",
              label, p99s(Math.min(byIndex.length, RATE * 10), RATE)));
    }

    private long[] merged(List<Kind> kinds) {
      long[] all =
          kinds.stream()
              .flatMap(k -> latencies.get(k).stream())
              .flatMapToLong(Arrays::stream)
              .toArray();
      Arrays.sort(all);
      return all;
    }

    private static double pct(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1000.0;
    }
  }

  /** The server's resident memory and thread count every 10 s of the run. */
  private static final class Vitals {
    final long pid;
    final List<String> rss = new ArrayList<>();
    final List<String> threads = new ArrayList<>();
    private volatile boolean running = true;
    private Thread sampler;

    Vitals(long pid) {
      this.pid = pid;
    }

    void start() {
      sampler =
          new Thread(
              () -> {
                long next = System.nanoTime();
                while (running) {
                  rss.add(
                      BenchProcess.status(pid, "VmRSS")
                          .replace(" kB", "")
                          .replaceAll("(\\d+)\\d{3}$", "$1 MB"));
                  threads.add(BenchProcess.status(pid, "Threads"));
                  next += 10_000_000_000L;
                  while (running && System.nanoTime() < next) {
                    LockSupport.parkNanos(100_000_000L);
                  }
                }
              },
              "vitals");
      sampler.start();
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
    }
  }

  private static Set<String> storedTexts(Path db) throws Exception {
    Set<String> texts = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(BenchDatabase.url(db));
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery("SELECT text FROM entries WHERE kind = 'WIN'")) {
      while (rs.next()) {
        texts.add(rs.getString(1));
      }
    }
    return texts;
  }
}
