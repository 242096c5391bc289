package app.receipts.packet;

import java.util.regex.Pattern;

/** Clean-up of user text shared by every packet format. */
final class PacketText {
  private PacketText() {}

  private static final Pattern WEB_SCHEME = Pattern.compile("(?i)^https?://(www\\.)?");

  /**
   * Collapses all whitespace, newlines included, into single spaces and drops control characters:
   * packet lines are one line per item, and control characters are invalid in the PDF's XHTML.
   */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < '\u007F') {
        // printable ASCII, most of any text: none of the checks below apply
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else if (!Character.isISOControl(c)
          && c != '\uFFFE'
          && c != '\uFFFF'
          && isPaired(text, i)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lone surrogates are invalid XML and break PDF rendering. */
  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }

  /** A short readable label for a link: host and path without the scheme. */
  static String linkLabel(String url) {
    String label = WEB_SCHEME.matcher(url.strip()).replaceFirst("");
    if (label.endsWith("/")) {
      label = label.substring(0, label.length() - 1);
    }
    return label.length() > 60 ? label.substring(0, 59) + "…" : label;
  }
}
