package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.SlackMarkup;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything a review packet shows, already selected and ordered; renderers only format it.
 *
 * @param highlights the strongest entries, pinned ones first
 * @param sections one per competency, in rubric order, entries strongest first
 * @param gaps competencies under half their weight, largest shortfall first
 * @param drafts self-review sentences per competency that has wins, in rubric order
 * @param growth the growth-area paragraph for the weakest weighted competency, or null
 * @param authorNames Slack user id to display name, for praise authors and people praise mentions
 * @param reasons entry id to the one line that says why it is a highlight
 */
public record Packet(
    String userDisplayName,
    Period period,
    int winCount,
    int praiseCount,
    List<Entry> highlights,
    List<Section> sections,
    List<Gap> gaps,
    List<DraftGroup> drafts,
    Growth growth,
    Coverage coverage,
    Timeline timeline,
    Map<String, String> authorNames,
    Map<Long, String> reasons) {

  /** A private-use character: no message text holds it, no escaper touches it. */
  private static final String LINK_MARK = "\uE000";

  public Packet {
    userDisplayName = userDisplayName == null ? "" : userDisplayName;
    highlights = List.copyOf(highlights);
    sections = List.copyOf(sections);
    gaps = List.copyOf(gaps);
    drafts = List.copyOf(drafts);
    authorNames = Map.copyOf(authorNames);
    reasons = Map.copyOf(reasons);
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

  /**
   * One drafted sentence, plain text ending in its citation ("… [#12]."); its links go to a
   * reference after it, never inside it.
   */
  public record Sentence(String text, List<Long> ids, List<String> links) {
    public Sentence {
      ids = List.copyOf(ids);
      links = List.copyOf(links);
    }
  }

  /**
   * A competency's draft. It carries no rating level: a rating is the reviewer's call, and the
   * packet shows no basis for one.
   */
  public record DraftGroup(Competency competency, List<Sentence> sentences) {
    public DraftGroup {
      sentences = List.copyOf(sentences);
    }
  }

  /** One honest paragraph on the weakest weighted competency, citing what evidence it has. */
  public record Growth(Competency competency, String text, List<Long> ids) {
    public Growth {
      ids = List.copyOf(ids);
    }
  }

  /** Why {@code entry} was chosen as a highlight; empty for other entries. */
  public String reason(Entry entry) {
    return reasons.getOrDefault(entry.id(), "");
  }

  /** {@code packet-2026-H1.md} and the like; slugs only hold digits, letters, '-' and '_'. */
  public String fileName(String extension) {
    return "packet-" + period.slug() + "." + extension;
  }

  public int entryCount() {
    return winCount + praiseCount;
  }

  /**
   * An entry's text for a file: praise is stored as Slack sent it, so mentions become
   * {@code @Name}, links go through {@code links}, entities and emoji codes are decoded; a win is
   * as typed. Text is escaped with {@code escape}, links are not.
   */
  public String readableText(
      Entry entry, SlackMarkup.LinkStyle links, UnaryOperator<String> escape) {
    if (entry.kind() != Entry.Kind.PRAISE) {
      return escape.apply(entry.text());
    }
    // escape the readable text as a whole (line starts matter to Markdown), links put back after
    List<String> rendered = new ArrayList<>();
    String text =
        SlackMarkup.readable(
            entry.text(),
            id -> authorNames.getOrDefault(id, id),
            (url, label) -> {
              rendered.add(links.link(url, label));
              return LINK_MARK + (rendered.size() - 1) + LINK_MARK;
            },
            UnaryOperator.identity());
    String escaped = escape.apply(text);
    for (int i = 0; i < rendered.size(); i++) {
      escaped = escaped.replace(LINK_MARK + i + LINK_MARK, rendered.get(i));
    }
    return escaped;
  }

  /** The praise author's display name, or their Slack user id when the name is unknown. */
  public String authorName(Entry praise) {
    return authorName(praise, authorNames);
  }

  static String authorName(Entry praise, Map<String, String> authorNames) {
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
