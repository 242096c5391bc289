package app.receipts.slack;

/** Escaping for user text placed into Slack mrkdwn. */
public final class Mrkdwn {
  private Mrkdwn() {}

  /**
   * Slack treats {@code &}, {@code <} and {@code >} as control characters: escaping them is what
   * keeps {@code <!channel>}, {@code <@U123>} and {@code <http://x|label>} typed by a user from
   * becoming mentions or links.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link whose label is user text; the url must already be validated as http(s). */
  public static String link(String url, String label) {
    String safeUrl =
        url.replace("&", "&amp;").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E");
    return "<" + safeUrl + "|" + escape(label).replace("|", "¦") + ">";
  }

  /** Cuts text to at most {@code max} characters, ending with an ellipsis when cut. */
  public static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text == null ? "" : text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
