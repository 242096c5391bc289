package app.receipts.packet;

/** A compiled packet and its two documents, ready to hand over. */
public record PacketFiles(
    Packet packet, String markdownName, String markdown, String pdfName, byte[] pdf) {}
