package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Selects and orders a person's evidence for one period into a {@link Packet}. */
final class PacketCompiler {

  static final int MAX_HIGHLIGHTS = 5;
  static final int MAX_STARTERS_PER_COMPETENCY = 5;

  static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing(Packet::dayOf).thenComparingLong(Entry::id).reversed();

  /** Metric-backed wins first, then praise, then the rest; newest first within each tier. */
  static final Comparator<Entry> STRONGEST_FIRST =
      Comparator.comparingInt(PacketCompiler::tier).thenComparing(NEWEST_FIRST);

  Packet compile(String userDisplayName, Period period, List<Entry> entries) {
    return compile(userDisplayName, period, entries, Map.of());
  }

  /**
   * @param entries the person's entries; those outside the period and praise still pending their
   *     decision are left out
   * @param authorNames Slack user id to display name for praise authors, when known
   */
  Packet compile(
      String userDisplayName, Period period, List<Entry> entries, Map<String, String> authorNames) {
    List<Entry> evidence =
        entries.stream()
            .filter(entry -> entry.status() != Entry.Status.PENDING)
            .filter(entry -> period.contains(Packet.dayOf(entry)))
            .sorted(NEWEST_FIRST)
            .toList();

    List<Packet.Section> sections = new ArrayList<>();
    List<Packet.StarterGroup> starters = new ArrayList<>();
    for (Competency competency : Competency.values()) {
      List<Entry> mine = evidence.stream().filter(e -> e.competency() == competency).toList();
      List<Entry> wins = mine.stream().filter(e -> e.kind() == Entry.Kind.WIN).toList();
      List<Entry> praise = mine.stream().filter(e -> e.kind() == Entry.Kind.PRAISE).toList();
      sections.add(new Packet.Section(competency, wins, praise));
      List<String> sentences =
          wins.stream()
              .sorted(STRONGEST_FIRST)
              .map(Starters::sentence)
              .filter(sentence -> !sentence.isEmpty())
              .limit(MAX_STARTERS_PER_COMPETENCY)
              .toList();
      if (!sentences.isEmpty()) {
        starters.add(new Packet.StarterGroup(competency, sentences));
      }
    }
    int wins = (int) evidence.stream().filter(e -> e.kind() == Entry.Kind.WIN).count();
    return new Packet(
        userDisplayName,
        period,
        wins,
        evidence.size() - wins,
        evidence.stream().sorted(STRONGEST_FIRST).limit(MAX_HIGHLIGHTS).toList(),
        sections,
        Gaps.find(sections),
        starters,
        Timeline.of(period, evidence),
        authorNames);
  }

  private static int tier(Entry entry) {
    if (entry.hasMetric()) {
      return 0;
    }
    return entry.kind() == Entry.Kind.PRAISE ? 1 : 2;
  }
}
