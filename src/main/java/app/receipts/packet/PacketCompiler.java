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
  private static final int TIERS = 3;

  static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing(Packet::dayOf).thenComparingLong(Entry::id).reversed();

  public Packet compile(String userDisplayName, Period period, List<Entry> entries) {
    return compile(userDisplayName, period, entries, Map.of());
  }

  /**
   * @param entries the person's entries; those outside the period and praise still pending their
   *     decision are left out
   * @param authorNames Slack user id to display name for praise authors, when known
   */
  Packet compile(
      String userDisplayName, Period period, List<Entry> entries, Map<String, String> authorNames) {
    List<Entry> evidence = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      if (entry.status() != Entry.Status.PENDING && period.contains(Packet.dayOf(entry))) {
        evidence.add(entry);
      }
    }
    evidence.sort(NEWEST_FIRST);

    // Highlights and starters go strongest first: metric-backed wins, then praise, then the rest,
    // newest first within each tier. Splitting the newest-first list by tier gives that order in
    // the same pass that fills the sections, so 20,000 entries are sorted once, not eight times.
    int competencies = Competency.values().length;
    List<List<Entry>> wins = lists(competencies);
    List<List<Entry>> praise = lists(competencies);
    List<List<List<Entry>>> winsByTier = new ArrayList<>(competencies);
    for (int i = 0; i < competencies; i++) {
      winsByTier.add(lists(TIERS));
    }
    List<List<Entry>> byTier = lists(TIERS);
    int winCount = 0;
    for (Entry entry : evidence) {
      boolean win = entry.kind() == Entry.Kind.WIN;
      if (win) {
        winCount++;
      }
      byTier.get(tier(entry)).add(entry);
      Competency competency = entry.competency();
      if (win) {
        wins.get(competency.ordinal()).add(entry);
        winsByTier.get(competency.ordinal()).get(tier(entry)).add(entry);
      } else if (entry.kind() == Entry.Kind.PRAISE) {
        praise.get(competency.ordinal()).add(entry);
      }
    }

    List<Packet.Section> sections = new ArrayList<>(competencies);
    List<Packet.StarterGroup> starters = new ArrayList<>();
    for (Competency competency : Competency.values()) {
      int i = competency.ordinal();
      sections.add(new Packet.Section(competency, wins.get(i), praise.get(i)));
      List<String> sentences = sentences(winsByTier.get(i));
      if (!sentences.isEmpty()) {
        starters.add(new Packet.StarterGroup(competency, sentences));
      }
    }
    List<Entry> highlights = new ArrayList<>(MAX_HIGHLIGHTS);
    for (List<Entry> tier : byTier) {
      for (Entry entry : tier) {
        if (highlights.size() < MAX_HIGHLIGHTS) {
          highlights.add(entry);
        }
      }
    }
    return new Packet(
        userDisplayName,
        period,
        winCount,
        evidence.size() - winCount,
        highlights,
        sections,
        Gaps.find(sections),
        starters,
        Timeline.of(period, evidence),
        authorNames);
  }

  /** The first few starter sentences the strongest wins make; wins with no sentence are skipped. */
  private static List<String> sentences(List<List<Entry>> winsByTier) {
    List<String> sentences = new ArrayList<>(MAX_STARTERS_PER_COMPETENCY);
    for (List<Entry> tier : winsByTier) {
      for (Entry win : tier) {
        if (sentences.size() == MAX_STARTERS_PER_COMPETENCY) {
          return sentences;
        }
        String sentence = Starters.sentence(win);
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  private static List<List<Entry>> lists(int count) {
    List<List<Entry>> lists = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  private static int tier(Entry entry) {
    if (entry.hasMetric()) {
      return 0;
    }
    return entry.kind() == Entry.Kind.PRAISE ? 1 : 2;
  }
}
