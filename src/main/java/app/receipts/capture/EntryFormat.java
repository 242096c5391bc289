package app.receipts.capture;

import app.receipts.slack.Mrkdwn;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One-line mrkdwn renderings of entries, shared by replies, lists and App Home. */
public final class EntryFormat {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

  private EntryFormat() {}

  public static String date(LocalDate date) {
    return DAY.format(date);
  }

  /** "Jun 3, 2026 · Delivery · 📈 p95 1.8s → 210ms · <link|PR>", all user text escaped. */
  public static String facts(Entry entry) {
    List<String> parts = new ArrayList<>();
    parts.add(date(entry.occurredOn()));
    parts.add(entry.competency().label());
    if (entry.hasMetric()) {
      parts.add(":chart_with_upwards_trend: " + Mrkdwn.escape(entry.metric()));
    }
    int n = 1;
    for (String link : entry.links()) {
      if (WinRules.isWebLink(link)) {
        parts.add(Mrkdwn.link(link, entry.links().size() == 1 ? "link" : "link " + n));
      }
      n++;
    }
    if (entry.permalink() != null && WinRules.isWebLink(entry.permalink())) {
      parts.add(Mrkdwn.link(entry.permalink(), "message"));
    }
    return String.join(" · ", parts);
  }

  /** The entry's text as a mrkdwn quote, cut to fit a section. */
  public static String quote(String text, int max) {
    String escaped = Mrkdwn.escape(Mrkdwn.truncate(text, max));
    return ">" + escaped.replace("\n", "\n>");
  }
}
