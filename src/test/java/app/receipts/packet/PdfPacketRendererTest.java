package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfPacketRendererTest {
  private final PdfPacketRenderer renderer = new PdfPacketRenderer();
  private final PacketCompiler compiler = new PacketCompiler();

  @Test
  void praise_with_emoji_the_font_lacks_reads_as_slack_wrote_it_not_as_hashes() throws IOException {
    Packet packet =
        compiler.compile(
            PacketFixtures.USER,
            PacketFixtures.H1_2026,
            java.util.List.of(
                PacketFixtures.praise(
                    1,
                    "2026-03-02",
                    app.receipts.entries.Competency.PROBLEM_SOLVING,
                    "U0SAM",
                    "Found the leak we had chased for weeks 🔍 and the pager went quiet 🎉")),
            PacketFixtures.AUTHORS);
    try (PDDocument pdf = Loader.loadPDF(renderer.render(packet))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("chased for weeks :mag: and the pager went quiet :tada:"), text);
      assertFalse(text.contains("weeks #"), text);
    }
  }

  @Test
  void slack_bold_and_italic_in_praise_print_as_such_without_their_marks() throws IOException {
    Packet packet =
        compiler.compile(
            PacketFixtures.USER,
            PacketFixtures.H1_2026,
            List.of(
                PacketFixtures.praise(
                    1,
                    "2026-03-02",
                    Competency.COLLABORATION,
                    "U0SAM",
                    "*Huge* thanks for the _fast_ fix on the billing job")),
            PacketFixtures.AUTHORS);
    try (PDDocument document = Loader.loadPDF(renderer.render(packet))) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Huge thanks for the fast fix on the billing job"), text);
      assertFalse(text.contains("*"), text);
      assertFalse(text.contains("_fast_"), text);
    }
    assertTrue(
        renderer
            .xhtml(packet)
            .contains("<strong>Huge</strong> thanks for the <em class=\"said\">fast</em>"),
        "bold and italic, as in Slack");
  }

  @Test
  void each_emphasis_of_praise_embeds_its_own_face_and_plain_praise_embeds_neither_slant()
      throws IOException {
    assertEquals(
        Set.of("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
        fontsOf(praisePdf("*Huge* thanks, _really_, for the *_fast_* fix")));
    assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), fontsOf(praisePdf("Thanks for the fix")));
  }

  private byte[] praisePdf(String slackText) {
    return renderer.render(
        compiler.compile(
            PacketFixtures.USER,
            PacketFixtures.H1_2026,
            List.of(
                PacketFixtures.praise(
                    1, "2026-03-02", Competency.COLLABORATION, "U0SAM", slackText)),
            PacketFixtures.AUTHORS));
  }

  /** The embedded fonts' names without their subset prefix ("AAAVWU+"). */
  private static Set<String> fontsOf(byte[] pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          String font = page.getResources().getFont(name).getName();
          names.add(font.substring(font.indexOf('+') + 1));
        }
      }
    }
    return names;
  }

  @Test
  void renders_headings_evidence_and_non_latin_names_as_extractable_text() throws IOException {
    Packet packet =
        compiler.compile(
            PacketFixtures.USER,
            PacketFixtures.H1_2026,
            PacketFixtures.entries(),
            PacketFixtures.AUTHORS);
    try (PDDocument pdf = Loader.loadPDF(renderer.render(packet))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertAll(
          () -> assertTrue(text.contains("Review packet: Zoë Ångström"), text),
          () -> assertTrue(text.contains("At a glance"), text),
          () -> assertTrue(text.contains("Timeline"), text),
          () -> assertTrue(text.contains("Top highlights"), text),
          () -> assertTrue(text.contains("Code quality (25%)"), text),
          () -> assertTrue(text.contains("Rubric coverage"), text),
          () -> assertTrue(text.contains("System design 0% of 20% · gap"), text),
          () -> assertTrue(text.contains("Self-review draft"), text),
          () -> assertFalse(text.contains("expectations"), text),
          () -> assertTrue(text.contains("reduced p95 search latency from 1.8s to 210ms"), text),
          () -> assertTrue(text.contains("Дмитрий Иванов"), text),
          () -> assertTrue(text.contains("Спасибо!"), text),
          () -> assertTrue(text.contains("@channel huge thanks"), text),
          () -> assertTrue(text.contains("Page 1 of"), text));
      assertEquals(
          "Review packet Zoë Ångström Jan 1 – Jun 30, 2026",
          pdf.getDocumentInformation().getTitle());
    }
  }

  @Test
  void embeds_every_font_it_uses() throws IOException {
    Packet packet =
        compiler.compile(PacketFixtures.USER, PacketFixtures.H1_2026, PacketFixtures.entries());
    try (PDDocument pdf = Loader.loadPDF(renderer.render(packet))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertTrue(!fonts.isEmpty());
      assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), fonts::toString);
      assertTrue(fonts.stream().allMatch(f -> f.getName().contains("DejaVuSans")), fonts::toString);
    }
  }

  @Test
  void survives_control_characters_lone_surrogates_and_markup_in_user_text() throws IOException {
    String nasty =
        "nul\u0000 bell\u0007 lone\uD800surrogate <script>alert(1)</script> ]]> &nbsp; \uFFFF end";
    Packet packet =
        compiler.compile(
            nasty,
            PacketFixtures.H1_2026,
            List.of(
                PacketFixtures.win(
                    1,
                    "2026-02-01",
                    Competency.DELIVERY,
                    nasty,
                    nasty,
                    nasty,
                    "https://x.example/\"><b>")));
    try (PDDocument pdf = Loader.loadPDF(renderer.render(packet))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("<script>alert(1)</script>"), text);
      assertTrue(text.contains("&nbsp;"), text);
    }
  }

  @Test
  void renders_five_thousand_entries() throws IOException {
    Packet packet = compiler.compile("Zoë", PacketFixtures.H1_2026, PacketFixtures.many(5_000));
    try (PDDocument pdf = Loader.loadPDF(renderer.render(packet))) {
      // the printed packet keeps the newest entries per competency; the rest are counted
      int pages = pdf.getNumberOfPages();
      assertTrue(pages > 2 && pages < 40, "pages: " + pages);
      assertTrue(new PDFTextStripper().getText(pdf).contains("more entries in packet-"));
    }
  }
}
