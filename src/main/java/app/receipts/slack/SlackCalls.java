package app.receipts.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every Web API call goes through here so that a failure is checked and logged the same way. */
public final class SlackCalls {
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
    } catch (SlackApiException e) {
      Integer retryAfter = retryAfter(e);
      String error =
          e.getError() != null && e.getError().getError() != null
              ? e.getError().getError()
              : "http_" + e.getResponse().code();
      log.warn("Slack {} failed: {}", method, error);
      throw new SlackCallException(method, error, retryAfter, e);
    } catch (IOException e) {
      log.warn("Slack {} failed: {}", method, e.toString());
      throw new SlackCallException(method, "io_error", null, e);
    } catch (SlackFilesUploadV2Exception e) {
      String error = uploadError(e);
      log.warn("Slack {} failed: {}", method, error);
      throw new SlackCallException(method, error, null, e);
    }
    if (response == null || !response.isOk()) {
      String error = response == null ? "no_response" : response.getError();
      log.warn("Slack {} failed: {}", method, error);
      throw new SlackCallException(method, error, null, null);
    }
    return response;
  }

  /** The SDK's upload helper stops at the first failed step and keeps every response so far. */
  private static String uploadError(SlackFilesUploadV2Exception e) {
    if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
      return e.getCompleteResponse().getError();
    }
    if (e.getGetURLResponses() != null) {
      for (var response : e.getGetURLResponses()) {
        if (response != null && !response.isOk()) {
          return response.getError();
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
