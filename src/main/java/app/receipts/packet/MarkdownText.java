package app.receipts.packet;

import app.receipts.slack.WebLinks;

/** Makes user text inert inside GitHub-flavoured Markdown. */
final class MarkdownText {
  private MarkdownText() {}

  /**
   * Inline syntax plus {@code |} (table cells), {@code $} (GitHub math), {@code &} (entities) and
   * {@code #}; all may be backslash-escaped under CommonMark, which then shows them literally.
   */
  private static final String INLINE_SPECIALS = "\\`*_[]<>|~&$#";

  static String escape(String text) {
    return escape(new StringBuilder(), text).toString();
  }

  /** Appends {@code text} escaped to {@code out}, as {@link #escape(String)} returns it. */
  static StringBuilder escape(StringBuilder out, String text) {
    String line = PacketText.oneLine(text);
    // Text that opens a line (a starter sentence in a bullet) must not start a nested list, rule
    // or setext heading; the other block markers are escaped below as inline specials.
    if (!line.isEmpty() && "-+=".indexOf(line.charAt(0)) >= 0) {
      out.append('\\');
    }
    int digits = orderedListNumber(line);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE_SPECIALS.indexOf(c) >= 0 || (i == digits && digits > 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out;
  }

  /** The length of a leading "1." or "12)" list number (1 to 9 digits), or 0. */
  private static int orderedListNumber(String line) {
    int digits = 0;
    while (digits < line.length() && digits <= 9 && isAsciiDigit(line.charAt(digits))) {
      digits++;
    }
    boolean marker =
        digits > 0
            && digits <= 9
            && digits < line.length()
            && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
    return marker ? digits : 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A Markdown link for http(s) URLs; anything else is shown as escaped text. */
  static String link(String url, String label) {
    if (!WebLinks.isWebLink(url)) {
      return escape(url);
    }
    return "[" + escape(label) + "](" + encodeDestination(url) + ")";
  }

  /** Characters that would end or confuse a link destination are percent-encoded. */
  private static String encodeDestination(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        case '|' -> out.append("%7C");
        case '`' -> out.append("%60");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
