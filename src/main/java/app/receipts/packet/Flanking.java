package app.receipts.packet;

/**
 * CommonMark's flanking rules for a run of {@code *}, {@code _} or {@code ~}: whether the run could
 * open or close emphasis (or GFM strikethrough), and so must be escaped to stay literal.
 */
final class Flanking {
  private Flanking() {}

  private static final char OUTSIDE = ' ';

  /**
   * Whether the run of {@code c} from {@code start} to {@code end} (inclusive) could delimit. A run
   * at either end of the text is escaped whatever its neighbours: the packet's own {@code **} and
   * {@code _} may sit next to it. Tildes are escaped only where they could close, since no packet
   * markup uses them and a strikethrough needs a closer.
   */
  static boolean canDelimit(char c, String line, int start, int end) {
    char before = at(line, start - 1);
    char after = at(line, end + 1);
    boolean left = leftFlanking(before, after);
    boolean right = rightFlanking(before, after);
    boolean edge = start == 0 || end == line.length() - 1;
    return switch (c) {
      case '*' -> edge || left || right;
      case '_' ->
          edge
              || (left && (!right || isPunctuation(before)))
              || (right && (!left || isPunctuation(after)));
      default -> right;
    };
  }

  private static boolean leftFlanking(char before, char after) {
    return !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  }

  private static boolean rightFlanking(char before, char after) {
    return !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  }

  /** The character at {@code i}, or a space beyond either end: line ends count as whitespace. */
  static char at(String line, int i) {
    return i < 0 || i >= line.length() ? OUTSIDE : line.charAt(i);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** CommonMark's punctuation (Unicode P and S), and the placeholder a praise link stands in. */
  static boolean isPunctuation(char c) {
    if (c < 128) {
      return c > ' ' && c < 127 && !MarkdownText.isAsciiLetterOrDigit(c);
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.PRIVATE_USE ->
          true;
      default -> false;
    };
  }
}
