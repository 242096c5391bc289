package app.receipts.bench;

import app.receipts.store.Database;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.SignedClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory figure, measured on the bot itself: the jar, with the README's JVM flags,
 * asked for a packet of 20,000 entries (bench.packet.entries) through /win packet; prints the bot's
 * peak RSS after the files are uploaded, and how long from the ack to the upload.
 */
public final class PacketRssBench {
  private static final int ENTRIES = Integer.getInteger("bench.packet.entries", 20_000);

  public static void main(String[] args) {
    BenchMain.run(() -> System.out.println(run()));
  }

  static String run() throws Exception {
    Path db = Files.createTempDirectory("packet-rss").resolve("bench.db");
    fill(db);
    try (FakeSlack slack = new FakeSlack()) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(CaptureBench.JVM_FLAGS);
      command.addAll(List.of("-jar", "target/receipts.jar"));
      BenchProcess bot =
          BenchProcess.start(command, slack, db, "packet-rss", SignedClient.SECRET, false);
      try {
        String before = BenchProcess.status(bot.process.pid(), "VmHWM");
        SignedClient client = new SignedClient(bot.port, slack);
        long start = System.nanoTime();
        client.command("U1", "packet 2026");
        slack.await("files.completeUploadExternal", c -> true, Duration.ofMinutes(2));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return String.format(
            "packet   | the bot, %,d entries, /win packet to files uploaded %,d ms"
                + " | peak RSS before %s, after %s",
            ENTRIES, millis, before, BenchProcess.status(bot.process.pid(), "VmHWM"));
      } finally {
        bot.process.destroy();
        bot.process.waitFor();
      }
    }
  }

  /** The person's wins, stored before the bot starts on the same file. */
  private static void fill(Path file) {
    Database database = Database.open("jdbc:sqlite:" + file);
    PacketBench.storeWins(
        database, Clock.systemUTC(), FakeSlack.TEAM, ENTRIES, LocalDate.of(2026, 12, 31));
    database.close();
  }
}
