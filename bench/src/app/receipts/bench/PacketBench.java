package app.receipts.bench;

import app.receipts.capture.Competency;
import app.receipts.capture.EntryEvents;
import app.receipts.capture.EntryService;
import app.receipts.capture.WinDraft;
import app.receipts.capture.WinRules;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.PacketFiles;
import app.receipts.packet.Period;
import app.receipts.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A packet for one user with 5,000 entries in a real SQLite file: the indexed query, compile,
 * Markdown and PDF, timed after warm-up.
 */
public final class PacketBench {
  private static final int ENTRIES = 5_000;
  private static final int WARM_UP = 5;
  private static final int RUNS = 15;

  public static void main(String[] args) throws Exception {
    System.out.println(run());
    System.exit(0); // background threads (fake Slack, scheduler) would keep the JVM alive
  }

  static String run() throws Exception {
    Database database = Database.open(BenchDatabase.fresh("packet-bench"));
    Clock clock = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC);
    EntryService entries =
        new EntryService(
            database,
            new WinRules(),
            new EntryEvents(),
            clock);
    LocalDate today = LocalDate.of(2026, 12, 31);
    Competency[] competencies = Competency.values();
    for (int i = 0; i < ENTRIES; i++) {
      entries.captureWin(
          "T1",
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
    PacketBuilder builder = new PacketBuilder(entries);
    Period period = Period.between(LocalDate.of(2026, 1, 1), today);
    for (int i = 0; i < WARM_UP; i++) {
      builder.build("T1", "U1", "Zoë Ångström", period);
    }
    long[] millis = new long[RUNS];
    PacketFiles last = null;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      last = builder.build("T1", "U1", "Zoë Ångström", period);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    database.close();
    Arrays.sort(millis);
    return String.format(
        "packet   | %,d entries, query + Markdown + PDF | median %d ms | min %d ms | max %d ms"
            + " | %d runs after %d warm-up | md %,d B, pdf %,d B",
        last.packet().entryCount(), millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS, WARM_UP,
        last.markdown().length(), last.pdf().length);
  }
}
