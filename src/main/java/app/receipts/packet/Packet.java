package app.receipts.packet;

import app.receipts.capture.Competency;
import app.receipts.capture.Entry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Everything a review packet shows, already selected and ordered; renderers only format it.
 *
 * @param sections one per competency, in rubric order, entries newest first
 * @param untagged evidence with no competency, newest first
 * @param authorNames Slack user id to display name, for praise authors
 */
public record Packet(
    String userDisplayName,
    Period period,
    int winCount,
    int praiseCount,
    List<Entry> highlights,
    List<Section> sections,
    List<Entry> untagged,
    List<Gap> gaps,
    List<StarterGroup> starters,
    Timeline timeline,
    Map<String, String> authorNames) {

  public Packet {
    userDisplayName = userDisplayName == null ? "" : userDisplayName;
    highlights = List.copyOf(highlights);
    sections = List.copyOf(sections);
    untagged = List.copyOf(untagged);
    gaps = List.copyOf(gaps);
    starters = List.copyOf(starters);
    authorNames = Map.copyOf(authorNames);
  }

  public record Section(Competency competency, List<Entry> wins, List<Entry> praise) {
    public Section {
      wins = List.copyOf(wins);
      praise = List.copyOf(praise);
    }

    public int total() {
      return wins.size() + praise.size();
    }
  }

  public record Gap(Competency competency, String suggestion) {}

  public record StarterGroup(Competency competency, List<String> sentences) {
    public StarterGroup {
      sentences = List.copyOf(sentences);
    }
  }

  /** {@code packet-2026-H1.md} and the like; slugs only hold digits, letters, '-' and '_'. */
  public String fileName(String extension) {
    return "packet-" + period.slug() + "." + extension;
  }

  public int entryCount() {
    return winCount + praiseCount;
  }

  /** The praise author's display name, or their Slack user id when the name is unknown. */
  public String authorName(Entry praise) {
    String id = praise.authorUserId();
    if (id == null || id.isBlank()) {
      return "someone";
    }
    return authorNames.getOrDefault(id, id);
  }

  /** The day evidence counts for: when it happened, or when it was saved if that is unknown. */
  public static LocalDate dayOf(Entry entry) {
    if (entry.occurredOn() != null) {
      return entry.occurredOn();
    }
    return entry.createdAt() == null
        ? LocalDate.EPOCH
        : LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC);
  }
}
