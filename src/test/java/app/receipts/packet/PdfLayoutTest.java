package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** What the printed packet looks like, read back from the PDF it produces. */
class PdfLayoutTest {
  /** The last rendering of each test, to look at (pdftoppm -png -r 60) after a change. */
  private static final Path PREVIEWS = Path.of("target", "packet-previews");

  private final PdfPacketRenderer renderer = new PdfPacketRenderer();
  private final PacketCompiler compiler = new PacketCompiler();

  @Test
  void the_first_page_is_a_summary_and_the_details_start_on_the_next() throws IOException {
    Packet packet =
        compiler.compile(
            PacketFixtures.USER,
            PacketFixtures.H1_2026,
            PacketFixtures.entries(),
            PacketFixtures.AUTHORS);
    try (PDDocument pdf = Loader.loadPDF(render(packet, "fixture"))) {
      String first = page(pdf, 1);
      String second = page(pdf, 2);
      assertAll(
          () -> assertTrue(first.contains("Review packet: Zoë Ångström"), first),
          () -> assertTrue(first.contains("Jan 1 – Jun 30, 2026"), first),
          () -> assertTrue(first.contains(packet.winCount() + " wins"), first),
          () -> assertTrue(first.contains("At a glance"), first),
          () -> assertTrue(first.contains("Top highlights"), first),
          () -> assertTrue(first.contains(strongest(packet)), strongest(packet) + " in " + first),
          () -> assertTrue(first.contains("Gaps"), first),
          () -> assertTrue(first.contains("busiest"), first),
          () -> assertFalse(first.contains("Timeline"), first),
          () -> assertFalse(first.contains("Self-review starters"), first),
          () -> assertTrue(second.contains("Timeline"), second),
          () -> assertTrue(second.contains("Rubric coverage"), second));
    }
  }

  @Test
  void each_highlight_is_listed_once_with_why_it_ranks_on_the_summary_page() throws IOException {
    Packet packet =
        compiler.compile(
            "Zoë", PacketFixtures.H1_2026, PacketFixtures.entries(), PacketFixtures.AUTHORS);
    assertEquals(5, packet.highlights().size());
    try (PDDocument pdf = Loader.loadPDF(render(packet, "fixture"))) {
      String first = page(pdf, 1);
      String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertEquals(5, occurrences(first, "Why: "), first);
      assertEquals(5, occurrences(all, "Why: "), "no second list of the same highlights: " + all);
      assertFalse(all.contains("More highlights"), all);
    }
  }

  @Test
  void pinned_highlights_past_the_summary_page_go_on_from_the_sixth() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      entries.add(
          PacketFixtures.win(
                  i,
                  LocalDate.of(2026, 2, i).toString(),
                  Competency.DELIVERY,
                  "Pinned win number " + i,
                  null,
                  null)
              .toBuilder()
              .pinned(true)
              .build());
    }
    Packet packet = compiler.compile("Zoë", PacketFixtures.H1_2026, entries);
    assertEquals(8, packet.highlights().size());
    try (PDDocument pdf = Loader.loadPDF(render(packet, "pinned"))) {
      String first = page(pdf, 1);
      String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertEquals(5, occurrences(first, "Why: "), first);
      assertEquals(8, occurrences(all, "Why: "), all);
      String more = all.substring(all.indexOf("More highlights"));
      assertTrue(
          more.startsWith("More highlights " + packet.highlights().get(5).text() + " ("), more);
      assertTrue(renderer.xhtml(packet).contains("<ol start=\"6\">"), "numbered on from 6");
      for (Entry highlight : packet.highlights()) {
        assertEquals(
            1,
            occurrences(all, highlight.text() + ":") + occurrences(all, highlight.text() + " ("),
            highlight.text() + " once as a highlight: " + all);
      }
    }
  }

  @Test
  void the_summary_of_twenty_thousand_entries_is_still_one_page() throws IOException {
    Packet packet = compiler.compile("Zoë", PacketFixtures.H1_2026, PacketFixtures.many(20_000));
    try (PDDocument pdf = Loader.loadPDF(render(packet, "many"))) {
      assertTrue(page(pdf, 1).contains("Gaps"), page(pdf, 1));
      assertFalse(page(pdf, 1).contains("Timeline"), page(pdf, 1));
      assertTrue(page(pdf, 2).contains("Timeline"), page(pdf, 2));
    }
  }

  @Test
  void the_busiest_month_of_the_timeline_stays_on_one_line() throws IOException {
    List<Entry> entries = new ArrayList<>();
    Competency[] competencies = Competency.values();
    for (int i = 0; i < 60; i++) {
      entries.add(
          PacketFixtures.win(
              i + 1,
              LocalDate.of(2026, 3, 1 + i % 28).toString(),
              competencies[i % competencies.length],
              "March win " + i,
              null,
              null));
    }
    for (int month = 1; month <= 6; month++) {
      if (month != 3) {
        entries.add(
            PacketFixtures.win(
                100 + month,
                LocalDate.of(2026, month, 10).toString(),
                competencies[month % competencies.length],
                "Quiet month win",
                null,
                null));
      }
    }
    Packet packet = compiler.compile("Zoë", PacketFixtures.H1_2026, entries);
    Map<String, Float> rows;
    try (PDDocument pdf = Loader.loadPDF(render(packet, "busy-month"))) {
      rows = timelineRows(pdf);
    }
    assertEquals(
        List.of("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"),
        List.copyOf(rows.keySet()));
    List<Float> ys = List.copyOf(rows.values());
    float usual = ys.get(1) - ys.get(0);
    for (int i = 1; i < ys.size(); i++) {
      float gap = ys.get(i) - ys.get(i - 1);
      assertEquals(usual, gap, 0.5f, "row above " + List.copyOf(rows.keySet()).get(i) + ": " + ys);
    }
  }

  @Test
  void no_month_of_the_chart_is_wider_than_its_cell() {
    for (int busiest : new int[] {1, 3, 7, 60, 61, 997}) {
      List<Entry> entries = new ArrayList<>();
      Competency[] competencies = Competency.values();
      for (int i = 0; i < busiest; i++) {
        entries.add(
            PacketFixtures.win(
                i + 1, "2026-03-01", competencies[i % competencies.length], "win", null, null));
      }
      String html =
          TimelineChart.html(compiler.compile("Zoë", PacketFixtures.H1_2026, entries).timeline());
      for (String row : html.split("</tr>")) {
        double sum = 0;
        var width = java.util.regex.Pattern.compile("width: ([0-9.]+)%").matcher(row);
        while (width.find()) {
          sum += Double.parseDouble(width.group(1));
        }
        assertTrue(sum <= 98.0, busiest + " entries: a row is " + sum + "% wide: " + row);
      }
    }
  }

  @Test
  void praise_keeps_its_authors_name_date_and_link() throws IOException {
    Packet packet =
        compiler.compile(
            PacketFixtures.USER,
            PacketFixtures.H1_2026,
            PacketFixtures.entries(),
            PacketFixtures.AUTHORS);
    try (PDDocument pdf = Loader.loadPDF(render(packet, "fixture"))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("— Alex Kim, Apr 3, 2026 · View in Slack"), text);
      List<String> links = new ArrayList<>();
      for (var page : pdf.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      assertTrue(
          links.contains("https://acme.slack.com/archives/C0GENERAL/p1700000006000100"),
          links::toString);
    }
    String markdown = new MarkdownPacketRenderer().render(packet);
    assertTrue(
        markdown.contains(
            "— Alex Kim, Apr 3, 2026 · [View in Slack]"
                + "(https://acme.slack.com/archives/C0GENERAL/p1700000006000100)"),
        markdown);
  }

  private byte[] render(Packet packet, String name) throws IOException {
    byte[] bytes = renderer.render(packet);
    Files.createDirectories(PREVIEWS);
    Files.write(PREVIEWS.resolve(name + ".pdf"), bytes);
    return bytes;
  }

  private static String page(PDDocument pdf, int number) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    return stripper.getText(pdf).replaceAll("\\s+", " ").strip();
  }

  /** Each timeline month label's baseline, top to bottom, from the PDF's text positions. */
  private static Map<String, Float> timelineRows(PDDocument pdf) throws IOException {
    Map<String, Float> rows = new LinkedHashMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (text.strip().matches("[A-Z][a-z]{2} 20\\d\\d")) {
              rows.putIfAbsent(
                  text.strip(), positions.get(0).getYDirAdj() + 1000f * (getCurrentPageNo() - 1));
            }
          }
        };
    stripper.setSortByPosition(true);
    stripper.getText(pdf);
    return rows;
  }

  /** The first words of the strongest highlight, as the PDF prints them. */
  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static String strongest(Packet packet) {
    String text = packet.highlights().get(0).text();
    return text.substring(0, Math.min(40, text.length()));
  }
}
