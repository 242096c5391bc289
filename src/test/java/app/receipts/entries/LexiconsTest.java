package app.receipts.entries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.rules.PersonalLexicon;
import app.receipts.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LexiconsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
  private final Lexicons lexicons = new Lexicons(clock);
  private final AtomicInteger reads = new AtomicInteger();

  private PersonalLexicon read() {
    reads.incrementAndGet();
    return PersonalLexicon.EMPTY;
  }

  @Test
  void a_persons_corrections_are_read_once_while_fresh_and_again_after() {
    lexicons.get("T1", "U1", this::read);
    lexicons.get("T1", "U1", this::read);
    assertEquals(1, reads.get());
    clock.advance(Lexicons.FRESH_FOR);
    lexicons.get("T1", "U1", this::read);
    assertEquals(2, reads.get(), "another instance's correction shows within FRESH_FOR");
  }

  @Test
  void a_change_here_is_read_at_once_and_only_for_that_person() {
    lexicons.get("T1", "U1", this::read);
    lexicons.get("T1", "U2", this::read);
    lexicons.forget("T1", "U1");
    clock.advance(Duration.ofSeconds(1));
    lexicons.get("T1", "U1", this::read);
    lexicons.get("T1", "U2", this::read);
    assertEquals(3, reads.get());
  }
}
