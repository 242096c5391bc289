package app.receipts.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** Typed private_metadata: records in and out of JSON; garbled metadata reads as empty. */
public final class Metadata {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final int SLACK_LIMIT = 3000;

  private Metadata() {}

  public static String write(Object value) {
    try {
      String json = JSON.writeValueAsString(value);
      if (json.length() > SLACK_LIMIT) {
        throw new IllegalArgumentException("private_metadata over Slack's 3000 characters");
      }
      return json;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write private_metadata", e);
    }
  }

  public static <T> Optional<T> read(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readValue(json, type));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
