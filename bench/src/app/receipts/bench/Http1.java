package app.receipts.bench;

import com.slack.api.app_backend.SlackSignature;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Signed POSTs to /slack/events over one plain keep-alive HTTP/1.1 socket: the load generators
 * share the cores with the server they measure, so they spend as little CPU on HTTP as they can.
 */
final class Http1 implements AutoCloseable {
  /** A response as the load generator needs it. */
  record Response(int status, String body) {}

  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  Http1(int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    in = new BufferedInputStream(socket.getInputStream(), 16_384);
    out = socket.getOutputStream();
  }

  /** The bytes of one POST of {@code body}, signed as Slack signs it now. */
  static byte[] signed(SlackSignature.Generator signer, String contentType, String body) {
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
            + contentType
            + "\r\nX-Slack-Request-Timestamp: "
            + ts
            + "\r\nX-Slack-Signature: "
            + signer.generate(ts, body)
            + "\r\nContent-Length: "
            + bodyBytes.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
    System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
    return all;
  }

  /** Sends one request and reads its whole response. */
  Response exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String head = new String(readHead(), StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.substring(9, 12));
    String lower = head.toLowerCase();
    byte[] body;
    int length = lower.indexOf("content-length:");
    if (length >= 0) {
      int endOfLine = lower.indexOf('\r', length);
      body = in.readNBytes(Integer.parseInt(lower.substring(length + 15, endOfLine).trim()));
    } else if (lower.contains("transfer-encoding: chunked")) {
      body = readChunked();
    } else {
      throw new IOException("response without a length");
    }
    if (in.available() > 0) {
      throw new IOException("unexpected bytes after a response");
    }
    return new Response(status, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] readHead() throws IOException {
    byte[] buffer = new byte[8192];
    int n = 0;
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, n * 2);
      }
      buffer[n++] = (byte) b;
      matched = b == HEADER_END[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return Arrays.copyOf(buffer, n);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(readLine().split(";")[0].trim(), 16);
      if (size == 0) {
        readLine();
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine();
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // done with it
    }
  }
}
