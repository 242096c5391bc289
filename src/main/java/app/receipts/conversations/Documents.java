package app.receipts.conversations;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A built packet: the DM summary (text and blocks) and the two files. */
record Documents(
    String text,
    List<LayoutBlock> blocks,
    String markdownName,
    String markdown,
    String pdfName,
    byte[] pdf) {}
