package app.receipts.packet;

/** Entry text that Markdown shows as typed wherever it stands, so it needs no escaping at all. */
final class PlainText {
  private PlainText() {}

  /** ASCII that never formats wherever it stands in a line, except perhaps first. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      PLAIN[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      PLAIN[c] = true;
      PLAIN[Character.toUpperCase(c)] = true;
    }
    for (char c : " .,;:!?'\"()%/-+=@#^{}]>".toCharArray()) {
      PLAIN[c] = true;
    }
  }

  /**
   * Most entries need no escaping and no clean-up: they are appended as they are, which keeps a
   * 20,000-entry packet from being copied character by character.
   */
  static boolean is(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    char first = text.charAt(0);
    if (first == ' ' || MarkdownText.isAsciiDigit(first) || "#>-+=".indexOf(first) >= 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (!PLAIN[c] || (c == ' ' && (i == n - 1 || text.charAt(i - 1) == ' '))) {
          return false;
        }
      } else if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || Character.isSurrogate(c)
          || Character.getType(c) == Character.PRIVATE_USE
          || c == '\uFFFE'
          || c == '\uFFFF') {
        return false;
      }
    }
    return true;
  }
}
