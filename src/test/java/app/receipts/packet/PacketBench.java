package app.receipts.packet;

import java.util.Arrays;
import java.util.List;

/** Prints the median time to compile a 5,000-entry packet and build both its Markdown and PDF. */
public final class PacketBench {
  private static final int WARM_UP = 5;
  private static final int RUNS = 10;

  public static void main(String[] args) {
    List<app.receipts.capture.Entry> entries = PacketFixtures.many(5_000);
    Period period = new PeriodParser().parse("2026", java.time.LocalDate.of(2026, 12, 31));
    PacketCompiler compiler = new PacketCompiler();
    MarkdownPacketRenderer markdown = new MarkdownPacketRenderer();
    PdfPacketRenderer pdf = new PdfPacketRenderer();

    long bytes = 0;
    for (int i = 0; i < WARM_UP; i++) {
      bytes += build(compiler, markdown, pdf, period, entries);
    }
    long[] millis = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      bytes += build(compiler, markdown, pdf, period, entries);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    System.out.printf(
        "5000 entries, Markdown+PDF: median %d ms (min %d, max %d) over %d runs [%d bytes]%n",
        (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2, millis[0], millis[RUNS - 1], RUNS, bytes);
  }

  private static long build(
      PacketCompiler compiler,
      MarkdownPacketRenderer markdown,
      PdfPacketRenderer pdf,
      Period period,
      List<app.receipts.capture.Entry> entries) {
    Packet packet = compiler.compile("Zoë Ångström", period, entries);
    return markdown.render(packet).length() + pdf.render(packet).length;
  }
}
