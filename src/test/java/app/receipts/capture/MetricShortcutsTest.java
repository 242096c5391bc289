package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The metric extractor skips work its patterns cannot match: it runs the noise pattern only around
 * tokens that can hold noise, and tries FROM_TO only near a "from". Both must give exactly what the
 * plain pattern calls give, checked here on generated texts made of the pieces those shortcuts
 * reason about: ids with their keywords a space away, times with "am" a space away, links, every
 * whitespace character {@code \s} knows (and one it does not), subjects longer than 41 characters.
 */
class MetricShortcutsTest {
  private static final String[] PIECES = {
    "PR",
    "pr",
    "issue",
    "Ticket",
    "JIRA",
    "bug",
    "incident",
    "xpr",
    "(pr",
    "#",
    "#12",
    "12",
    "3",
    "2026",
    "1999",
    "2026-11-20",
    "v1.2.3",
    "1.2.3",
    "ABC-123",
    "abc-12",
    "9:30",
    "9",
    "am",
    "PM",
    "9am",
    "amber",
    "1st",
    "22nd",
    "q3",
    "Q4",
    "h1",
    "H2",
    "https://example.com/x?y=1",
    "HTTP://X",
    "http",
    "htt",
    "from",
    "From",
    "FROM",
    "xfrom",
    "-from",
    "to",
    "To",
    "1.8s",
    "210ms",
    "14 min",
    "$40k",
    "30%",
    "x",
    "3x",
    "latency",
    "p95",
    "build time",
    "déjà",
    "é2020",
    "_",
    "_12",
    "-",
    "/",
    ",",
    ".",
    "(",
    ")",
    "→",
    "->",
    "ü",
    "😀",
    "the",
    "our",
    "a-b/c",
    "supercalifragilisticexpialidocious",
  };
  private static final String[] SEPARATORS = {
    " ", " ", " ", "", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", " \t", "   \n  "
  };

  @Test
  void noise_is_blanked_exactly_as_the_plain_pattern_does() {
    for (String text : texts(20_000, 1)) {
      assertEquals(
          NoiseFilter.NOISE.matcher(text).replaceAll(" _ "), NoiseFilter.blank(text), text);
    }
  }

  @Test
  void from_to_is_found_where_the_plain_pattern_finds_it() {
    int found = 0;
    for (String text : texts(20_000, 2)) {
      Matcher plain = MetricExtractor.FROM_TO.matcher(text);
      Matcher shortcut = MetricExtractor.FROM_TO.matcher(text).useTransparentBounds(true);
      boolean expected = plain.find();
      assertEquals(expected, MetricExtractor.findFromTo(shortcut, text), text);
      if (expected) {
        found++;
        assertEquals(describe(plain), describe(shortcut), text);
      }
    }
    assertEquals(true, found > 1_000, "too few texts with a from-to metric: " + found);
  }

  @Test
  void long_subjects_and_far_apart_froms() {
    List<String> texts =
        List.of(
            "a".repeat(60) + " from 1 to 2",
            "a".repeat(41) + " from 1 to 2",
            "b " + "a".repeat(40) + " from 1 to 2",
            "x-from 1 to 2 and from 3 to 4",
            "moved from Jenkins to GitHub, then cut build time from 14 min to 3 min",
            "latency\t\t\tfrom 1.8s to 210ms",
            "from 1 to 2",
            "from",
            "");
    for (String text : texts) {
      Matcher plain = MetricExtractor.FROM_TO.matcher(text);
      Matcher shortcut = MetricExtractor.FROM_TO.matcher(text).useTransparentBounds(true);
      boolean expected = plain.find();
      assertEquals(expected, MetricExtractor.findFromTo(shortcut, text), text);
      if (expected) {
        assertEquals(describe(plain), describe(shortcut), text);
      }
    }
  }

  private static String describe(Matcher m) {
    return m.start()
        + "-"
        + m.end()
        + " "
        + m.group("subject")
        + "|"
        + m.group("before")
        + "|"
        + m.group("after")
        + "|"
        + m.group("tail");
  }

  /** Random pieces; every other text has a "from N to N" (sometimes broken) among them. */
  private static List<String> texts(int count, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      StringBuilder text = new StringBuilder();
      pieces(random, text, random.nextInt(10));
      if (t % 2 == 0) {
        text.append(random.nextBoolean() ? "from" : "From").append(separator(random, 0.8));
        text.append(NUMBERS[random.nextInt(NUMBERS.length)]).append(separator(random, 0.8));
        text.append(random.nextBoolean() ? "to" : "TO").append(separator(random, 0.8));
        text.append(NUMBERS[random.nextInt(NUMBERS.length)]).append(separator(random, 0.5));
      }
      pieces(random, text, random.nextInt(6));
      texts.add(text.toString());
    }
    return texts;
  }

  private static final String[] NUMBERS = {"1", "1.8s", "210ms", "14 min", "$40k", "3,5 GB", "9x"};

  private static void pieces(Random random, StringBuilder text, int count) {
    for (int p = 0; p < count; p++) {
      text.append(PIECES[random.nextInt(PIECES.length)]).append(separator(random, 0.3));
    }
  }

  /** A single space with the given probability, else any separator. */
  private static String separator(Random random, double space) {
    return random.nextDouble() < space ? " " : SEPARATORS[random.nextInt(SEPARATORS.length)];
  }
}
