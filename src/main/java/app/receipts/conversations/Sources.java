package app.receipts.conversations;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Citations that stay readable when a figure rests on thousands of entries: a list of up to {@value
 * #FEW} ids is cited in full where it is used; a longer one cites its first {@value #FEW} (the
 * largest contributors, or the strongest wins) and how many more, and is numbered as a source whose
 * complete list, sorted and with consecutive ids as runs ("#12–#19"), closes the Markdown file.
 */
final class Sources {
  static final int FEW = 3;
  static final String HEADING = "## Sources";

  private record Source(String what, List<Long> ids) {}

  private final List<Source> sources = new ArrayList<>();

  /** "[#812, #40, #77]", or "[#812, #40, #77 and 2,311 more: source 1]". */
  String cite(String what, List<Long> ids) {
    if (ids.size() <= FEW) {
      return Evidence.cite(ids);
    }
    int number = number(what, ids);
    String first = ids.subList(0, FEW).stream().map(id -> "#" + id).collect(joining(", "));
    return "["
        + first
        + " and "
        + String.format(Locale.ROOT, "%,d", ids.size() - FEW)
        + " more: source "
        + number
        + "]";
  }

  private int number(String what, List<Long> ids) {
    for (int i = 0; i < sources.size(); i++) {
      // the same figure cited twice (a total, then in the ask outline) is one source
      if (sources.get(i).what().equals(what) && sources.get(i).ids().equals(ids)) {
        return i + 1;
      }
    }
    sources.add(new Source(what, List.copyOf(ids)));
    return sources.size();
  }

  boolean isEmpty() {
    return sources.isEmpty();
  }

  /** Every source's complete list, for the Markdown file. */
  void appendix(StringBuilder md) {
    if (sources.isEmpty()) {
      return;
    }
    md.append("\n").append(HEADING).append("\n\n");
    md.append(
        "Every entry behind each figure cited above as a source, by id. A total is the sum over"
            + " exactly the entries of its source, read with the rule stated under the wins.\n\n");
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      md.append(i + 1)
          .append(". ")
          .append(source.what())
          .append(" (")
          .append(String.format(Locale.ROOT, "%,d", source.ids().size()))
          .append(" entries): ")
          .append(runs(source.ids()))
          .append('\n');
    }
  }

  /**
   * Where the lists are, for the PDF: thousands of ids are no reading for a meeting, and laying
   * them out cost the PDF most of its time.
   */
  void pointer(StringBuilder md, String markdownFile) {
    if (sources.isEmpty()) {
      return;
    }
    md.append("\n").append(HEADING).append("\n\n");
    md.append(
            sources.size() == 1
                ? "The complete list of entries behind source 1 is"
                : "The complete lists of entries behind sources 1–" + sources.size() + " are")
        .append(" at the end of ")
        .append(markdownFile)
        .append(", sent with this PDF.\n");
  }

  /** "#3, #12–#19, #40": sorted, three or more consecutive ids as one run. */
  static String runs(List<Long> ids) {
    long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    StringBuilder out = new StringBuilder(sorted.length * 7);
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      if (j - i >= 2) {
        out.append('#').append(sorted[i]).append("–#").append(sorted[j]);
      } else {
        out.append('#').append(sorted[i]);
        for (int k = i + 1; k <= j; k++) {
          out.append(", #").append(sorted[k]);
        }
      }
      i = j + 1;
    }
    return out.toString();
  }
}
