package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.testing.FakeSlack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The files a delivery uploaded, read back as the person would open them. */
final class Uploads {
  static final Duration WAIT = Duration.ofSeconds(30);

  private Uploads() {}

  /** Waits for the delivery's upload to complete; the Markdown and the PDF it carried. */
  static List<byte[]> await(FakeSlack slack, String fileName) {
    slack.await(
        "files.completeUploadExternal",
        c -> String.valueOf(c.param("files")).contains(fileName),
        WAIT);
    List<FakeSlack.Call> uploads = slack.calls("upload");
    byte[] markdown = null;
    byte[] pdf = null;
    for (FakeSlack.Call upload : uploads) {
      String head = new String(upload.bytes(), 0, Math.min(5, upload.bytes().length));
      if (head.startsWith("%PDF")) {
        pdf = upload.bytes();
      } else {
        markdown = upload.bytes();
      }
    }
    return List.of(markdown, pdf);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The checked-in expected document; a mismatch shows both in full. After a deliberate change of
   * wording, {@code -Dgolden.update=true} rewrites the file under src/test/resources to review in
   * the diff.
   */
  static void assertGolden(String resource, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.writeString(Path.of("src/test/resources" + resource), actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = Uploads.class.getResourceAsStream(resource)) {
      String expected =
          in == null
              ? "(missing " + resource + ")"
              : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual, "the document differs from " + resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
