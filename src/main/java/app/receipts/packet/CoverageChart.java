package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.Locale;

/**
 * Rubric coverage as an HTML/CSS bar chart for the PDF: per competency, its share of the evidence
 * as a coloured bar over its rubric weight as a grey one, so a short bar over a long grey one is a
 * gap at a glance. Plain boxes, like {@link TimelineChart}, because openhtmltopdf has no SVG
 * without Batik. Styles are in packet.css.
 */
final class CoverageChart {
  private CoverageChart() {}

  static String html(Coverage coverage) {
    double max = 1;
    for (Coverage.Share share : coverage.shares()) {
      max = Math.max(max, Math.max(share.percent(), share.competency().weightPercent()));
    }
    StringBuilder html = new StringBuilder("<h2>Rubric coverage</h2>\n<table class=\"coverage\">");
    for (Coverage.Share share : coverage.shares()) {
      Competency competency = share.competency();
      html.append("<tr><td class=\"label\">")
          .append(competency.label())
          .append("</td><td class=\"bars\">");
      bar(html, "share c" + competency.ordinal(), share.percent(), max);
      bar(html, "weight", competency.weightPercent(), max);
      html.append("</td><td class=\"figure")
          .append(share.gap() ? " gap" : "")
          .append("\">")
          .append(Math.round(share.percent()))
          .append("% of ")
          .append(competency.weightPercent())
          .append('%')
          .append(share.gap() ? " · gap" : "")
          .append("</td></tr>");
    }
    String recency = coverage.recencyFigure("the evidence");
    return html.append("</table>\n<div class=\"legend\">Coloured: share of this period's ")
        .append("evidence. Grey: the competency's rubric weight. A share under half its weight")
        .append(" is a gap.")
        .append(recency.isEmpty() ? "" : " " + recency)
        .append("</div>\n")
        .toString();
  }

  private static void bar(StringBuilder html, String cssClass, double percent, double max) {
    html.append("<div class=\"")
        .append(cssClass)
        .append("\" style=\"width: ")
        .append(String.format(Locale.ROOT, "%.2f", Math.max(0.5, 100.0 * percent / max)))
        .append("%\"></div>");
  }
}
