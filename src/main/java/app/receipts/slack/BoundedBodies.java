package app.receipts.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's whole body without holding a thread, before anything else sees the request.
 * Slack signs the raw body, so it must be read before it can be checked: this is where an
 * unauthenticated sender could otherwise tie up a thread per connection by dripping bytes, or
 * exhaust the heap with one huge body. A body over {@code maxBody} gets 413 (from Content-Length
 * before a byte is read, or as soon as a chunked body passes it), a body not complete within {@code
 * deadline} gets 408, and while more than {@code budget} bytes are being read across all
 * connections a new body gets 503. The connection is closed after each of these answers.
 */
final class BoundedBodies extends Handler.Wrapper {
  private static final Logger log = LoggerFactory.getLogger(BoundedBodies.class);

  private final int maxBody;
  private final Duration deadline;
  private final long budget;
  private final AtomicLong loading = new AtomicLong();

  BoundedBodies(Handler next, int maxBody, Duration deadline, long budget) {
    super(next);
    this.maxBody = maxBody;
    this.deadline = deadline;
    this.budget = budget;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = -1;
    boolean chunked = false;
    for (HttpField field : request.getHeaders()) {
      if (field.getHeader() == HttpHeader.CONTENT_LENGTH) {
        length = field.getLongValue();
      } else if (field.getHeader() == HttpHeader.TRANSFER_ENCODING) {
        chunked = field.contains(HttpHeaderValue.CHUNKED.asString());
      }
    }
    if (!chunked && length <= 0) {
      return super.handle(request, response, callback);
    }
    if (length > maxBody) {
      log.info("Refused a request body of {} bytes", length);
      reject(response, callback, 413, "Request body too large");
      return true;
    }
    new Loader(request, response, callback, length).start();
    return true;
  }

  private static void reject(Response response, Callback callback, int status, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.write(true, ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** One body being read; whoever settles it first (the last byte, a limit, the clock) answers. */
  private final class Loader implements Invocable.Task {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final AtomicBoolean settled = new AtomicBoolean();
    private final int initial;
    private byte[] bytes;
    private int size;
    private long reserved;
    private volatile Scheduler.Task timeout;

    Loader(Request request, Response response, Callback callback, long length) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.initial = length > 0 ? (int) length : 8192;
    }

    void start() {
      if (!reserve(initial)) {
        settle();
        log.warn("Refused a request body: {} bytes of bodies are being read already", budget);
        reject(response, callback, 503, "Busy, try again");
        return;
      }
      bytes = new byte[initial];
      read(true);
    }

    /**
     * The clock starts only once a body is not all there at the first read: a Slack payload of a
     * few kB nearly always arrives with its headers, and a timer set and cancelled for every
     * request costs the scheduler more than the read itself.
     */
    private void startClock() {
      if (timeout == null && !settled.get()) {
        timeout =
            request
                .getComponents()
                .getScheduler()
                .schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
        if (settled.get()) {
          timeout.cancel();
        }
      }
    }

    @Override
    public InvocationType getInvocationType() {
      // the read loop only copies bytes; the handler chain runs on a pool thread (dispatch)
      return InvocationType.NON_BLOCKING;
    }

    @Override
    public void run() {
      read(false);
    }

    private void read(boolean onHandlingThread) {
      while (!settled.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          startClock();
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (settle()) {
            if (chunk.isLast()) {
              callback.failed(chunk.getFailure());
            } else {
              reject(response, callback, 408, "Request body too slow");
            }
          }
          return;
        }
        int n = chunk.remaining();
        boolean last = chunk.isLast();
        if (size + n > maxBody) {
          chunk.release();
          if (settle()) {
            log.info("Refused a request body over {} bytes", maxBody);
            reject(response, callback, 413, "Request body too large");
          }
          return;
        }
        if (size + n > bytes.length) {
          int grown = Math.min(maxBody, Math.max(size + n, bytes.length * 2));
          if (!reserve(grown - bytes.length)) {
            chunk.release();
            if (settle()) {
              reject(response, callback, 503, "Busy, try again");
            }
            return;
          }
          bytes = Arrays.copyOf(bytes, grown);
        }
        chunk.getByteBuffer().get(bytes, size, n);
        size += n;
        chunk.release();
        if (last) {
          if (settle()) {
            dispatch(onHandlingThread);
          }
          return;
        }
      }
    }

    private void expire() {
      if (settle()) {
        log.info("Dropped a request whose body did not arrive within {}", deadline);
        reject(response, callback, 408, "Request body too slow");
      }
    }

    private synchronized boolean reserve(long n) {
      if (settled.get()) {
        return false;
      }
      if (loading.addAndGet(n) > budget) {
        loading.addAndGet(-n);
        return false;
      }
      reserved += n;
      return true;
    }

    /** True for the one caller that decides how this request ends. */
    private synchronized boolean settle() {
      if (!settled.compareAndSet(false, true)) {
        return false;
      }
      if (timeout != null) {
        timeout.cancel();
      }
      loading.addAndGet(-reserved);
      reserved = 0;
      return true;
    }

    private void dispatch(boolean onHandlingThread) {
      Request whole = new WholeBody(request, ByteBuffer.wrap(bytes, 0, size));
      Runnable handle =
          () -> {
            try {
              if (!getHandler().handle(whole, response, callback)) {
                Response.writeError(whole, response, callback, 404);
              }
            } catch (Throwable failure) {
              Response.writeError(whole, response, callback, failure);
            }
          };
      if (onHandlingThread) {
        handle.run();
      } else {
        request.getContext().execute(handle);
      }
    }
  }
}
