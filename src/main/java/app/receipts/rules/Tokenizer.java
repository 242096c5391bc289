package app.receipts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a win into tokens. Slack links keep only their label ({@code <url|PR 812>} reads "PR
 * 812"), bare links, mentions and emoji shortcodes become breaks, so none of their digits can be
 * read as a number. A word may hold digits, dots and hyphens after its first letter ("p95", "k8s",
 * "v2.3.1", "PROJ-1234"), so those are never numbers either.
 */
final class Tokenizer {
  static final int MAX_INPUT = 3_000;

  /** Slips of the keyboard in the glue words the rules read by ("donw to 180ms"). */
  private static final java.util.Map<String, String> TYPOS =
      java.util.Map.ofEntries(
          java.util.Map.entry("teh", "the"),
          java.util.Map.entry("donw", "down"),
          java.util.Map.entry("dwon", "down"),
          java.util.Map.entry("frmo", "from"),
          java.util.Map.entry("fomr", "from"),
          java.util.Map.entry("form", "from"),
          java.util.Map.entry("adn", "and"),
          java.util.Map.entry("wiht", "with"),
          java.util.Map.entry("isntead", "instead"),
          java.util.Map.entry("insted", "instead"),
          java.util.Map.entry("unde", "under"),
          java.util.Map.entry("udner", "under"),
          java.util.Map.entry("redcued", "reduced"),
          java.util.Map.entry("reudced", "reduced"));

  private Tokenizer() {}

  static List<Token> tokens(String raw) {
    String text = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
    List<Token> out = new ArrayList<>(text.length() / 4 + 4);
    int n = text.length();
    int i = 0;
    boolean glued = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        glued = false;
        continue;
      }
      int end;
      Token.Kind kind;
      if (c == '<') {
        int close = text.indexOf('>', i);
        if (close > 0) {
          int bar = text.indexOf('|', i);
          if (bar > 0 && bar < close) {
            out.add(new Token(Token.Kind.SYMBOL, "|", "|", glued));
            out.addAll(tokens(text.substring(bar + 1, close)));
          }
          out.add(new Token(Token.Kind.SYMBOL, "|", "|", false));
          i = close + 1;
          glued = true;
          continue;
        }
      }
      if ((c == 'h' || c == 'H') && text.regionMatches(true, i, "http", 0, 4)) {
        end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>') {
          end++;
        }
        out.add(new Token(Token.Kind.SYMBOL, "|", "|", glued));
        i = end;
        glued = true;
        continue;
      }
      if (c == ':' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        int close = shortcodeEnd(text, i + 1);
        if (close > 0) {
          out.add(new Token(Token.Kind.SYMBOL, "|", "|", glued));
          i = close + 1;
          glued = true;
          continue;
        }
      }
      if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)) && !glued)) {
        kind = Token.Kind.NUMBER;
        end = i + 1;
        while (end < n
            && (isDigit(text.charAt(end))
                || ((text.charAt(end) == '.' || text.charAt(end) == ',')
                    && end + 1 < n
                    && isDigit(text.charAt(end + 1))))) {
          end++;
        }
      } else if (Character.isLetter(c)) {
        kind = Token.Kind.WORD;
        end = i + 1;
        while (end < n && wordPart(text, end)) {
          end++;
        }
      } else {
        kind = Token.Kind.SYMBOL;
        end = i + 1;
        if (Character.isHighSurrogate(c) && end < n) {
          end++;
        } else if ((c == '-' || c == '=') && end < n && text.charAt(end) == '>') {
          end++;
        }
      }
      String word = text.substring(i, end);
      String lower = word.toLowerCase(Locale.ROOT);
      String fixed = kind == Token.Kind.WORD ? TYPOS.get(lower) : null;
      if (lower.equals("form") && !amountNext(text, end)) {
        // "checkout form abandonment" is a form; only "form 30s to 4s" is a slip of "from"
        fixed = null;
      }
      out.add(new Token(kind, word, fixed != null ? fixed : lower, glued));
      i = end;
      glued = true;
    }
    return out;
  }

  private static boolean amountNext(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '~')) {
      i++;
    }
    return i < text.length()
        && (Character.isDigit(text.charAt(i)) || "$€£".indexOf(text.charAt(i)) >= 0);
  }

  private static boolean wordPart(String text, int at) {
    char c = text.charAt(at);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    if ((c == '-' || c == '.' || c == '\'' || c == '’' || c == '_') && at + 1 < text.length()) {
      char next = text.charAt(at + 1);
      char previous = text.charAt(at - 1);
      if (c == '.') {
        return isDigit(previous) && isDigit(next);
      }
      return Character.isLetterOrDigit(next);
    }
    return false;
  }

  private static int shortcodeEnd(String text, int from) {
    for (int i = from; i < text.length() && i - from < 40; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+')) {
        return -1;
      }
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
