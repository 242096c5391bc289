package app.receipts.packet;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two DejaVu Sans faces every packet PDF embeds, parsed once rather than per render.
 *
 * <p>A parsed {@link TrueTypeFont} reads its tables lazily from one shared position, so it is lent
 * to one render at a time; renders running side by side get a set each, bounded by how many run.
 */
final class PdfFonts {
  static final String FAMILY = "DejaVu Sans";

  private static final String REGULAR = "/fonts/DejaVuSans.ttf";

  private final byte[] regular = withoutTable(bytes(REGULAR), "GSUB");
  private final byte[] bold = withoutTable(bytes("/fonts/DejaVuSans-Bold.ttf"), "GSUB");
  private final byte[] italic = withoutTable(bytes("/fonts/DejaVuSans-Oblique.ttf"), "GSUB");
  private final byte[] boldItalic =
      withoutTable(bytes("/fonts/DejaVuSans-BoldOblique.ttf"), "GSUB");
  private final Queue<Faces> idle = new ConcurrentLinkedQueue<>();
  private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

  private record Faces(
      TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont italic, TrueTypeFont boldItalic) {}

  /** What a render does once the fonts are in place. */
  interface Render {
    void run(PdfRendererBuilder builder) throws IOException;
  }

  /** Runs one render into a fresh document with both faces lent to it for its duration. */
  void render(PdfRendererBuilder builder, Render render) throws IOException {
    Faces faces = idle.poll();
    if (faces == null) {
      faces = new Faces(parse(regular), parse(bold), parse(italic), parse(boldItalic));
    }
    // the renderer closes the document after saving it; closing twice is harmless
    try (PDDocument document = new PDDocument()) {
      builder.usePDDocument(document);
      builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
      builder.useFont(lazily(document, faces.regular()), FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(lazily(document, faces.bold()), FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(lazily(document, faces.italic()), FAMILY, 400, FontStyle.ITALIC, true);
      builder.useFont(lazily(document, faces.boldItalic()), FAMILY, 700, FontStyle.ITALIC, true);
      render.run(builder);
    } finally {
      idle.offer(faces);
    }
  }

  /** Loaded into the document only when the layout first needs the face, as before. */
  private static PDFontSupplier lazily(PDDocument document, TrueTypeFont font) {
    return new PDFontSupplier(null) {
      @Override
      public PDFont supply() {
        try {
          // the font stays open after the document closes: it belongs to the next render
          return PDType0Font.load(document, font, true);
        } catch (IOException e) {
          throw new UncheckedIOException("Could not embed " + FAMILY, e);
        }
      }
    };
  }

  /**
   * Which characters the regular face can draw, for text that must not reach the renderer as "#".
   * Its own parse: the faces above are lent to one render at a time, and a character map once read
   * is plain lookups that any thread may share.
   */
  static CmapLookup characters() {
    try {
      return parse(bytes(REGULAR)).getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + FAMILY, e);
    }
  }

  private static TrueTypeFont parse(byte[] font) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(font));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + FAMILY, e);
    }
  }

  /**
   * The font file without one table. PDFBox applies the GSUB ligatures (fi, fl, ff) on every text
   * run, which took a quarter of a packet's CPU, drew text narrower than the layout measured it,
   * and made "flaky" copy out of the PDF as "ﬂaky"; without the table each letter is its own glyph.
   */
  static byte[] withoutTable(byte[] font, String tag) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int tables = Short.toUnsignedInt(in.getShort(4));
    int dropped = -1;
    for (int i = 0; i < tables; i++) {
      if (tag(in, 12 + 16 * i).equals(tag)) {
        dropped = i;
      }
    }
    if (dropped < 0) {
      return font;
    }
    int kept = tables - 1;
    int directory = 12 + 16 * kept;
    int size = directory;
    for (int i = 0; i < tables; i++) {
      if (i != dropped) {
        size += padded(in.getInt(12 + 16 * i + 12));
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int searchRange = Integer.highestOneBit(kept) * 16;
    out.putInt(in.getInt(0))
        .putShort((short) kept)
        .putShort((short) searchRange)
        .putShort((short) (Integer.numberOfTrailingZeros(searchRange / 16)))
        .putShort((short) (kept * 16 - searchRange));
    int offset = directory;
    for (int i = 0; i < tables; i++) {
      if (i == dropped) {
        continue;
      }
      int entry = 12 + 16 * i;
      int length = in.getInt(entry + 12);
      out.putInt(in.getInt(entry)).putInt(in.getInt(entry + 4)).putInt(offset).putInt(length);
      out.put(offset, font, in.getInt(entry + 8), length);
      offset += padded(length);
    }
    return out.array();
  }

  private static String tag(ByteBuffer font, int at) {
    byte[] tag = new byte[4];
    font.get(at, tag);
    return new String(tag, java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  private static byte[] bytes(String path) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
