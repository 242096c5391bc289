package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.slack.Dates;

/**
 * The timeline as an HTML/CSS stacked bar chart. Plain boxes rather than SVG because openhtmltopdf
 * draws SVG only with its Batik module, which would add a heavy dependency for one chart.
 */
final class TimelineChart {
  private TimelineChart() {}

  static final String CSS =
      """
      table.chart { width: 100%; border: none; margin: 4pt 0 6pt 0; }
      table.chart td { border: none; padding: 1.5pt 4pt; background: none; }
      table.chart td.month { width: 18%; font-size: 8.5pt; color: #4a5160; white-space: nowrap; }
      table.chart td.total { width: 7%; font-size: 8.5pt; text-align: right; color: #4a5160; }
      table.chart td.bars { width: 75%; white-space: nowrap; font-size: 0; line-height: 9pt; }
      .bar { display: inline-block; height: 9pt; }
      .legend { font-size: 8pt; color: #4a5160; margin-bottom: 10pt; }
      .legend span.key { display: inline-block; margin-right: 10pt; }
      .swatch { display: inline-block; width: 8pt; height: 8pt; margin-right: 3pt; }
      .c0 { background: #2f6fdb; } .c1 { background: #7a4fd0; } .c2 { background: #e08a1e; }
      .c3 { background: #1f9e74; } .c4 { background: #d4455a; } .c5 { background: #3ab0c8; }
      """;

  static String html(Timeline timeline) {
    int max = Math.max(1, timeline.maxMonthTotal());
    StringBuilder html = new StringBuilder("<table class=\"chart\">");
    for (Timeline.Month month : timeline.months()) {
      html.append("<tr><td class=\"month\">")
          .append(Dates.month(month.month()))
          .append("</td><td class=\"bars\">");
      for (Competency competency : Competency.values()) {
        bar(html, "c" + competency.ordinal(), month.count(competency), max);
      }
      html.append("</td><td class=\"total\">").append(month.total()).append("</td></tr>");
    }
    html.append("</table><div class=\"legend\">");
    for (Competency competency : Competency.values()) {
      key(html, "c" + competency.ordinal(), competency.label());
    }
    return html.append("</div>").toString();
  }

  /**
   * Hundredths of a percent of the bar cell the busiest month fills. Short of 100% and rounded
   * down, so rounding never makes its segments wider than the cell, which would push the last one
   * onto a second line.
   */
  private static final long FULL = 9800;

  private static void bar(StringBuilder html, String cssClass, int count, int max) {
    if (count > 0) {
      long hundredths = FULL * count / max;
      html.append("<span class=\"bar ")
          .append(cssClass)
          .append("\" style=\"width: ")
          .append(hundredths / 100)
          .append('.')
          .append(hundredths % 100 < 10 ? "0" : "")
          .append(hundredths % 100)
          .append("%\"></span>");
    }
  }

  private static void key(StringBuilder html, String cssClass, String label) {
    html.append("<span class=\"key\"><span class=\"swatch ")
        .append(cssClass)
        .append("\"></span>")
        .append(label)
        .append("</span> ");
  }
}
