package app.receipts.entries;

import app.receipts.slack.Dates;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackLimits;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.SlackText;
import app.receipts.slack.WebLinks;
import java.util.ArrayList;
import java.util.List;

/** One-line mrkdwn renderings of entries, shared by replies, lists and App Home. */
public final class EntryFormat {
  private EntryFormat() {}

  /**
   * "Jun 3, 2026 · Delivery · 📈 p95 1.8s → 210ms · <link|PR>" (praise: "from @Maya · " first), all
   * user text escaped, within one text object's 3,000 characters: links that do not fit whole are
   * counted instead of cut.
   */
  public static String facts(Entry entry) {
    return facts(entry, SlackLimits.TEXT_OBJECT);
  }

  public static String facts(Entry entry, int max) {
    List<String> parts = new ArrayList<>();
    if (entry.kind() == Entry.Kind.PRAISE) {
      parts.add(author(entry));
    }
    parts.add(Dates.day(entry.occurredOn()));
    parts.add(entry.competency().label());
    if (entry.hasMetric()) {
      parts.add(":chart_with_upwards_trend: " + SlackText.escaped(entry.metric(), 300));
    }
    List<String> links = new ArrayList<>();
    int n = 1;
    for (String link : entry.links()) {
      if (WebLinks.isWebLink(link)) {
        links.add(Mrkdwn.link(link, entry.links().size() == 1 ? "link" : "link " + n));
      }
      n++;
    }
    if (WebLinks.isWebLink(entry.permalink())) {
      links.add(Mrkdwn.link(entry.permalink(), "message"));
    }
    // room for " · +N links too long to show here"
    int budget = max - 40;
    int used = String.join(" · ", parts).length();
    int skipped = 0;
    for (String link : links) {
      if (used + 3 + link.length() <= budget) {
        parts.add(link);
        used += 3 + link.length();
      } else {
        skipped++;
      }
    }
    if (skipped > 0) {
      parts.add("+" + skipped + (skipped == 1 ? " link" : " links") + " too long to show here");
    }
    return SlackText.fit(String.join(" · ", parts), max, "");
  }

  /**
   * Praise's author as Slack shows a mention (their name, never the raw id); an id that is not one
   * (forget-me cleared it, a forged payload) reads as unknown rather than as markup.
   */
  static String author(Entry praise) {
    String id = praise.authorUserId();
    return id != null && id.matches("[UW][A-Z0-9]{1,20}") ? "from <@" + id + ">" : "author unknown";
  }

  /**
   * An entry's text as mrkdwn: a win as its author typed it, escaped; praise as Slack sent it, with
   * people, channels and links live and broadcasts neutralised.
   */
  public static String mrkdwn(Entry entry) {
    return mrkdwn(entry.kind(), entry.text());
  }

  public static String mrkdwn(Entry.Kind kind, String text) {
    return kind == Entry.Kind.PRAISE ? SlackMarkup.live(text) : Mrkdwn.escape(text);
  }

  /** The entry as a mrkdwn quote cut to {@code max}, saying where the full text is when cut. */
  public static String quote(Entry entry, int max) {
    return SlackText.quoteSafe(mrkdwn(entry), max, SlackText.FULL_TEXT);
  }

  /** One line of the entry's text, at most {@code max} characters as Slack counts them. */
  public static String line(Entry entry, int max) {
    return SlackText.fit(mrkdwn(entry.kind(), entry.text().replaceAll("\\s+", " ")), max, "");
  }

  /**
   * User text as a mrkdwn quote, escaped first and then cut to at most {@code max} characters as
   * Slack counts them, saying where the full text is when cut.
   */
  public static String quote(String text, int max) {
    return SlackText.quote(text, max, SlackText.FULL_TEXT);
  }
}
