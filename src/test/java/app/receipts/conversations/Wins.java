package app.receipts.conversations;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.packet.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A person's entries built in memory, numbered from 1 in the order they are added. */
final class Wins {
  static final Period YEAR =
      new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "2026", "2026");
  static final Names NAMES = new Names("U1", Map.of("U0PRIYA", "Priya", "U0SAM", "Sam"));

  private final List<Entry> entries = new ArrayList<>();

  Wins win(Competency competency, String text, String metric) {
    return win(competency, text, null, metric);
  }

  Wins win(Competency competency, String text, String impact, String metric) {
    entries.add(
        Entry.win(
                "T",
                "U1",
                text,
                impact,
                metric,
                competency,
                List.of(),
                LocalDate.of(2026, 1, 1).plusDays(7L * entries.size()),
                Instant.EPOCH)
            .withId(entries.size() + 1));
    return this;
  }

  Wins praise(Competency competency, String author, String text) {
    entries.add(
        Entry.builder("T", "U1", Entry.Kind.PRAISE, Instant.EPOCH)
            .text(text)
            .competency(competency)
            .occurredOn(LocalDate.of(2026, 1, 1).plusDays(7L * entries.size()))
            .message(author, "C1", "1.1", author, null)
            .build()
            .withId(entries.size() + 1));
    return this;
  }

  List<Entry> all() {
    return List.copyOf(entries);
  }
}
