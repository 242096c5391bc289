package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfCapTest {

  @Test
  void the_pdf_keeps_the_newest_entries_per_competency_and_counts_the_rest() throws Exception {
    List<Entry> entries = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 6, 30);
    for (int i = 0; i < 40; i++) {
      entries.add(
          Entry.builder("T1", "U1", Entry.Kind.WIN, Instant.EPOCH)
              .id(i + 1)
              .text("Delivery win number " + i)
              .competency(Competency.DELIVERY)
              .occurredOn(day.minusDays(i))
              .build());
    }
    Packet packet =
        new PacketCompiler().compile("Maya", new PeriodParser().parse("2026-H1", day), entries);

    String text;
    try (var pdf = Loader.loadPDF(new PdfPacketRenderer().render(packet))) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    assertTrue(text.contains("Delivery win number 0"), "newest kept");
    assertTrue(!text.contains("Delivery win number 39"), "oldest left to the Markdown");
    assertTrue(text.contains("and 15 more entries in packet-2026-H1.md"), text);
    String markdown = new MarkdownPacketRenderer().render(packet);
    assertTrue(markdown.contains("Delivery win number 39"), "the Markdown keeps everything");
  }
}
