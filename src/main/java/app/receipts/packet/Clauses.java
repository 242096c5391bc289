package app.receipts.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The person's own words cut into clauses a sentence can be built from. */
final class Clauses {
  private Clauses() {}

  /** Bullet and heading marks people paste from notes: "- shipped X", "# Runbook". */
  private static final Pattern LEADING_MARKERS = Pattern.compile("^(?:[-*+•>#]+ +)+");

  /** Slack's link markup, {@code <https://x|label>}, and bare web addresses. */
  private static final Pattern LINK =
      Pattern.compile("<(https?://[^|>\\s]+)(?:\\|([^>]*))?>|(?i)\\bhttps?://[^\\s<>()\"]+");

  /** What a sentence may not end on once a link or a number was taken out of it. */
  private static final Pattern DANGLING =
      Pattern.compile("(?i)(?:[\\s,;:(\\-–—]|\\b(?:see|in|at|via|from|to|by|pr|link|ref))+$");

  /** One line of text without the punctuation a sentence would end with. */
  static String clause(String text) {
    String line = LEADING_MARKERS.matcher(PacketText.oneLine(text)).replaceFirst("");
    int end = line.length();
    while (end > 0 && ".,;:!… ".indexOf(line.charAt(end - 1)) >= 0) {
      if (line.charAt(end - 1) == ':' && SHORTCODE_END.matcher(line.substring(0, end)).find()) {
        // "fixed the bug :rocket:": the colon closes an emoji, it is not punctuation
        break;
      }
      end--;
    }
    return line.substring(0, end);
  }

  /** An emoji shortcode at the end of a text, as Slack writes them (":rocket:", ":+1:"). */
  private static final Pattern SHORTCODE_END = Pattern.compile("(?:^|\\s):[a-z0-9_+-]+:$");

  /** A clause and the web addresses taken out of it, which go to a reference after it. */
  record Unlinked(String text, List<String> links) {}

  static Unlinked withoutLinks(String text) {
    Matcher link = LINK.matcher(text);
    if (!link.find()) {
      return new Unlinked(text, List.of());
    }
    List<String> links = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    int at = 0;
    do {
      out.append(text, at, link.start());
      if (link.group(1) != null) {
        links.add(link.group(1));
        String label = link.group(2);
        if (label != null && !label.isBlank() && !label.startsWith("http")) {
          out.append(label);
        }
      } else {
        links.add(trimUrl(link.group()));
      }
      at = link.end();
    } while (link.find());
    out.append(text, at, text.length());
    return new Unlinked(tidy(out.toString()), links);
  }

  /** Double spaces collapsed and dangling words or marks removed from the end. */
  static String tidy(String text) {
    String once = text.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,;.)])", "$1").strip();
    // ":tada:" at the end closes an emoji: its colon is not a mark left dangling
    String trimmed =
        SHORTCODE_END.matcher(once).find() ? once : DANGLING.matcher(once).replaceFirst("");
    return trimmed.replace("()", "").strip();
  }

  /**
   * "Keeps" becomes "keeps"; a first letter followed by anything but a lower-case letter is a name
   * or an acronym and stays: "API latency", "R&D handoff", "X-ray".
   */
  static String lowerFirst(String text) {
    if (text.length() < 2
        || !Character.isUpperCase(text.charAt(0))
        || !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A URL written at the end of a sentence keeps its closing punctuation out. */
  private static String trimUrl(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?'".indexOf(url.charAt(end - 1)) >= 0) {
      end--;
    }
    return url.substring(0, end);
  }
}
