package app.receipts.slack;

import com.fasterxml.jackson.core.JsonGenerator;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.io.IOException;
import java.util.List;

/**
 * A slash command's ephemeral answer, streamed with Jackson. It is the same JSON Bolt's {@code
 * ctx.ack(...)} writes through Gson's reflection, which cost about a twentieth of a {@code /win}'s
 * CPU. It knows sections (with an overflow menu as accessory: the pin menu), context and actions
 * blocks, buttons and text objects; a block with anything else (another accessory, fields, a
 * confirm dialog) goes through Bolt's Gson as before. A text-only answer (no blocks) is written
 * without a blocks field, as Gson writes it.
 */
final class EphemeralAck {
  private EphemeralAck() {}

  static Response of(String text, List<LayoutBlock> blocks) {
    return Response.builder()
        .statusCode(200)
        .contentType("application/json; charset=utf-8")
        .body(json(text, blocks))
        .build();
  }

  static String json(String text, List<LayoutBlock> blocks) {
    for (LayoutBlock block : blocks) {
      if (!known(block)) {
        return JsonOps.toJsonString(
            SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(text)
                .blocks(blocks)
                .build());
      }
    }
    return Json.stream(
        json -> {
          json.writeStartObject();
          field(json, "response_type", "ephemeral");
          field(json, "text", text);
          if (!blocks.isEmpty()) { // Slack refuses "blocks": []; a text answer has none
            json.writeArrayFieldStart("blocks");
            for (LayoutBlock block : blocks) {
              write(json, block);
            }
            json.writeEndArray();
          }
          json.writeEndObject();
        });
  }

  private static boolean known(LayoutBlock block) {
    if (block instanceof SectionBlock s) {
      return s.getFields() == null
          && (s.getAccessory() == null || knownMenu(s.getAccessory()))
          && s.getExpand() == null
          && knownText(s.getText());
    }
    if (block instanceof ContextBlock c) {
      if (c.getElements() == null) {
        return false;
      }
      for (var element : c.getElements()) {
        if (!knownText(element)) {
          return false;
        }
      }
      return true;
    }
    if (block instanceof ActionsBlock a) {
      if (a.getElements() == null) {
        return false;
      }
      for (var element : a.getElements()) {
        if (!(element instanceof ButtonElement b) || b.getConfirm() != null) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean knownMenu(Object accessory) {
    if (!(accessory instanceof OverflowMenuElement menu)
        || menu.getConfirm() != null
        || menu.getOptions() == null) {
      return false;
    }
    for (OptionObject option : menu.getOptions()) {
      if (option.getDescription() != null || !(option.getText() instanceof PlainTextObject)) {
        return false;
      }
    }
    return true;
  }

  private static boolean knownText(Object text) {
    return text == null || text instanceof MarkdownTextObject || text instanceof PlainTextObject;
  }

  private static void write(JsonGenerator json, LayoutBlock block) throws IOException {
    json.writeStartObject();
    field(json, "type", block.getType());
    if (block instanceof SectionBlock s) {
      writeText(json, "text", s.getText());
      if (s.getAccessory() != null) {
        writeMenu(json, (OverflowMenuElement) s.getAccessory());
      }
    } else if (block instanceof ContextBlock c) {
      json.writeArrayFieldStart("elements");
      for (var element : c.getElements()) {
        writeText(json, null, element);
      }
      json.writeEndArray();
    } else if (block instanceof ActionsBlock a) {
      json.writeArrayFieldStart("elements");
      for (var element : a.getElements()) {
        writeButton(json, (ButtonElement) element);
      }
      json.writeEndArray();
    }
    field(json, "block_id", block.getBlockId());
    json.writeEndObject();
  }

  private static void writeMenu(JsonGenerator json, OverflowMenuElement menu) throws IOException {
    json.writeObjectFieldStart("accessory");
    field(json, "type", menu.getType());
    field(json, "action_id", menu.getActionId());
    json.writeArrayFieldStart("options");
    for (OptionObject option : menu.getOptions()) {
      json.writeStartObject();
      writeText(json, "text", option.getText());
      field(json, "value", option.getValue());
      field(json, "url", option.getUrl());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeButton(JsonGenerator json, ButtonElement button) throws IOException {
    json.writeStartObject();
    field(json, "type", button.getType());
    writeText(json, "text", button.getText());
    field(json, "action_id", button.getActionId());
    field(json, "url", button.getUrl());
    field(json, "value", button.getValue());
    field(json, "style", button.getStyle());
    field(json, "accessibility_label", button.getAccessibilityLabel());
    json.writeEndObject();
  }

  /** A text object as a field (name set) or as an array element (name null); null is left out. */
  private static void writeText(JsonGenerator json, String name, Object text) throws IOException {
    if (text == null) {
      return;
    }
    if (name != null) {
      json.writeFieldName(name);
    }
    json.writeStartObject();
    if (text instanceof MarkdownTextObject m) {
      field(json, "type", m.getType());
      field(json, "text", m.getText());
      field(json, "verbatim", m.getVerbatim());
    } else {
      PlainTextObject p = (PlainTextObject) text;
      field(json, "type", p.getType());
      field(json, "text", p.getText());
      field(json, "emoji", p.getEmoji());
    }
    json.writeEndObject();
  }

  /** Gson leaves out null fields, and so do we. */
  private static void field(JsonGenerator json, String name, String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  private static void field(JsonGenerator json, String name, Boolean value) throws IOException {
    if (value != null) {
      json.writeBooleanField(name, value);
    }
  }
}
