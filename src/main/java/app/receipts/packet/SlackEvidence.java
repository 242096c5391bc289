package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.slack.Dates;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.SlackText;
import app.receipts.slack.WebLinks;
import java.util.regex.Pattern;

/** Single lines of packet evidence in Slack mrkdwn, with all user text escaped. */
final class SlackEvidence {
  private SlackEvidence() {}

  static final int MAX_ENTRY_CHARS = 280;
  private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

  static String line(Packet packet, Entry entry) {
    String day = Dates.day(Packet.dayOf(entry));
    if (entry.kind() == Entry.Kind.PRAISE) {
      // praise is Slack markup: people and links stay live, broadcasts are neutralised
      String text =
          SlackText.fit(
              SlackMarkup.live(PacketText.oneLine(entry.text())), MAX_ENTRY_CHARS * 2, "");
      String from = author(packet, entry);
      String link =
          WebLinks.isWebLink(entry.permalink())
              ? " · " + Mrkdwn.link(entry.permalink(), "view")
              : "";
      return day + " · “" + text + "” — " + from + link;
    }
    String text = SlackText.escaped(PacketText.oneLine(entry.text()), MAX_ENTRY_CHARS * 2);
    StringBuilder line = new StringBuilder(day).append(" · ").append(text);
    if (entry.hasMetric()) {
      line.append(" (")
          .append(Mrkdwn.escape(Mrkdwn.truncate(PacketText.oneLine(entry.metric()), 120)))
          .append(')');
    }
    entry.links().stream()
        .filter(WebLinks::isWebLink)
        .limit(2)
        .forEach(url -> line.append(" · ").append(Mrkdwn.link(url, PacketText.linkLabel(url))));
    return line.toString();
  }

  /** A known name, else a Slack mention (rendered as the name by Slack), never raw user text. */
  private static String author(Packet packet, Entry praise) {
    String id = praise.authorUserId();
    if (id != null
        && !packet.authorNames().containsKey(id)
        && SLACK_USER_ID.matcher(id).matches()) {
      return "<@" + id + ">";
    }
    return Mrkdwn.escape(Mrkdwn.truncate(PacketText.oneLine(packet.authorName(praise)), 80));
  }
}
