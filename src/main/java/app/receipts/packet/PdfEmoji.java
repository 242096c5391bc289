package app.receipts.packet;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * Emoji the PDF's font cannot draw, written as Slack writes them (":mag:"). The renderer would
 * print "#" for each, which turns "chased it for weeks 🔍" into "chased it for weeks #" in a quote
 * that must read as its author wrote it. Emoji the font has (✔, ☺) stay as they are. The font's own
 * character map decides ({@link PdfFonts#characters}; no AWT in a slim image).
 */
final class PdfEmoji {
  private static final CmapLookup GLYPHS = PdfFonts.characters();

  private PdfEmoji() {}

  /** The text with every emoji the packet font lacks as its Slack shortcode. */
  static String drawable(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // looking for emoji costs about a microsecond a character: only lines the font cannot draw
    // in full are searched, so a packet with none pays a glyph lookup per non-ASCII character
    StringBuilder out = new StringBuilder(text.length() + 64);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      String line = text.substring(start, end);
      out.append(allDrawn(line) ? line : EmojiManager.replaceAllEmojis(line, PdfEmoji::shown));
      start = end;
    }
    return out.toString();
  }

  private static boolean allDrawn(String line) {
    return line.codePoints().allMatch(c -> c < 0x80 || drawn(c));
  }

  private static String shown(Emoji emoji) {
    String glyphs = emoji.getEmoji();
    // the variation selector and the joiner only pick a style: a font without them draws the rest
    if (glyphs.codePoints().filter(c -> c != 0xFE0F && c != 0x200D).allMatch(PdfEmoji::drawn)) {
      return glyphs;
    }
    // an emoji with no Slack name loses nothing a reader could see either way
    return emoji.getSlackAliases().isEmpty() ? "" : emoji.getSlackAliases().get(0);
  }

  private static boolean drawn(int codePoint) {
    return GLYPHS.getGlyphId(codePoint) > 0;
  }
}
