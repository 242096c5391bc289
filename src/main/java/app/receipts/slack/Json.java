package app.receipts.slack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Our own JSON, all of it through Jackson. Bolt keeps Gson for the SDK's models; we never write
 * JSON with it.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

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
