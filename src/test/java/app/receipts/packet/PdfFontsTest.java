package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
  private final PacketCompiler compiler = new PacketCompiler();

  private Packet fixture() {
    return compiler.compile(
        PacketFixtures.USER,
        PacketFixtures.H1_2026,
        PacketFixtures.entries(),
        PacketFixtures.AUTHORS);
  }

  @Test
  void text_with_f_ligature_pairs_copies_out_as_the_letters_typed() throws IOException {
    // what a viewer copies: the Unicode each drawn glyph maps to, before PDFBox's own clean-up
    StringBuilder drawn = new StringBuilder();
    PDFTextStripper glyphs =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            drawn.append(text.getUnicode());
          }
        };
    try (PDDocument pdf = Loader.loadPDF(new PdfPacketRenderer().render(fixture()))) {
      glyphs.getText(pdf);
    }
    String text = drawn.toString().replaceAll("\\s+", "");
    assertAll(
        () -> assertTrue(text.contains("its40flakytests."), text),
        () -> assertTrue(text.contains("thetrade-off"), text),
        () -> assertFalse(text.matches("(?s).*[\uFB00-\uFB04].*"), "no ligature code points"));
  }

  @Test
  void one_renderer_keeps_embedding_complete_fonts_render_after_render() throws IOException {
    PdfPacketRenderer renderer = new PdfPacketRenderer();
    byte[] first = renderer.render(fixture());
    byte[] second = renderer.render(fixture());
    byte[] third = renderer.render(compiler.compile("Maya", PacketFixtures.H1_2026, List.of()));
    for (byte[] pdf : List.of(first, second, third)) {
      assertEmbedsDejaVu(pdf);
    }
    assertEquals(text(first), text(second));
    assertTrue(text(third).contains("No evidence logged in this period yet."));
  }

  @Test
  void renders_running_side_by_side_each_get_whole_fonts() throws Exception {
    PdfPacketRenderer renderer = new PdfPacketRenderer();
    String alone = text(renderer.render(fixture()));
    int threads = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        renders.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                  return renderer.render(fixture());
                },
                pool));
      }
      start.countDown();
      for (CompletableFuture<byte[]> render : renders) {
        byte[] pdf = render.get(60, TimeUnit.SECONDS);
        assertEmbedsDejaVu(pdf);
        assertEquals(alone, text(pdf));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void dropping_a_table_keeps_every_glyph_and_metric() throws IOException {
    byte[] original;
    try (InputStream in = getClass().getResourceAsStream("/fonts/DejaVuSans.ttf")) {
      original = in.readAllBytes();
    }
    TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
    TrueTypeFont after =
        new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.withoutTable(original, "GSUB")));
    assertNotNull(before.getTableMap().get("GSUB"));
    assertNull(after.getTableMap().get("GSUB"));
    assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
    assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
    for (int codePoint : "Zoë Ångström Дмитрий Ωmega → “fi”".codePoints().toArray()) {
      int glyph = before.getUnicodeCmapLookup().getGlyphId(codePoint);
      assertTrue(glyph > 0, "covered: " + Character.toString(codePoint));
      assertEquals(glyph, after.getUnicodeCmapLookup().getGlyphId(codePoint));
      assertEquals(before.getAdvanceWidth(glyph), after.getAdvanceWidth(glyph));
    }
    assertEquals(
        before.getGlyph().getGlyph(70).getPath().getBounds2D(),
        after.getGlyph().getGlyph(70).getPath().getBounds2D());
  }

  private static void assertEmbedsDejaVu(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertFalse(fonts.isEmpty());
      for (PDFont font : fonts) {
        assertTrue(font.isEmbedded(), font::toString);
        assertTrue(font.getName().contains("DejaVuSans"), font::toString);
        assertTrue(font.getFontDescriptor().getFontFile2().toByteArray().length > 1000);
      }
    }
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}
