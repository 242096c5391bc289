package app.receipts.entries;

import app.receipts.rules.PersonalLexicon;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each person's corrections of the win rules, as read lately. Reading them cost a query on every
 * /win (about an eighth of the ack's CPU); corrections are rare, so they are kept a short while.
 * This process forgets a person's at once when it changes them; another instance's change shows
 * here within {@link #FRESH_FOR}.
 */
final class Lexicons {
  static final Duration FRESH_FOR = Duration.ofSeconds(60);

  /** Enough for every active person of a large workspace; past it, start afresh. */
  private static final int MAX_PEOPLE = 20_000;

  private record Kept(PersonalLexicon lexicon, Instant until) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final Clock clock;

  Lexicons(Clock clock) {
    this.clock = clock;
  }

  PersonalLexicon get(String teamId, String userId, Supplier<PersonalLexicon> read) {
    String key = teamId + ":" + userId;
    Instant now = clock.instant();
    Kept found = kept.get(key);
    if (found != null && now.isBefore(found.until())) {
      return found.lexicon();
    }
    PersonalLexicon lexicon = read.get();
    if (kept.size() >= MAX_PEOPLE) {
      kept.clear();
    }
    kept.put(key, new Kept(lexicon, now.plus(FRESH_FOR)));
    return lexicon;
  }

  void forget(String teamId, String userId) {
    kept.remove(teamId + ":" + userId);
  }
}
