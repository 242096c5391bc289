package app.receipts.slack;

import com.slack.api.bolt.response.Response;

/**
 * A modal submission's ack that turns the modal into a notice. The view is one of the SDK's models,
 * so the SDK's serializer writes it; the envelope is ours.
 */
final class ModalNotice {
  private ModalNotice() {}

  static Response of(String title, String text) {
    String view = Json.sdkModel(Views.notice(title, text));
    String body =
        Json.stream(
            json -> {
              json.writeStartObject();
              json.writeStringField("response_action", "update");
              json.writeFieldName("view");
              json.writeRawValue(view);
              json.writeEndObject();
            });
    return Response.builder()
        .statusCode(200)
        .contentType("application/json; charset=utf-8")
        .body(body)
        .build();
  }
}
