package app.receipts.packet;

import app.receipts.slack.WebLinks;
import java.util.regex.Pattern;

/**
 * Makes user text inert inside GitHub-flavoured Markdown, escaping only the characters that would
 * otherwise format: a packet is pasted into review tools that show the Markdown as typed, where
 * every needless backslash ({@code \$14k}, {@code customer\_id}) is noise.
 *
 * <p>Emphasis and strikethrough need a delimiter that can open or close, by CommonMark's flanking
 * rules; a {@code *} or {@code _} that can do neither (mid-word {@code _}, a spaced {@code *}) is
 * left alone, and a {@code ~} or {@code $} is escaped only where it could close. The text's first
 * and last delimiter are escaped whatever their neighbours, since the packet's own {@code **} and
 * {@code _} may sit next to them.
 */
final class MarkdownText {
  private MarkdownText() {}

  /** A line made only of three or more '-' or '*' (spaces allowed) is a rule. */
  private static final Pattern RULE = Pattern.compile("([-*])(?: *\\1){2,} *");

  private static final Pattern SETEXT = Pattern.compile("=+ *");

  static String escape(String text) {
    return text != null && PlainText.is(text) ? text : escape(new StringBuilder(), text).toString();
  }

  /** Appends {@code text} escaped to {@code out}, as {@link #escape(String)} returns it. */
  static StringBuilder escape(StringBuilder out, String text) {
    return text != null && PlainText.is(text) ? out.append(text) : escape(out, text, false);
  }

  /** The character by character escaping that {@link #escape} skips for plain text; for tests. */
  static String escapeEachCharacter(String text) {
    return escape(new StringBuilder(), text, false).toString();
  }

  /** User text for a GFM table cell: also escapes {@code |}, which would end the cell. */
  static String cell(String text) {
    return escape(new StringBuilder(), text, true).toString();
  }

  private static StringBuilder escape(StringBuilder out, String text, boolean inCell) {
    String line = PacketText.oneLine(text);
    int n = line.length();
    int marker = blockMarker(line);
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '_' || c == '~') {
        int end = i;
        while (end + 1 < n && line.charAt(end + 1) == c) {
          end++;
        }
        boolean escape = Flanking.canDelimit(c, line, i, end) || (i == 0 && i == marker);
        for (; i <= end; i++) {
          out.append(escape ? "\\" : "").append(c);
        }
        i = end;
        continue;
      }
      if (i == marker || needsEscape(line, i, c, inCell)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out;
  }

  private static boolean needsEscape(String line, int i, char c, boolean inCell) {
    if (c < 128 && (Character.isLetterOrDigit(c) || c == ' ')) {
      return false; // most of any text
    }
    return switch (c) {
      case '`', '[' -> true;
      case '\\' -> {
        char next = Flanking.at(line, i + 1);
        yield i + 1 >= line.length() || !(Character.isLetterOrDigit(next) || next == ' ');
      }
      case '$' -> {
        // GitHub's math: a '$' closes only after a non-space and before a non-digit
        yield i > 0
            && !Flanking.isSpace(line.charAt(i - 1))
            && !isAsciiDigit(Flanking.at(line, i + 1));
      }
      case '<' -> {
        char next = Flanking.at(line, i + 1);
        yield isAsciiLetter(next) || next == '/' || next == '!' || next == '?';
      }
      case '&' -> entityAt(line, i);
      case '|' -> inCell;
      default -> false;
    };
  }

  /**
   * The index of the character that would make the text, at the start of a line (a bullet's text),
   * open a block: a heading, quote, list, rule or setext underline; -1 for none.
   */
  private static int blockMarker(String line) {
    if (line.isEmpty()) {
      return -1;
    }
    char first = line.charAt(0);
    char second = Flanking.at(line, 1);
    switch (first) {
      case '#' -> {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
          hashes++;
        }
        return hashes <= 6 && Flanking.at(line, hashes) == ' ' ? 0 : -1;
      }
      case '>' -> {
        return 0;
      }
      case '-', '+', '*' -> {
        return second == ' ' || RULE.matcher(line).matches() ? 0 : -1;
      }
      case '~' -> {
        return line.startsWith("~~~") ? 0 : -1;
      }
      case '=' -> {
        return SETEXT.matcher(line).matches() ? 0 : -1;
      }
      default -> {
        int digits = 0;
        while (digits < line.length() && digits <= 9 && isAsciiDigit(line.charAt(digits))) {
          digits++;
        }
        char after = Flanking.at(line, digits);
        boolean listNumber =
            digits > 0
                && digits <= 9
                && (after == '.' || after == ')')
                && Flanking.at(line, digits + 1) == ' ';
        return listNumber ? digits : -1;
      }
    }
  }

  /** "&amp;", "&#169;", "&#x1F600;": Markdown shows the character, not what was typed. */
  private static boolean entityAt(String line, int i) {
    int j = i + 1;
    if (Flanking.at(line, j) == '#') {
      j++;
      if (Flanking.at(line, j) == 'x' || Flanking.at(line, j) == 'X') {
        j++;
      }
    }
    int name = j;
    while (j < line.length() && j - name < 32 && isAsciiLetterOrDigit(line.charAt(j))) {
      j++;
    }
    return j > name && Flanking.at(line, j) == ';';
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c);
  }

  /** A Markdown link for http(s) URLs; anything else is shown as escaped text. */
  static String link(String url, String label) {
    if (!WebLinks.isWebLink(url)) {
      return escape(url);
    }
    // a ']' in the label would end the link text early
    return "[" + escape(label).replace("]", "\\]") + "](" + encodeDestination(url) + ")";
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
