package app.receipts.packet;

import app.receipts.slack.WebLinks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes user text inert inside GitHub-flavoured Markdown. */
final class MarkdownText {
  private MarkdownText() {}

  /**
   * Inline syntax plus {@code |} (table cells), {@code $} (GitHub math), {@code &} (entities) and
   * {@code #}; all may be backslash-escaped under CommonMark, which then shows them literally.
   */
  private static final String INLINE_SPECIALS = "\\`*_[]<>|~&$#";

  /**
   * Text that opens a line (a starter sentence in a bullet) must not start a nested list, rule or
   * setext heading; the other block markers are already escaped as inline specials.
   */
  private static final Pattern ORDERED_LIST_START = Pattern.compile("^\\d{1,9}(?=[.)])");

  static String escape(String text) {
    String line = PacketText.oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE_SPECIALS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    if (out.length() > 0 && "-+=".indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\\');
    } else {
      Matcher ordered = ORDERED_LIST_START.matcher(out);
      if (ordered.find()) {
        out.insert(ordered.end(), '\\');
      }
    }
    return out.toString();
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
