package app.receipts.slack;

import java.util.Optional;

/** A Web API call that failed: transport error, HTTP error or {@code ok: false}. */
public final class SlackCallException extends RuntimeException {
  private final String method;
  private final String error;
  private final Integer retryAfterSeconds;

  public SlackCallException(
      String method, String error, Integer retryAfterSeconds, Throwable cause) {
    super(method + " failed: " + error, cause);
    this.method = method;
    this.error = error;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public String method() {
    return method;
  }

  /**
   * Slack's error code (e.g. {@code channel_not_found}, {@code ratelimited}) or a transport cause.
   */
  public String error() {
    return error;
  }

  /** Present when Slack answered 429 with a Retry-After header. */
  public Optional<Integer> retryAfterSeconds() {
    return Optional.ofNullable(retryAfterSeconds);
  }

  public boolean rateLimited() {
    return retryAfterSeconds != null || "ratelimited".equals(error);
  }
}
