package app.receipts.packet;

import app.receipts.capture.EntryService;
import java.util.concurrent.Semaphore;

/** Reads a person's evidence for a period and renders the packet documents; no Slack involved. */
public final class PacketBuilder {
  private final EntryService entries;
  private final PacketCompiler compiler = new PacketCompiler();
  private final MarkdownPacketRenderer markdown = new MarkdownPacketRenderer();
  private final PdfPacketRenderer pdf = new PdfPacketRenderer();

  /**
   * Rendering takes a core for a while (the PDF above all): with every scheduler thread building
   * packets at once, the threads that answer Slack within its 3 s would get none. Builds beyond
   * half the cores wait their turn; the jobs behind them stay in the database meanwhile.
   */
  private final Semaphore rendering =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

  public PacketBuilder(EntryService entries) {
    this.entries = entries;
  }

  public Packet compile(String teamId, String userId, String displayName, Period period) {
    return compiler.compile(
        displayName, period, entries.between(teamId, userId, period.start(), period.end()));
  }

  public PacketFiles build(String teamId, String userId, String displayName, Period period) {
    try {
      rendering.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Stopped while waiting to render a packet", e);
    }
    try {
      Packet packet = compile(teamId, userId, displayName, period);
      return new PacketFiles(
          packet,
          markdown.fileName(packet),
          markdown.render(packet),
          pdf.fileName(packet),
          pdf.render(packet));
    } finally {
      rendering.release();
    }
  }
}
