package app.receipts.conversations;

import app.receipts.entries.Entry;
import app.receipts.packet.PdfDocuments;
import app.receipts.slack.Dates;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.WebLinks;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** An entry as these documents quote it, always with the id it can be traced back by. */
final class Evidence {
  /** Stands in for a link while the text around it is escaped; private use, never typed. */
  private static final String LINK_MARK = "\uE000";

  private static final int BRIEF = 90;

  private Evidence() {}

  /** "[#12]", or "[#3, #9]": where a line or a number came from. */
  static String cite(Collection<Long> ids) {
    return ids.stream().map(id -> "#" + id).collect(Collectors.joining(", ", "[", "]"));
  }

  static String cite(Entry entry) {
    return "[#" + entry.id() + "]";
  }

  static LocalDate dayOf(Entry entry) {
    if (entry.occurredOn() != null) {
      return entry.occurredOn();
    }
    return entry.createdAt() == null
        ? null
        : LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC);
  }

  static String day(Entry entry) {
    LocalDate day = dayOf(entry);
    return day == null ? "undated" : Dates.day(day);
  }

  /**
   * The entry's text for a file: Slack markup resolved to names, escaped for Markdown as a whole
   * (spaces and line starts matter to it), its links put back after.
   */
  static String text(Entry entry, Names people) {
    List<String> links = new ArrayList<>();
    String readable =
        SlackMarkup.readable(
            entry.text(),
            people::name,
            (url, label) -> {
              links.add(PdfDocuments.link(url, label));
              return LINK_MARK + (links.size() - 1) + LINK_MARK;
            },
            UnaryOperator.identity());
    String escaped = PdfDocuments.escape(readable);
    for (int i = 0; i < links.size(); i++) {
      escaped = escaped.replace(LINK_MARK + i + LINK_MARK, links.get(i));
    }
    return escaped;
  }

  /** A few words of the entry for a spoken sentence: a win's text, or whose praise and what. */
  static String brief(Entry entry, Names people) {
    String text = SlackMarkup.readable(entry.text(), people::name);
    if (entry.kind() == Entry.Kind.PRAISE) {
      return "praise from "
          + PdfDocuments.escape(people.name(entry.authorUserId()))
          + ", ‘"
          + shortened(text)
          + "’";
    }
    return shortened(text);
  }

  private static String shortened(String readable) {
    String text = readable;
    if (text.length() > BRIEF) {
      int cut = text.lastIndexOf(' ', BRIEF);
      text = text.substring(0, cut > BRIEF / 2 ? cut : BRIEF) + "…";
    }
    return PdfDocuments.escape(text);
  }

  /** A Markdown bullet (without the leading "- "): a win with its numbers, or quoted praise. */
  static String bullet(Entry entry, Names people) {
    StringBuilder md = new StringBuilder();
    if (entry.kind() == Entry.Kind.PRAISE) {
      md.append("“").append(text(entry, people)).append("” — **");
      md.append(PdfDocuments.escape(people.name(entry.authorUserId()))).append("**, ");
      md.append(day(entry));
      if (WebLinks.isWebLink(entry.permalink())) {
        md.append(" · ").append(PdfDocuments.link(entry.permalink(), "View in Slack"));
      }
    } else {
      md.append("**").append(day(entry)).append("**: ").append(text(entry, people));
      if (entry.impact() != null && !entry.impact().isBlank()) {
        md.append(" · Impact: ").append(PdfDocuments.escape(entry.impact()));
      }
      if (entry.hasMetric()) {
        md.append(" · Metric: ").append(PdfDocuments.escape(entry.metric()));
      }
    }
    md.append(" _(").append(entry.competency().label()).append(")_");
    return md.append(' ').append(cite(entry)).toString();
  }
}
