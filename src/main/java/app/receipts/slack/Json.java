package app.receipts.slack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Our own JSON, all of it through Jackson. Bolt keeps Gson for the SDK's models; we write only
 * those with it ({@link #sdkModel}).
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();
  private static final Gson SDK_MODELS =
      GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create();

  private Json() {}

  /** One field of a JSON object; empty when the text is not a JSON object or has no such field. */
  public static Optional<JsonNode> field(String json, String name) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(json);
      return root != null && root.isObject()
          ? Optional.ofNullable(root.get(name))
          : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /**
   * One of the SDK's models (a view, blocks) as Slack wants it, written by the SDK's own serializer
   * with HTML left unescaped; for the raw value inside an envelope of ours.
   */
  static String sdkModel(Object model) {
    return SDK_MODELS.toJson(model);
  }

  /** Streams JSON into a string: for hot paths that would not build a tree first. */
  static String stream(Writing writing) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      writing.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  interface Writing {
    void write(JsonGenerator json) throws IOException;
  }
}
