package app.receipts.packet;

import app.receipts.capture.EntryService;

/** Reads a person's evidence for a period and renders the packet documents; no Slack involved. */
public final class PacketBuilder {
  private final EntryService entries;
  private final PacketCompiler compiler = new PacketCompiler();
  private final MarkdownPacketRenderer markdown = new MarkdownPacketRenderer();
  private final PdfPacketRenderer pdf = new PdfPacketRenderer();

  public PacketBuilder(EntryService entries) {
    this.entries = entries;
  }

  public Packet compile(String teamId, String userId, String displayName, Period period) {
    return compiler.compile(
        displayName, period, entries.between(teamId, userId, period.start(), period.end()));
  }

  public PacketFiles build(String teamId, String userId, String displayName, Period period) {
    Packet packet = compile(teamId, userId, displayName, period);
    return new PacketFiles(
        packet,
        markdown.fileName(packet),
        markdown.render(packet),
        pdf.fileName(packet),
        pdf.render(packet));
  }
}
