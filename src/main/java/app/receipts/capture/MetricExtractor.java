package app.receipts.capture;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantitative result in a win's text, deterministically. The result is a short phrase:
 *
 * <ul>
 *   <li>before → after, with units and what changed: {@code p95 latency 1.8s → 210ms}
 *   <li>a percentage with its direction: {@code cloud costs −30%}, {@code conversion +12%}
 *   <li>a multiple: {@code 3x throughput}; money: {@code $40k/year}
 *   <li>time saved: {@code 10 hours a week saved}; a count of things: {@code 37 tickets}
 * </ul>
 *
 * Dates, versions, PR or issue numbers and times of day are not metrics.
 */
public final class MetricExtractor {
  private static final int MAX_INPUT = 5_000;
  private static final String NUM = "\\d+(?:[.,]\\d+)?";
  private static final String UNIT =
      "(?:\\s?(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|"
          + "months?|%|GB|MB|TB|KB|k|K|M|B|rps|qps|req/s|x)(?![\\p{L}]))?";
  private static final int SUBJECT_MAX = 41;
  static final Pattern FROM_TO =
      Pattern.compile(
          "(?i)(?:(?<subject>[\\p{L}\\p{N}][\\p{L}\\p{N} /-]{0,"
              + (SUBJECT_MAX - 1)
              + "}?)\\s+)?from\\s+(?<before>\\$?"
              + NUM
              + UNIT
              + ")\\s+to\\s+(?<after>\\$?"
              + NUM
              + UNIT
              + ")(?:\\s+(?<tail>[\\p{L}][\\p{L}-]+(?:\\s(?:per|a)\\s[\\p{L}]+)?))?");
  private static final Pattern ARROW =
      Pattern.compile(
          "(?i)(?<before>\\$?"
              + NUM
              + UNIT
              + ")\\s*(?:->|→|=>)\\s*(?<after>\\$?"
              + NUM
              + UNIT
              + ")(?:\\s+(?<tail>[\\p{L}][\\p{L}-]+))?");
  private static final Pattern ADJACENT_WORD = Pattern.compile("([\\p{L}][\\p{L}\\p{N}-]*)\\s+$");
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?i)(?<value>" + NUM + ")\\s?(?:%|percent)(?:\\s+(?<tail>[\\p{L}][\\p{L}-]+))?");
  private static final Pattern DOWN =
      Pattern.compile(
          "(?i)\\b(?:cut|cutting|reduced?|reducing|lowered|decreased|dropped|shrank|shrunk|saved|"
              + "trimmed|slashed|halved|down)\\b");
  private static final Pattern UP =
      Pattern.compile(
          "(?i)\\b(?:increased?|improved|raised|boosted|grew|grown|up|lifted|higher|more)\\b");
  private static final Pattern OBJECT_AFTER_VERB =
      Pattern.compile(
          "(?i)\\b(?:cut|reduced?|lowered|decreased|dropped|trimmed|slashed|increased?|improved|"
              + "raised|boosted|grew)\\s+(?:the\\s+|our\\s+|its\\s+)?(?<object>[\\p{L}\\p{N}][\\p{L}\\p{N} -]{0,30}?)\\s+(?:by|to)\\b");
  private static final Pattern MULTIPLE =
      Pattern.compile("(?i)\\b(?<value>" + NUM + ")\\s?x\\b(?:\\s+(?<tail>[\\p{L}][\\p{L}-]+))?");
  private static final Pattern MONEY =
      Pattern.compile(
          "(?i)(?<value>[$€£]\\s?"
              + NUM
              + "\\s?[kmb]?)(?<per>\\s?(?:/|per\\s|a\\s)(?:year|yr|month|mo|week|quarter))?");
  private static final Pattern SAVED_TIME =
      Pattern.compile(
          "(?i)\\bsav(?:ed|ing|es)\\s+(?:about\\s+|~)?(?<value>"
              + NUM
              + "\\s?(?:hours?|hrs?|h|days?|minutes?|mins?|weeks?))(?<per>\\s(?:a|per|each|every)\\s\\w+)?");

  public Optional<String> extract(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String clean =
        NoiseFilter.blank(text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text);
    return fromTo(clean)
        .or(() -> arrow(clean))
        .or(() -> percent(clean))
        .or(() -> multiple(clean))
        .or(() -> money(clean))
        .or(() -> savedTime(clean))
        .or(() -> CountMetric.find(clean));
  }

  private static Optional<String> fromTo(String text) {
    Matcher m = FROM_TO.matcher(text).useTransparentBounds(true);
    if (!findFromTo(m, text)) {
      return Optional.empty();
    }
    String subject = subject(m.group("subject"));
    if (subject.isEmpty() && m.group("tail") != null) {
      subject = m.group("tail");
    }
    return Optional.of(join(subject, tidy(m.group("before")) + " → " + tidy(m.group("after"))));
  }

  /**
   * {@code m.find()} without trying FROM_TO at every position (it cost about 50 µs on a text with
   * no "from"). A match starts at a "from", or at its subject: 1 to 41 characters ending where the
   * whitespace before a "from" begins. Positions are tried in order, so the first to match is the
   * one find() would return.
   */
  static boolean findFromTo(Matcher m, String text) {
    int next = 0;
    for (int from = 0; from + 4 <= text.length(); from++) {
      if (!text.regionMatches(true, from, "from", 0, 4)) {
        continue;
      }
      int spaces = from;
      while (spaces > 0 && NoiseFilter.isSpace(text.charAt(spaces - 1))) {
        spaces--;
      }
      for (int start = Math.max(next, spaces - SUBJECT_MAX); start <= from; start++) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
      next = from + 1;
    }
    return false;
  }

  private static Optional<String> arrow(String text) {
    if (text.indexOf("->") < 0 && text.indexOf('→') < 0 && text.indexOf("=>") < 0) {
      return Optional.empty();
    }
    Matcher m = ARROW.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher adjacent = ADJACENT_WORD.matcher(text.substring(0, m.start()));
    String subject = adjacent.find() ? tail(adjacent.group(1)) : tail(m.group("tail"));
    return Optional.of(join(subject, tidy(m.group("before")) + " → " + tidy(m.group("after"))));
  }

  private static Optional<String> percent(String text) {
    Matcher m = PERCENT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String before = text.substring(0, m.start());
    int lastDown = lastMatch(DOWN, before);
    int lastUp = lastMatch(UP, before);
    boolean down = lastDown > lastUp;
    boolean up = lastUp > lastDown;
    Matcher object = OBJECT_AFTER_VERB.matcher(before);
    String subject = object.find() ? object.group("object").strip() : tail(m.group("tail"));
    String value = m.group("value") + "%";
    if (down) {
      return Optional.of(join(subject, "−" + value));
    }
    if (up) {
      return Optional.of(join(subject, "+" + value));
    }
    return Optional.of(join(value, tail(m.group("tail"))));
  }

  private static Optional<String> multiple(String text) {
    Matcher m = MULTIPLE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(join(m.group("value") + "x", tail(m.group("tail"))));
  }

  private static Optional<String> money(String text) {
    Matcher m = MONEY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String per =
        m.group("per") == null ? "" : "/" + PER_WORD.matcher(m.group("per")).replaceAll("");
    return Optional.of(m.group("value").replace(" ", "") + per.toLowerCase(Locale.ROOT));
  }

  private static Optional<String> savedTime(String text) {
    Matcher m = SAVED_TIME.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String per = m.group("per") == null ? "" : m.group("per");
    return Optional.of(m.group("value") + per + " saved");
  }

  /** The words just before "from", without verbs and articles ("brought incidents down"). */
  private static String subject(String raw) {
    if (raw == null) {
      return "";
    }
    String[] words = SPACES.split(raw.strip());
    int end = words.length;
    while (end > 0 && STOP.matcher(words[end - 1]).matches()) {
      end--;
    }
    int start = end;
    while (start > 0 && end - start < 3 && !STOP.matcher(words[start - 1]).matches()) {
      start--;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, end)).strip();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PER_WORD = Pattern.compile("(?i)^\\s?(/|per\\s|a\\s)");

  private static final Pattern STOP =
      Pattern.compile(
          "(?i)the|our|its|my|a|an|and|by|with|of|cut|reduced?|lowered|decreased|dropped|brought|"
              + "took|moved|improved|increased|raised|boosted|grew|went|got|sped|shrank|_|down|up|per|"
              + "from|to|in|on|for|at");

  private static String tail(String word) {
    if (word == null || STOP.matcher(word).matches() || word.equalsIgnoreCase("by")) {
      return "";
    }
    return word;
  }

  private static String tidy(String value) {
    return SPACES.matcher(value.strip()).replaceAll(" ");
  }

  private static String join(String first, String second) {
    if (first == null || first.isBlank()) {
      return second.strip();
    }
    if (second == null || second.isBlank()) {
      return first.strip();
    }
    return first.strip() + " " + second.strip();
  }

  private static int lastMatch(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
