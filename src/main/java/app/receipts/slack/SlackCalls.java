package app.receipts.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Web API call goes through here so that a failure, whatever its shape, becomes one {@link
 * SlackCallException} with a non-null error code, logged the same way (method and code only, never
 * the token or the text sent).
 */
public final class SlackCalls {
  /** Slack said {@code ok: false} without saying why. */
  public static final String UNKNOWN_ERROR = "unknown_error";

  /** Slack (or a proxy in front of it) answered something that is not a Web API answer. */
  public static final String INVALID_RESPONSE = "invalid_response";

  private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);

  private SlackCalls() {}

  @FunctionalInterface
  public interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  public static <T extends SlackApiTextResponse> T ok(String method, Call<T> call) {
    T response;
    try {
      response = call.run();
    } catch (SlackCallException e) {
      // already one of ours, e.g. a workspace without an installation
      throw e;
    } catch (SlackApiException e) {
      Integer retryAfter = retryAfter(e);
      String error =
          e.getError() != null && e.getError().getError() != null
              ? e.getError().getError()
              : "http_" + e.getResponse().code();
      throw failed(method, error, retryAfter, e);
    } catch (IOException e) {
      log.warn("Slack {} failed: {}", method, e.toString());
      throw new SlackCallException(method, "io_error", null, e);
    } catch (SlackFilesUploadV2Exception e) {
      throw failed(method, uploadError(e), null, e);
    } catch (RuntimeException e) {
      // The SDK parses the body with Gson after an HTTP 200: an HTML page or a cut-off body throws
      // JsonSyntaxException, an empty one leaves a null that the SDK itself then dereferences.
      log.warn("Slack {} failed: {} ({})", method, INVALID_RESPONSE, e.getClass().getSimpleName());
      throw new SlackCallException(method, INVALID_RESPONSE, null, e);
    }
    if (response == null) {
      throw failed(method, INVALID_RESPONSE, null, null);
    }
    if (!response.isOk()) {
      throw failed(method, orUnknown(response.getError()), null, null);
    }
    return response;
  }

  private static SlackCallException failed(
      String method, String error, Integer retryAfter, Throwable cause) {
    log.warn("Slack {} failed: {}", method, error);
    return new SlackCallException(method, error, retryAfter, cause);
  }

  private static String orUnknown(String error) {
    return error == null || error.isBlank() ? UNKNOWN_ERROR : error;
  }

  /** The SDK's upload helper stops at the first failed step and keeps every response so far. */
  private static String uploadError(SlackFilesUploadV2Exception e) {
    if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
      return orUnknown(e.getCompleteResponse().getError());
    }
    if (e.getGetURLResponses() != null) {
      for (var response : e.getGetURLResponses()) {
        if (response != null && !response.isOk()) {
          return orUnknown(response.getError());
        }
      }
    }
    return "upload_failed";
  }

  private static Integer retryAfter(SlackApiException e) {
    if (e.getResponse() == null || e.getResponse().code() != 429) {
      return null;
    }
    String header = e.getResponse().header("Retry-After");
    try {
      return header == null ? 1 : Math.max(0, Integer.parseInt(header.trim()));
    } catch (NumberFormatException ignored) {
      return 1;
    }
  }
}
