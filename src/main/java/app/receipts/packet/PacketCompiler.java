package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Selects and orders a person's evidence for one period into a {@link Packet}, strongest first. */
final class PacketCompiler {

  static final int MAX_HIGHLIGHTS = 5;

  /** Pinned entries are always highlights; past this many the list stops being a highlight. */
  static final int MAX_PINNED_HIGHLIGHTS = 10;

  static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing(Packet::dayOf).thenComparingLong(Entry::id).reversed();

  public Packet compile(String userDisplayName, Period period, List<Entry> entries) {
    return compile(userDisplayName, period, entries, Map.of());
  }

  Packet compile(
      String userDisplayName, Period period, List<Entry> entries, Map<String, String> authorNames) {
    return compile(userDisplayName, period, entries, authorNames, Entry::pinned, Entry::leftOut);
  }

  /**
   * @param entries the person's entries; those outside the period, praise still pending their
   *     decision and entries left out are not evidence
   * @param authorNames Slack user id to display name for praise authors, when known
   * @param pinned entries the person wants as highlights whatever their strength
   * @param leftOut entries the person keeps out of every packet
   */
  Packet compile(
      String userDisplayName,
      Period period,
      List<Entry> entries,
      Map<String, String> authorNames,
      Predicate<Entry> pinned,
      Predicate<Entry> leftOut) {
    Readings readings = new Readings();
    List<Strength> ranked = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      if (entry.status() != Entry.Status.PENDING
          && period.contains(Packet.dayOf(entry))
          && !leftOut.test(entry)) {
        ranked.add(readings.strength(entry, pinned.test(entry)));
      }
    }
    ranked.sort(Strength.STRONGEST_FIRST);

    int competencies = Competency.values().length;
    List<List<Strength>> wins = lists(competencies);
    List<List<Strength>> praise = lists(competencies);
    List<Entry> evidence = new ArrayList<>(ranked.size());
    List<Entry> unmeasured = new ArrayList<>();
    for (Strength strength : ranked) {
      Entry entry = strength.entry();
      evidence.add(entry);
      int i = entry.competency().ordinal();
      if (entry.kind() == Entry.Kind.WIN) {
        wins.get(i).add(strength);
        if (!readings.measured(entry)) {
          unmeasured.add(entry);
        }
      } else {
        praise.get(i).add(strength);
      }
    }
    int winCount = 0;
    List<Packet.Section> sections = new ArrayList<>(competencies);
    for (Competency competency : Competency.values()) {
      int i = competency.ordinal();
      winCount += wins.get(i).size();
      sections.add(new Packet.Section(competency, entries(wins.get(i)), entries(praise.get(i))));
    }

    Map<Long, String> reasons = new HashMap<>();
    List<Strength> highlights = highlights(ranked);
    Strength largest = null;
    for (Strength strength : highlights) {
      if (strength.measured()
          && !strength.pinned()
          && (largest == null || strength.effect().points() > largest.effect().points())) {
        largest = strength;
      }
    }
    for (Strength strength : highlights) {
      Entry entry = strength.entry();
      reasons.put(
          entry.id(), strength.reason(Packet.authorName(entry, authorNames), strength == largest));
    }

    Drafts drafts =
        new Drafts(
            readings,
            entry -> Packet.authorName(entry, authorNames),
            id -> authorNames.getOrDefault(id, id));
    List<Packet.DraftGroup> groups = new ArrayList<>();
    for (Competency competency : Competency.values()) {
      int i = competency.ordinal();
      Packet.DraftGroup group = drafts.group(competency, wins.get(i), praise.get(i));
      if (group != null) {
        groups.add(group);
      }
    }
    Coverage coverage = Coverage.of(period, sections, evidence, unmeasured);
    return new Packet(
        userDisplayName,
        period,
        winCount,
        evidence.size() - winCount,
        entries(highlights),
        sections,
        Gaps.find(coverage),
        groups,
        GrowthArea.of(coverage, sections),
        coverage,
        Timeline.of(period, evidence),
        authorNames,
        reasons);
  }

  /** Every pinned entry (up to a limit), then the strongest until there are five. */
  private static List<Strength> highlights(List<Strength> ranked) {
    List<Strength> highlights = new ArrayList<>(MAX_HIGHLIGHTS);
    for (Strength strength : ranked) {
      boolean room =
          strength.pinned()
              ? highlights.size() < MAX_PINNED_HIGHLIGHTS
              : highlights.size() < MAX_HIGHLIGHTS;
      if (!room) {
        break;
      }
      highlights.add(strength);
    }
    return highlights;
  }

  private static List<Entry> entries(List<Strength> strengths) {
    List<Entry> entries = new ArrayList<>(strengths.size());
    for (Strength strength : strengths) {
      entries.add(strength.entry());
    }
    return entries;
  }

  private static List<List<Strength>> lists(int count) {
    List<List<Strength>> lists = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }
}
