package app.receipts.capture;

import app.receipts.entries.Competency;
import app.receipts.rules.Metric;
import app.receipts.rules.PersonalLexicon;
import app.receipts.rules.Rules;
import app.receipts.slack.SlackText;
import app.receipts.slack.WebLinks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation and enrichment of win drafts: the same rules for /win text, the modal and edits. What
 * the person left empty is filled from {@link Rules}: the metrics and the top competency.
 */
public final class WinRules {
  public static final int MAX_TEXT = 3000;
  public static final int MAX_METRIC = 200;
  public static final int MAX_LINKS = 10;
  private static final Pattern URL_LIKE =
      Pattern.compile("(?i)<?\\b([a-z][a-z0-9+.-]{1,15}):(//)?[^\\s<>|\"'`]+");

  private static final String METRIC_SEPARATOR = "; ";
  // "300ms -> 120ms", "45 min => 12 min": the arrows people type for the one the rules write
  private static final Pattern TYPED_ARROW =
      Pattern.compile("(?<=\\S)\\s*(?:-{1,2}>|=>)\\s*(?=\\S)");

  public WinRules() {}

  /** Field name to a message the user can act on; empty when the draft is fine. */
  public Map<String, String> problems(WinDraft draft, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (draft.text() == null) {
      problems.put("text", "Tell us what you shipped or achieved.");
    } else if (SlackText.characters(draft.text()) > MAX_TEXT) {
      // characters as a person counts them: an emoji is one, not two UTF-16 units
      problems.put(
          "text",
          "That is "
              + SlackText.characters(draft.text())
              + " characters; the limit is "
              + MAX_TEXT
              + ".");
    }
    if (draft.impact() != null && SlackText.characters(draft.impact()) > MAX_TEXT) {
      problems.put("impact", "Keep the impact under " + MAX_TEXT + " characters.");
    }
    if (draft.metric() != null && SlackText.characters(draft.metric()) > MAX_METRIC) {
      problems.put("metric", "Keep the metric short: at most " + MAX_METRIC + " characters.");
    }
    if (draft.links().size() > MAX_LINKS) {
      problems.put("links", "At most " + MAX_LINKS + " links, one per line.");
    }
    draft.links().stream()
        .filter(link -> !WebLinks.isWebLink(link))
        .findFirst()
        .ifPresent(bad -> problems.put("links", notALink(bad)));
    if (draft.occurredOn() != null && draft.occurredOn().isAfter(today.plusDays(1))) {
      problems.put("when", "Pick today or a day in the past.");
    }
    return problems;
  }

  /** Fills what the user left empty: today's date, an extracted metric, a suggested competency. */
  public WinDraft complete(WinDraft draft, LocalDate today) {
    boolean needsReading = draft.metric() == null || draft.competency() == null;
    return complete(draft, today, needsReading ? read(draft.text()) : null);
  }

  /**
   * The same, with the rules' reading of the draft's text already made: the /win flow needs it for
   * its answer too, and reading a win costs more than anything else here. {@code reading} may be
   * null only when the draft has both a metric and a competency.
   */
  WinDraft complete(WinDraft draft, LocalDate today, Rules.Reading reading) {
    String metric =
        draft.metric() != null ? typedMetric(draft.metric()) : metricLine(reading.metrics());
    Competency competency =
        draft.competency() != null ? draft.competency() : reading.competency().top();
    return new WinDraft(
        draft.text(),
        draft.impact(),
        metric,
        competency,
        draft.links(),
        draft.occurredOn() != null ? draft.occurredOn() : today);
  }

  /**
   * A metric line as the person typed it, with a typed arrow written as the rules write one, so
   * their line reads like the ones the rules fill in ("p95 300ms → 120ms").
   */
  static String typedMetric(String typed) {
    String arrowed = TYPED_ARROW.matcher(typed).replaceAll(" → ");
    // the spaces around an arrow must not push a line that was checked over the limit
    return SlackText.characters(arrowed) <= MAX_METRIC ? arrowed : typed;
  }

  /** What the win rules read in a win's text. */
  Rules.Reading read(String text) {
    return read(text, PersonalLexicon.EMPTY);
  }

  /** The same, read the way the person's own corrections taught the rules. */
  Rules.Reading read(String text, PersonalLexicon corrections) {
    return Rules.read(text == null ? "" : text, corrections);
  }

  /**
   * The metrics as data behind a completed draft's metric line: those the rules read that the line
   * shows when it was filled from them, else what the rules read in the line the person typed.
   */
  static List<Metric> metricsOf(WinDraft typed, WinDraft full, Rules.Reading reading) {
    if (full.metric() == null) {
      return List.of();
    }
    return typed.metric() == null && reading != null
        ? inLine(reading.metrics())
        : Rules.metrics(full.metric());
  }

  /** The metrics {@link #metricLine} shows: the first ones, as many as fit. */
  static List<Metric> inLine(List<Metric> metrics) {
    int length = 0;
    for (int i = 0; i < metrics.size(); i++) {
      length +=
          (i == 0 ? 0 : METRIC_SEPARATOR.length()) + SlackText.characters(metrics.get(i).display());
      if (length > MAX_METRIC) {
        return List.copyOf(metrics.subList(0, Math.max(1, i)));
      }
    }
    return metrics;
  }

  /**
   * The metrics' one-line displays, subjects kept, joined in text order: as many whole ones as fit
   * the metric field, since a display cut in the middle could read as a different number.
   */
  static String metricLine(List<Metric> metrics) {
    StringBuilder line = new StringBuilder();
    for (Metric metric : metrics) {
      String display = metric.display();
      String next = line.isEmpty() ? display : line + METRIC_SEPARATOR + display;
      if (SlackText.characters(next) <= MAX_METRIC) {
        line.setLength(0);
        line.append(next);
      } else if (line.isEmpty()) {
        return display.substring(0, display.offsetByCodePoints(0, MAX_METRIC - 1)) + "…";
      } else {
        break;
      }
    }
    return line.isEmpty() ? null : line.toString();
  }

  /** A draft from free text typed after /win: links in the text become the entry's links. */
  public WinDraft fromText(String text) {
    List<String> links = new ArrayList<>();
    // Every link has a scheme and its colon; most wins have neither, and the scan costs a few µs.
    Matcher matcher = URL_LIKE.matcher(text.indexOf(':') >= 0 ? text : "");
    while (matcher.find()) {
      String candidate = matcher.group().replaceFirst("^<", "").replaceAll("[.,;:!?)]+$", "");
      boolean scheme = matcher.group(2) != null;
      if (scheme || candidate.toLowerCase().startsWith("javascript:")) {
        links.add(candidate);
      }
    }
    return new WinDraft(text.strip(), null, null, null, links, null);
  }

  /** Links typed one per line (or separated by spaces or commas) in the modal. */
  public static List<String> splitLinks(String raw) {
    List<String> links = new ArrayList<>();
    if (raw != null) {
      for (String part : raw.split("[\\s,]+")) {
        if (!part.isBlank()) {
          links.add(part.strip());
        }
      }
    }
    return links;
  }

  private static String notALink(String bad) {
    return bad.length() > WebLinks.MAX_LENGTH
        ? "\""
            + shorten(bad)
            + "\" is too long: a link can be at most "
            + WebLinks.MAX_LENGTH
            + " characters."
        : "\"" + shorten(bad) + "\" is not a web link: use http:// or https:// links.";
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 59) + "…" : text;
  }
}
