package app.receipts.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Scores the rules on one half of the corpus, as CORPUS-SCHEMA.md defines the figures. */
final class CorpusScore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Matched, expected and extracted metrics; wins, metric-free wins, false ones, right picks. */
  static final class Tally {
    int matched;
    int expected;
    int extracted;
    int wins;
    int metricFree;
    int falseMetric;
    int competencyRight;

    void add(Tally other) {
      matched += other.matched;
      expected += other.expected;
      extracted += other.extracted;
      wins += other.wins;
      metricFree += other.metricFree;
      falseMetric += other.falseMetric;
      competencyRight += other.competencyRight;
    }

    double recall() {
      return expected == 0 ? 1 : (double) matched / expected;
    }

    double precision() {
      return extracted == 0 ? 1 : (double) matched / extracted;
    }

    double falseRate() {
      return metricFree == 0 ? 0 : (double) falseMetric / metricFree;
    }

    double competency() {
      return wins == 0 ? 1 : (double) competencyRight / wins;
    }

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "%-12s wins %3d  metric recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)"
              + "  false metrics %4.1f%% (%d/%d)  competency %5.1f%% (%d/%d)",
          label,
          wins,
          100 * recall(),
          matched,
          expected,
          100 * precision(),
          matched,
          extracted,
          100 * falseRate(),
          falseMetric,
          metricFree,
          100 * competency(),
          competencyRight,
          wins);
    }
  }

  /** The whole half and each role, roles in alphabetical order after "all". */
  record Report(Tally all, Map<String, Tally> byRole) {
    String text(String half) {
      StringBuilder out = new StringBuilder(all.line(half + " all")).append('\n');
      byRole.forEach((role, tally) -> out.append(tally.line(half + " " + role)).append('\n'));
      return out.toString();
    }
  }

  private CorpusScore() {}

  static List<JsonNode> lines(String resource) {
    try (InputStream in = CorpusScore.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus file " + resource);
      }
      List<JsonNode> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code misses} hears about each win the rules got wrong; pass a no-op for the held-out half.
   */
  static Report score(List<JsonNode> wins, Consumer<String> misses) {
    Tally all = new Tally();
    Map<String, Tally> byRole = new TreeMap<>();
    for (JsonNode win : wins) {
      Tally one = scoreOne(win, misses);
      all.add(one);
      byRole.computeIfAbsent(win.get("role").asText(), r -> new Tally()).add(one);
    }
    return new Report(all, byRole);
  }

  private static Tally scoreOne(JsonNode win, Consumer<String> misses) {
    String text = win.get("text").asText();
    Rules.Reading reading = Rules.read(text, PersonalLexicon.EMPTY);
    List<Metric> extracted = new ArrayList<>(reading.metrics());
    Tally tally = new Tally();
    tally.wins = 1;
    tally.extracted = extracted.size();
    JsonNode expected = win.get("metrics");
    tally.expected = expected.size();
    List<String> missed = new ArrayList<>();
    for (JsonNode want : expected) {
      Metric hit = null;
      for (Metric got : extracted) {
        if (matches(want, got)) {
          hit = got;
          break;
        }
      }
      if (hit == null) {
        missed.add(
            want.get("subject").asText()
                + " "
                + want.get("terms")
                + " "
                + want.get("dimension").asText()
                + " before "
                + number(want, "before")
                + " after "
                + number(want, "after")
                + " delta "
                + number(want, "delta")
                + " value "
                + number(want, "value"));
      } else {
        extracted.remove(hit);
        tally.matched++;
      }
    }
    if (expected.isEmpty()) {
      tally.metricFree = 1;
      tally.falseMetric = reading.metrics().isEmpty() ? 0 : 1;
    }
    String top = reading.competency().top().id();
    List<String> acceptable = new ArrayList<>();
    win.get("competencies").forEach(c -> acceptable.add(c.asText()));
    tally.competencyRight = acceptable.contains(top) ? 1 : 0;
    if (!missed.isEmpty() || !extracted.isEmpty() || tally.competencyRight == 0) {
      misses.accept(
          win.get("id").asText()
              + " "
              + text
              + "\n    missed "
              + missed
              + " extra "
              + extracted.stream().map(m -> m.display() + " " + m).toList()
              + (tally.competencyRight == 0
                  ? "\n    competency " + top + " want " + acceptable
                  : ""));
    }
    return tally;
  }

  static boolean matches(JsonNode want, Metric got) {
    String dimension = want.get("dimension").asText();
    if (!subjectMatches(want, got)) {
      return false;
    }
    Double before = number(want, "before");
    Double after = number(want, "after");
    Double delta = number(want, "delta");
    Double value = number(want, "value");
    if (!dimension.equals(got.dimension().id())) {
      return sameChange(dimension, delta, value, got);
    }
    return close(before, got.before())
        && close(after, got.after())
        && close(delta, got.delta())
        && close(value, got.value());
  }

  /** A -50 percent delta and a 0.5 ratio are the same change. */
  private static boolean sameChange(String dimension, Double delta, Double value, Metric got) {
    if (dimension.equals("ratio")
        && value != null
        && got.dimension() == Metric.Dimension.PERCENT
        && got.delta() != null) {
      return close(value, 1 + got.delta() / 100);
    }
    if (dimension.equals("percent")
        && delta != null
        && got.dimension() == Metric.Dimension.RATIO
        && got.value() != null) {
      return close(1 + delta / 100, got.value());
    }
    return false;
  }

  private static boolean subjectMatches(JsonNode want, Metric got) {
    String subject = got.subject() == null ? "" : got.subject().toLowerCase(Locale.ROOT);
    for (JsonNode term : want.get("terms")) {
      if (subject.contains(term.asText().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? null : n.asDouble();
  }

  /** Unset in the label means anything; set means equal within 1% relative. */
  private static boolean close(Double want, Double got) {
    if (want == null) {
      return true;
    }
    if (got == null) {
      return false;
    }
    return Math.abs(want - got) <= 0.01 * Math.max(Math.abs(want), Math.abs(got)) + 1e-12;
  }
}
