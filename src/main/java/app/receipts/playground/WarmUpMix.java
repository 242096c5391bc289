package app.receipts.playground;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** The requests a warm-up sends: what people send most, in the proportions they send it. */
final class WarmUpMix {
  static final int PEOPLE = 50;

  /** Wins as people type them: numbers, ranges, bounds and none, so every rule runs. */
  private static final List<String> WINS =
      List.of(
          "Cut p95 checkout latency from 1.8s to 210ms with a covering index",
          "Onboarded 4 teams to the new deploy pipeline",
          "Fixed the flaky login test that failed one CI run in ten",
          "Saved $14k/month on the AWS bill by right-sizing the batch fleet",
          "Error rate down from 2.3% to 0.4% after the retry fix :tada:",
          "Mentored two new hires through their first on-call week",
          "Shipped the export API 3 days early",
          "Kept p99 under 50ms through the Black Friday peak");

  private WarmUpMix() {}

  /**
   * Request {@code i} of the mix people send: of every 100, 70 wins, 12 App Home opens, 17 lists
   * and a packet or an export (each person asking for at most one at a time); a packet's PDF costs
   * a core for a while, and a few of them load and compile all that rendering needs. A packet or an
   * export goes to someone whose win has been acked: with eight senders, a person's only earlier
   * win can still be in flight, and an empty period gets a reply, not a file.
   */
  static boolean send(
      PageActions actions,
      int i,
      AtomicInteger wins,
      AtomicInteger jobs,
      AtomicIntegerArray ackedWins) {
    int person = (i / 100 + i) % PEOPLE;
    int slot = i % 100;
    if (slot < 70) {
      wins.incrementAndGet();
      boolean acked = actions.type(name(person), Cast.CHANNEL, "/win " + WINS.get(i % WINS.size()));
      if (acked) {
        ackedWins.incrementAndGet(person);
      }
      return acked;
    }
    if (slot == 99) {
      person = withAckedWin(person, ackedWins);
    }
    String user = name(person);
    if (slot < 82) {
      return actions.openHome(user);
    }
    if (slot == 99) {
      jobs.incrementAndGet();
      boolean packet = i / 100 % 2 == 0;
      return actions.type(user, Cast.dm(user), packet ? "/win packet last 90 days" : "/win export");
    }
    return actions.type(user, Cast.dm(user), "/win list");
  }

  private static String name(int person) {
    return String.format("U0WARM%02d", person);
  }

  /** {@code person}, or the next one after them with an acked win (70 of the first 99 are wins). */
  private static int withAckedWin(int person, AtomicIntegerArray ackedWins) {
    for (int k = 0; k < PEOPLE; k++) {
      int candidate = (person + k) % PEOPLE;
      if (ackedWins.get(candidate) > 0) {
        return candidate;
      }
    }
    return person;
  }
}
