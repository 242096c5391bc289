package app.receipts.capture;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class MetricExtractor {
  private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?%");

  public Optional<String> extract(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = PERCENT.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
