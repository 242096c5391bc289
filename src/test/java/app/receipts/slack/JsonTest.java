package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void a_field_of_a_json_object_is_read() {
    assertEquals("Ev1", Json.field("{\"event_id\":\"Ev1\",\"x\":[1]}", "event_id").get().asText());
    assertTrue(Json.field("{\"ok\":true}", "ok").get().asBoolean());
  }

  @Test
  void anything_else_reads_as_no_field() {
    for (String body :
        new String[] {
          null, "", "   ", "ok", "<html>502</html>", "{\"event_id\":", "[1,2]", "\"text\"", "{}"
        }) {
      assertTrue(Json.field(body, "event_id").isEmpty(), String.valueOf(body));
    }
  }
}
