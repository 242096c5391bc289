package app.receipts.slack;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The request read once: its body for the signature check, and for Bolt (through {@link
 * #getReader()}) a reader sized to the body. The container's reader allocates 8 KiB of bytes and 16
 * KiB of chars for every request, whatever its size: at a few hundred small Slack payloads a second
 * that was an eighth of all allocation. {@link BoundedBodies} has already capped the body, so
 * reading it whole is safe.
 */
final class ReadOnceBody extends HttpServletRequestWrapper {
  private String body;
  private BufferedReader reader;

  ReadOnceBody(HttpServletRequest request) {
    super(request);
  }

  /** The whole body as text; Slack's payloads are UTF-8 unless the request says otherwise. */
  String body() throws IOException {
    if (body == null) {
      int length = getContentLength();
      byte[] bytes =
          length >= 0 ? getInputStream().readNBytes(length) : getInputStream().readAllBytes();
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      body = new String(bytes, charset);
    }
    return body;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (reader == null) {
      String text = body();
      reader = new BufferedReader(new StringReader(text), Math.max(1, text.length()));
    }
    return reader;
  }
}
