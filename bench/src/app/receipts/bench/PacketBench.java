package app.receipts.bench;

import app.receipts.capture.WinDraft;
import app.receipts.capture.WinRules;
import app.receipts.capture.Wins;
import app.receipts.entries.Competency;
import app.receipts.entries.EntryEvents;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.PacketFiles;
import app.receipts.packet.Period;
import app.receipts.store.Database;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A packet for one user with 5,000 entries (bench.packet.entries) in a real SQLite file: the
 * indexed query, compile, Markdown and PDF, timed after warm-up.
 */
public final class PacketBench {
  private static final int ENTRIES = Integer.getInteger("bench.packet.entries", 5_000);
  private static final int WARM_UP = Integer.getInteger("bench.packet.warmup", 5);
  private static final int RUNS = Integer.getInteger("bench.packet.runs", 15);

  public static void main(String[] args) {
    BenchMain.run(() -> System.out.println(run()));
  }

  static String run() throws Exception {
    Database database = Database.open(BenchDatabase.fresh("packet-bench"));
    Clock clock = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC);
    EntryReads reads = new EntryReads(database);
    LocalDate today = LocalDate.of(2026, 12, 31);
    storeWins(database, clock, "T1", ENTRIES, today);
    PacketBuilder builder = new PacketBuilder(reads);
    Period period = Period.between(LocalDate.of(2026, 1, 1), today);
    for (int i = 0; i < WARM_UP; i++) {
      builder.build("T1", "U1", "Zoë Ångström", period);
    }
    // the build runs on this thread: its CPU time and allocation hold up on a shared machine,
    // where wall-clock time also counts whatever else the cores were doing
    com.sun.management.ThreadMXBean thread =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] millis = new long[RUNS];
    long[] cpuMillis = new long[RUNS];
    long[] allocated = new long[RUNS];
    PacketFiles last = null;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      long cpu = thread.getCurrentThreadCpuTime();
      long bytes = thread.getCurrentThreadAllocatedBytes();
      last = builder.build("T1", "U1", "Zoë Ångström", period);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      cpuMillis[i] = (thread.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      allocated[i] = thread.getCurrentThreadAllocatedBytes() - bytes;
    }
    database.close();
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    Arrays.sort(allocated);
    return String.format(
        "packet   | %,d entries, query + Markdown + PDF | median %d ms | min %d ms | max %d ms"
            + " | CPU median %d ms | allocated median %,d MB"
            + " | %d runs after %d warm-up | md %,d B, pdf %,d B | peak RSS of this JVM %s",
        last.packet().entryCount(),
        millis[RUNS / 2],
        millis[0],
        millis[RUNS - 1],
        cpuMillis[RUNS / 2],
        allocated[RUNS / 2] / 1_000_000,
        RUNS,
        WARM_UP,
        last.markdown().length(),
        last.pdf().length,
        BenchProcess.status(ProcessHandle.current().pid(), "VmHWM"));
  }

  /**
   * {@code count} wins of user U1 in {@code teamId}, stored as /win stores them, dated over the
   * year up to {@code today}: the history both packet benchmarks build from.
   */
  static void storeWins(Database database, Clock clock, String teamId, int count, LocalDate today) {
    Wins wins =
        new Wins(
            new EntryService(database, new EntryEvents(), clock),
            new EntryReads(database),
            new WinRules());
    Competency[] competencies = Competency.values();
    for (int i = 0; i < count; i++) {
      wins.captureWin(
          teamId,
          "U1",
          new WinDraft(
              "Reduced p95 latency of service " + i + " from 1.8s to 210ms by adding an index",
              i % 3 == 0 ? "Kept the mobile clients fast" : null,
              null,
              competencies[i % competencies.length],
              List.of("https://github.com/acme/repo/pull/" + i),
              today.minusDays(i % 365)),
          today,
          null);
    }
  }
}
