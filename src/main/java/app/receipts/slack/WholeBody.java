package app.receipts.slack;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** The request with its body already in memory: one last chunk, then end of content. */
final class WholeBody extends Request.Wrapper {
  private ByteBuffer body;

  WholeBody(Request wrapped, ByteBuffer body) {
    super(wrapped);
    this.body = body;
  }

  @Override
  public synchronized Content.Chunk read() {
    if (body == null) {
      return Content.Chunk.EOF;
    }
    Content.Chunk chunk = Content.Chunk.from(body, true);
    body = null;
    return chunk;
  }

  @Override
  public void demand(Runnable demandCallback) {
    // read() never returns null, so whoever demands can read at once
    getContext().execute(demandCallback);
  }
}
