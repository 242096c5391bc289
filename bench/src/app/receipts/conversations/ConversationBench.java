package app.receipts.conversations;

import app.receipts.capture.WinDraft;
import app.receipts.capture.WinRules;
import app.receipts.capture.Wins;
import app.receipts.entries.Competency;
import app.receipts.entries.EntryEvents;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.packet.EvidenceRanking;
import app.receipts.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A rebuttal (ten points) and a bonus case (five goals) for one person with 20,000 entries
 * (bench.conversations.entries) in a real SQLite file: the query, the matching or the sums, the
 * Markdown and the PDF, timed after warm-up. In this package to reach the builder, which the
 * feature keeps to itself. Run: java -cp … app.receipts.conversations.ConversationBench
 */
public final class ConversationBench {
  private static final int ENTRIES = Integer.getInteger("bench.conversations.entries", 20_000);
  private static final int WARM_UP = Integer.getInteger("bench.conversations.warmup", 3);
  private static final int RUNS = Integer.getInteger("bench.conversations.runs", 10);

  private static final String[] WINS = {
    "Reduced p95 latency of service %d from 1.8s to 210ms by adding an index",
    "Cut the AWS bill for cluster %d from $40k/month to $26k/month by rightsizing",
    "Automated release step %d, saves the team 3 hours a week",
    "Led the incident response for outage %d and wrote the postmortem",
    "Mentored engineer %d through their first on-call rotation",
    "Raised checkout conversion on funnel %d from 2.1%% to 2.6%%",
    "Wrote the RFC for splitting service %d and ran the design review with three teams",
    "Cut build time of pipeline %d from 14 min to 3 min by caching dependencies",
  };

  private ConversationBench() {}

  /** Exits 0 after the report, 1 with the stack trace, as every benchmark in bench/run does. */
  public static void main(String[] args) {
    try {
      System.out.println(run());
    } catch (Throwable t) {
      t.printStackTrace();
      System.out.flush();
      System.exit(1);
    }
    System.out.flush();
    System.exit(0);
  }

  static String run() throws Exception {
    Database database =
        Database.open(
            "jdbc:sqlite:" + Files.createTempDirectory("conversations-bench").resolve("bench.db"));
    Clock clock = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC);
    EntryReads reads = new EntryReads(database);
    Wins entries =
        new Wins(new EntryService(database, new EntryEvents(), clock), reads, new WinRules());
    LocalDate today = LocalDate.of(2026, 12, 31);
    Competency[] competencies = Competency.values();
    for (int i = 0; i < ENTRIES; i++) {
      entries.captureWin(
          "T1",
          "U1",
          new WinDraft(
              String.format(WINS[i % WINS.length], i),
              null,
              null,
              competencies[i % competencies.length],
              List.of(),
              today.minusDays(i % 365)),
          today,
          null);
    }
    ConversationBuilder builder = new ConversationBuilder(reads, null, EvidenceRanking::reading);
    ConversationRequestDao.Request rebuttal =
        request(
            Kind.REBUTTAL,
            Inputs.rebuttal(
                List.of(
                    "Does not take ownership of incidents",
                    "Communication with other teams needs work",
                    "Code reviews are slow",
                    "Designs lack trade-offs",
                    "Misses deadlines",
                    "Does not mentor others",
                    "Rarely improves tooling",
                    "Latency work had little impact",
                    "Has not helped with hiring",
                    "Cost awareness is low"),
                null));
    ConversationRequestDao.Request bonus =
        request(
            Kind.BONUS,
            Inputs.bonus(
                List.of(
                    "Reduce infrastructure spend",
                    "Grow checkout revenue",
                    "Fewer incidents",
                    "Faster releases",
                    "Hire and grow the team"),
                "8%"));
    return time("rebuttal", builder, rebuttal) + "\n" + time("bonus", builder, bonus);
  }

  private static ConversationRequestDao.Request request(Kind kind, Inputs inputs) {
    return new ConversationRequestDao.Request(
        1,
        "T1",
        "U1",
        kind.name(),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        "2026",
        inputs.json(),
        "REQUESTED");
  }

  private static String time(
      String name, ConversationBuilder builder, ConversationRequestDao.Request request) {
    for (int i = 0; i < WARM_UP; i++) {
      builder.build(request);
    }
    long[] millis = new long[RUNS];
    int bytes = 0;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      Documents documents = builder.build(request);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      bytes = documents.pdf().length + documents.markdown().length();
    }
    Arrays.sort(millis);
    return String.format(
        "conversations %s: entries=%d median=%d ms p90=%d ms max=%d ms files=%d kB",
        name,
        ENTRIES,
        millis[RUNS / 2],
        millis[Math.min(RUNS - 1, (int) Math.ceil(RUNS * 0.9) - 1)],
        millis[RUNS - 1],
        bytes / 1024);
  }
}
