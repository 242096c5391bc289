package app.receipts.slack;

/**
 * Length-safe mrkdwn: escape first, then cut, so the limit applies to the text as Slack counts it.
 * A cut lands on a code point, never inside an entity ({@code &amp;}) or a {@code <…>} token (a
 * link or mention), and ends with an ellipsis and, where there is one, a pointer to the full text.
 */
public final class SlackText {
  /** Where the full text of an entry can still be read when a surface shows it shortened. */
  public static final String FULL_TEXT = " _(full text in App Home and your packet)_";

  private SlackText() {}

  /** User text made safe for mrkdwn, then cut to {@code max}. */
  public static String escaped(String raw, int max) {
    return fit(Mrkdwn.escape(raw), max, "");
  }

  /** User text as a mrkdwn quote ({@code >} on every line), escaped, then cut to {@code max}. */
  public static String quote(String raw, int max, String more) {
    String escaped = Mrkdwn.escape(raw == null ? "" : raw);
    return fit(">" + escaped.replace("\n", "\n>"), max, more);
  }

  /** Mrkdwn that is already safe (escaped, or live Slack markup) as a quote, cut to {@code max}. */
  public static String quoteSafe(String mrkdwn, int max, String more) {
    return fit(">" + (mrkdwn == null ? "" : mrkdwn).replace("\n", "\n>"), max, more);
  }

  /**
   * Cuts mrkdwn that is already escaped (or Slack markup) to at most {@code max} UTF-16 units; when
   * cut, it ends with "…" and {@code more}.
   */
  public static String fit(String mrkdwn, int max, String more) {
    if (mrkdwn == null) {
      return "";
    }
    if (mrkdwn.length() <= max) {
      return mrkdwn;
    }
    String tail = "…" + (more == null ? "" : more);
    if (tail.length() >= max) {
      tail = "…";
    }
    return mrkdwn.substring(0, safeCut(mrkdwn, max - tail.length())) + tail;
  }

  /** How many characters a person counts in {@code text}: code points, not UTF-16 units. */
  public static int characters(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  /** The largest index at most {@code end} where the text can be cut without breaking a token. */
  static int safeCut(String text, int end) {
    int cut = Math.max(0, Math.min(end, text.length()));
    int open = text.lastIndexOf('<', cut - 1);
    if (open >= 0 && text.lastIndexOf('>', cut - 1) < open) {
      cut = open;
    }
    int amp = text.lastIndexOf('&', cut - 1);
    int semi = amp < 0 ? -1 : text.indexOf(';', amp);
    if (amp >= 0 && (semi < 0 || semi >= cut) && cut - amp <= 8) {
      cut = amp;
    }
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return Math.max(0, cut);
  }
}
