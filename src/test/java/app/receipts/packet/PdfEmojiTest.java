package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfEmojiTest {
  @Test
  void emoji_the_font_lacks_become_their_slack_names_and_the_rest_stay() {
    assertEquals(
        "chased it for weeks :mag: and it finally went :tada:",
        PdfEmoji.drawable("chased it for weeks 🔍 and it finally went 🎉"));
    assertEquals("p95 1.8s → 210ms ✔", PdfEmoji.drawable("p95 1.8s → 210ms ✔"));
    assertEquals("plain text", PdfEmoji.drawable("plain text"));
  }
}
