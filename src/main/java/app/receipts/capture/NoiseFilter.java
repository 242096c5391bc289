package app.receipts.capture;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the numbers in a win's text that are not metrics: dates, versions, PR and ticket ids,
 * times of day, ordinals, quarters, years, and links.
 *
 * <p>The result is {@code NOISE.matcher(text).replaceAll(" _ ")}, but the pattern only runs around
 * the tokens (runs of non-space characters) that can hold a match: every branch needs an ASCII
 * digit, save the link branch, which needs "http". A match stays inside its token, except for an
 * id's keyword in the token before it ("PR 12") and "am"/"pm" in the token after a time ("9 am"),
 * each one whitespace character away; windows cover those tokens too. Trying the pattern at every
 * position cost about 20 µs a win.
 */
final class NoiseFilter {
  static final Pattern NOISE =
      Pattern.compile(
          "(?i)\\b\\d{4}-\\d{2}-\\d{2}\\b|\\bv?\\d+\\.\\d+\\.\\d+\\b|#\\d+|"
              + "\\b(?:pr|issue|ticket|jira|bug|incident)\\s?#?[A-Z]*-?\\d+\\b|"
              + "\\b[A-Z]{2,10}-\\d+\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b|"
              + "\\b\\d+(?:st|nd|rd|th)\\b|https?://\\S+|\\bq[1-4]\\b|\\bh[12]\\b|\\b(?:19|20)\\d{2}\\b");
  private static final String[] ID_KEYWORDS = {"pr", "issue", "ticket", "jira", "bug", "incident"};
  private static final String[] TIME_SUFFIXES = {"am", "pm"};
  private static final String BLANK = " _ ";

  private NoiseFilter() {}

  static String blank(String text) {
    int[] windows = windows(text);
    if (windows.length == 0) {
      return text;
    }
    Matcher matcher = NOISE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder out = null;
    int copied = 0;
    for (int w = 0; w < windows.length; w += 2) {
      matcher.region(windows[w], windows[w + 1]);
      while (matcher.find()) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16);
        }
        out.append(text, copied, matcher.start()).append(BLANK);
        copied = matcher.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** Start and end of each stretch a match can lie in, merged where they overlap, in order. */
  private static int[] windows(String text) {
    int n = text.length();
    int[] windows = new int[8];
    int count = 0;
    int previousStart = -1;
    int previousEnd = -1;
    int start = skipSpaces(text, 0);
    while (start < n) {
      int end = tokenEnd(text, start);
      if (mayHoldNoise(text, start, end)) {
        boolean idBefore =
            previousEnd >= 0
                && start - previousEnd == 1
                && endsWithAny(text, previousStart, previousEnd, ID_KEYWORDS);
        boolean timeAfter = end + 1 < n && startsWithAny(text, end + 1, TIME_SUFFIXES);
        int from = idBefore ? previousStart : start;
        int to = timeAfter ? tokenEnd(text, end + 1) : end;
        if (count > 0 && from < windows[count - 1]) {
          windows[count - 1] = Math.max(windows[count - 1], to);
        } else {
          if (count == windows.length) {
            windows = Arrays.copyOf(windows, count * 2);
          }
          windows[count++] = from;
          windows[count++] = to;
        }
      }
      previousStart = start;
      previousEnd = end;
      start = skipSpaces(text, end);
    }
    return Arrays.copyOf(windows, count);
  }

  /** The characters {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean mayHoldNoise(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (i + 4 <= end && text.regionMatches(true, i, "http", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String text, int start, int end, String[] words) {
    for (String word : words) {
      int at = end - word.length();
      if (at >= start && text.regionMatches(true, at, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, int at, String[] words) {
    for (String word : words) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int tokenEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
